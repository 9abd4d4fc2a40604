// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned [^ ]*__kc_gpio_chip_gc */
/*
 * A driver that reaches into its chip's gpiolib object to re-fill a slot
 * by hand, past the typed callbacks and their checks.
 */
#include "cf_common.h"
#include "cf_gpiochip.h"

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
#ifdef KC_CF_BAD
	b->chip.__kc_gpio_chip_gc.get = NULL;
#endif
	return cf_chip_add(b, NULL, "cf");
}
