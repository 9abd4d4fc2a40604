// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_chip\.set: it must be int cf_set ?\(struct cf_board \*o, struct kc */
/*
 * A set that returns nothing (gpiolib's before v6.17): its errors would
 * be lost on the kernels where gpiolib passes them on.
 */
#include "cf_common.h"
#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

#ifdef KC_CF_BAD
static void cf_set(struct cf_board *b, struct kc_gpio_offset off, bool value)
{
	b->level[kc_gpio_offset_num(off)] = value;
}
#else
static int cf_set(struct cf_board *b, struct kc_gpio_offset off, bool value)
{
	b->level[kc_gpio_offset_num(off)] = value;
	return 0;
}
#endif

KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, sleeping, 4, (set, cf_set));

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	return cf_chip_add(b, NULL, "cf");
}
