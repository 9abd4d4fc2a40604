// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A line offset written by hand and given to the chip's own callback,
 * which trusts it to index the owner's four lines: only the chip's
 * trampolines make one, after checking it.
 */
#include "cf_common.h"
#include "cf_gpiochip.h"

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b, struct kc_gpio_offset off);
int cf_fn(struct cf_board *b, struct kc_gpio_offset off)
{
	bool v;

#ifdef KC_CF_BAD
	kc_try_val(v, cf_get(b, (struct kc_gpio_offset){ 40 }));
#else
	kc_try_val(v, cf_get(b, off));
#endif
	return v;
}
