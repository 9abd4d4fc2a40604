// SPDX-License-Identifier: GPL-2.0
/* expect: unknown type name .__kc_gpio_chip_ops_get_value_SIG. */
/*
 * A slot gpio_chip does not have (or that the provider does not offer):
 * refused, rather than the callback silently never called.
 */
#include "cf_common.h"
#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

static struct kc_result_bool cf_get(struct cf_board *b, struct kc_gpio_offset off)
{
	return KC_OK(struct kc_result_bool, b->level[kc_gpio_offset_num(off)]);
}

#ifdef KC_CF_BAD
KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get_value, cf_get));
#else
KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get, cf_get));
#endif

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	return cf_chip_add(b, NULL, "cf");
}
