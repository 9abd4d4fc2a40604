/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GPIO chip compile-fail cases' common parts: an owner with one
 * atomic chip of four lines, cf_chip, that implements get.
 */
#ifndef KC_CF_GPIOCHIP_H
#define KC_CF_GPIOCHIP_H

#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

static struct kc_result_bool cf_get(struct cf_board *b, struct kc_gpio_offset off)
{
	return KC_OK(struct kc_result_bool, b->level[kc_gpio_offset_num(off)]);
}

KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get, cf_get));

static void cf_board_drop(struct cf_board *b)
{
}

#endif
