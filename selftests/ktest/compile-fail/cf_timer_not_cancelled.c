// SPDX-License-Identifier: GPL-2.0
/* expect: storage size of .__kc_work_cf_blink_timer_is_not_cancelled_by_its_owner. */
/*
 * A timer its owner's release does not shut down would fire on freed
 * memory: every timer must be listed in its owner's KC_DEFINE_OWNER().
 */
#include "cf_common.h"
#include <core/work.h>

struct cf_led {
	struct kc_work kick;
	struct kc_timer blink;
};

static void cf_kick(struct cf_led *l)
{
}

static void cf_blink(struct cf_led *l)
{
}

KC_DEFINE_WORK(cf_kick_work, struct cf_led, kick, cf_kick);
KC_DEFINE_TIMER(cf_blink_timer, struct cf_led, blink, cf_blink);

static void cf_led_drop(struct cf_led *l)
{
}

#ifdef KC_CF_BAD
KC_DEFINE_OWNER(cf_led, struct cf_led, cf_led_drop, cf_kick_work);
#else
KC_DEFINE_OWNER(cf_led, struct cf_led, cf_led_drop, cf_kick_work, cf_blink_timer);
#endif

int cf_fn(void);
int cf_fn(void)
{
	struct cf_led *l __kc_free(cf_led) = kc_box_new(struct cf_led, GFP_KERNEL);

	if (!l)
		return -ENOMEM;
	cf_kick_work_init(l);
	cf_blink_timer_init(l);
	return cf_kick_work_queue(l) && cf_blink_timer_schedule(l, KC_SECS(1));
}
