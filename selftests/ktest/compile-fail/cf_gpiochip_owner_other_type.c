// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_chip\.direction_output: it must be int cf_output ?\(struct cf_board */
/*
 * A callback written for another owner type than the chip's: it would
 * read the wrong object.
 */
#include "cf_common.h"
#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

struct cf_other {
	long w;
};

#ifdef KC_CF_BAD
static int cf_output(struct cf_other *o, struct kc_gpio_offset off, bool value)
{
	o->w = value;
	return 0;
}
#else
static int cf_output(struct cf_board *b, struct kc_gpio_offset off, bool value)
{
	b->level[kc_gpio_offset_num(off)] = value;
	return 0;
}
#endif

KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (direction_output, cf_output));

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	return cf_chip_add(b, NULL, "cf");
}
