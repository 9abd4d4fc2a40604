// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned [^ ]*__kc_gpio_chip_gc */
/*
 * A driver that reaches into its chip's gpiolib object to re-fill a slot
 * by hand, past the typed callbacks and their checks.
 */
#include "cf_common.h"
#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

static struct kc_result_bool cf_get(struct cf_board *b, struct kc_gpio_offset off)
{
	return KC_OK(struct kc_result_bool, b->level[off.num]);
}

KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get, cf_get));

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
#ifdef KC_CF_BAD
	b->chip.__kc_gpio_chip_gc.get = NULL;
#endif
	return cf_chip_add(b, NULL, "cf");
}
