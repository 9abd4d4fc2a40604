// SPDX-License-Identifier: GPL-2.0
/* expect: implicit declaration of function .__kc_gpio_raw. */
/* No converter to the raw struct gpio_desc but the kc_unsafe_ escape hatch. */
#include "cf_common.h"
#include <abstractions/gpio.h>

int cf_fn(struct kc_gpio *h);
int cf_fn(struct kc_gpio *h)
{
#ifdef KC_CF_BAD
	return !!__kc_gpio_raw(h);
#else
	return kc_gpio_set(h, true);
#endif
}
