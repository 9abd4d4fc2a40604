// SPDX-License-Identifier: GPL-2.0
/* expect: cf_blink does not fit cf_blink_timer: it must be void cf_blink ?\(struct cf_led \*o\) */
/*
 * A timer callback written for the kernel's struct timer_list, which would
 * find its owner with container_of() by hand.
 */
#include "cf_common.h"
#include <core/work.h>

struct cf_led {
	struct kc_timer blink;
	int on;
};

#ifdef KC_CF_BAD
static void cf_blink(struct timer_list *t)
{
}
#else
static void cf_blink(struct cf_led *l)
{
	l->on = !l->on;
}
#endif

KC_DEFINE_TIMER(cf_blink_timer, struct cf_led, blink, cf_blink);

static void cf_led_drop(struct cf_led *l)
{
}

KC_DEFINE_OWNER(cf_led, struct cf_led, cf_led_drop, cf_blink_timer);

int cf_fn(void);
int cf_fn(void)
{
	struct cf_led *l __kc_free(cf_led) = kc_box_new(struct cf_led, GFP_KERNEL);

	if (!l)
		return -ENOMEM;
	cf_blink_timer_init(l);
	return cf_blink_timer_schedule(l, KC_SECS(1));
}
