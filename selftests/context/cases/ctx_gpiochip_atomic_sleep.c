// SPDX-License-Identifier: GPL-2.0
/*
 * A GPIO chip's set callback that sleeps (like an I2C expander's): an
 * atomic chip's callbacks run in atomic context, so it is refused there;
 * the same callback in a sleeping chip is accepted.
 */
/* expect: may sleep in atomic context: ctx_expander_set\(\) \(held: atomic\) */
#include "ctx_common.h"
#include <abstractions/gpio_chip.h>
#include <core/work.h>

struct ctx_expander {
	struct kc_gpio_chip chip;
	bool level[8];
};

static __kc_might_sleep int ctx_expander_set(struct ctx_expander *e, struct kc_gpio_offset off,
					     bool value)
{
	usleep_range(10, 20);
	e->level[kc_gpio_offset_num(off)] = value;
	return 0;
}

#ifdef KC_CTX_BAD
KC_DEFINE_GPIO_CHIP(ctx_expander_gpio, struct ctx_expander, chip, atomic, 8,
		    (set, ctx_expander_set));
#else
KC_DEFINE_GPIO_CHIP(ctx_expander_gpio, struct ctx_expander, chip, sleeping, 8,
		    (set, ctx_expander_set));
#endif

static void ctx_expander_drop(struct ctx_expander *e)
{
}

KC_DEFINE_OWNER(ctx_expander, struct ctx_expander, ctx_expander_drop, ctx_expander_gpio);

__kc_might_sleep int ctx_case(struct ctx_expander *e)
{
	return ctx_expander_gpio_add(e, NULL, "ctx");
}
