// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible pointer type */
/*
 * A chip registered with an owner of another type than its callbacks
 * take: they would read the wrong object.
 */
#include "cf_common.h"
#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

struct cf_other {
	struct kc_gpio_chip chip;
	long w;
};

static struct kc_result_bool cf_get(struct cf_board *b, struct kc_gpio_offset off)
{
	return KC_OK(struct kc_result_bool, b->level[kc_gpio_offset_num(off)]);
}

KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get, cf_get));

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b, struct cf_other *o);
int cf_fn(struct cf_board *b, struct cf_other *o)
{
#ifdef KC_CF_BAD
	return cf_chip_add(o, NULL, "cf");
#else
	return cf_chip_add(b, NULL, "cf");
#endif
}
