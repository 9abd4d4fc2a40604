// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_timer_item. */
/*
 * Arming the kernel's timer behind a kc_timer by hand, past the functions
 * KC_DEFINE_TIMER() made (and past the owner's release, which would not
 * know of it).
 */
#include "cf_common.h"
#include <core/work.h>

struct cf_led {
	struct kc_timer blink;
};

static void cf_blink(struct cf_led *l)
{
}

KC_DEFINE_TIMER(cf_blink_timer, struct cf_led, blink, cf_blink);

static void cf_led_drop(struct cf_led *l)
{
}

KC_DEFINE_OWNER(cf_led, struct cf_led, cf_led_drop, cf_blink_timer);

int cf_fn(struct cf_led *l);
int cf_fn(struct cf_led *l)
{
#ifdef KC_CF_BAD
	return mod_timer(&l->blink.__kc_timer_item, jiffies + HZ);
#else
	return cf_blink_timer_schedule(l, KC_SECS(1));
#endif
}
