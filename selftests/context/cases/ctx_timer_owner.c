// SPDX-License-Identifier: GPL-2.0
/*
 * Timers (core/work.h): the callback runs in atomic context (softirq), so
 * a callback that may sleep is refused where the timer calls it; the good
 * twin only counts.
 */
/* expect: may sleep in atomic context: ctx_blink\(\) \(held: atomic */
#include "ctx_common.h"
#include <core/work.h>

struct ctx_led {
	struct kc_timer blink;
	int on;
};

#ifdef KC_CTX_BAD
static __kc_might_sleep void ctx_blink(struct ctx_led *l)
{
	msleep(20);
	l->on = !l->on;
}
#else
static void ctx_blink(struct ctx_led *l)
{
	l->on = !l->on;
}
#endif

KC_DEFINE_TIMER(ctx_blink_timer, struct ctx_led, blink, ctx_blink);

static void ctx_led_drop(struct ctx_led *l)
{
}

KC_DEFINE_OWNER(ctx_led, struct ctx_led, ctx_led_drop, ctx_blink_timer);

__kc_might_sleep void ctx_case(struct ctx_led *l)
{
	ctx_blink_timer_init(l);
	ctx_blink_timer_schedule(l, KC_SECS(1));
	ctx_led_free(l);
}
