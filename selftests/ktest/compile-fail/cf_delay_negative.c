// SPDX-License-Identifier: GPL-2.0
/* expect: KC_MSECS\(\): a delay is 0 to UINT_MAX milliseconds */
/*
 * A negative delay: msecs_to_jiffies() would take it for a huge unsigned
 * count, and the timer would fire about never.
 */
#include "cf_common.h"
#include "cf_work.h"

CF_BLINK_LED();

int cf_fn(struct cf_led *l);
int cf_fn(struct cf_led *l)
{
#ifdef KC_CF_BAD
	return cf_blink_timer_schedule(l, KC_MSECS(-20));
#else
	return cf_blink_timer_schedule(l, KC_MSECS(20));
#endif
}
