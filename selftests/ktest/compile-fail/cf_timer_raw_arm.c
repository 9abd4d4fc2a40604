// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_timer_item. */
/*
 * Arming the kernel's timer behind a kc_timer by hand, past the functions
 * KC_DEFINE_TIMER() made (and past the owner's release, which would not
 * know of it).
 */
#include "cf_common.h"
#include "cf_work.h"

CF_BLINK_LED();

int cf_fn(struct cf_led *l);
int cf_fn(struct cf_led *l)
{
#ifdef KC_CF_BAD
	return mod_timer(&l->blink.__kc_timer_item, jiffies + HZ);
#else
	return cf_blink_timer_schedule(l, KC_SECS(1));
#endif
}
