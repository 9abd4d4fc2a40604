// SPDX-License-Identifier: GPL-2.0
/* expect: KC_MSECS\(\): a delay is 0 to UINT_MAX milliseconds */
/*
 * A negative delay: msecs_to_jiffies() would take it for a huge unsigned
 * count, and the timer would fire about never.
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
	return cf_blink_timer_schedule(l, KC_MSECS(-20));
#else
	return cf_blink_timer_schedule(l, KC_MSECS(20));
#endif
}
