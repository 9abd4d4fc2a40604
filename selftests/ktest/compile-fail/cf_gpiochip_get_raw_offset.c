// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_chip\.get: it must be struct kc_result_bool cf_get ?\(struct cf_board */
/*
 * A get written as gpiolib's raw one: an int that mixes the level with
 * the errno, and an offset nothing has checked against the chip's lines.
 */
#include "cf_common.h"
#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

#ifdef KC_CF_BAD
static int cf_get(struct cf_board *b, unsigned int off)
{
	return b->level[off];
}
#else
static struct kc_result_bool cf_get(struct cf_board *b, struct kc_gpio_offset off)
{
	return KC_OK(struct kc_result_bool, b->level[kc_gpio_offset_num(off)]);
}
#endif

KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get, cf_get));

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	return cf_chip_add(b, NULL, "cf");
}
