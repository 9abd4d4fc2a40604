// SPDX-License-Identifier: GPL-2.0
/* expect: kc_gpio_lookup_add.*lines */
/*
 * kc_gpio_lookup_add() given a count larger than its array (a line removed
 * from the array, the count kept): reads past it.
 */
#include "cf_common.h"
#include <abstractions/gpio.h>

static const struct kc_gpio_line cf_lines[] = {
	{ .chip = "cf-gpio", .line = 0, .function = "reset" },
	{ .chip = "cf-gpio", .line = 1, .function = "enable" },
};

int cf_fn(struct kc_gpio_lookup **out);
__kc_might_sleep int cf_fn(struct kc_gpio_lookup **out)
{
	struct kc_gpio_lookup *l;

#ifdef KC_CF_BAD
	kc_try_val(l, kc_gpio_lookup_add("cf-dev.0", cf_lines, 3));
#else
	kc_try_val(l, kc_gpio_lookup_add("cf-dev.0", cf_lines, ARRAY_SIZE(cf_lines)));
#endif
	*out = l;
	return 0;
}
