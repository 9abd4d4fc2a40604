// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_gpio. */
/* The gpio handle is opaque: the kernel struct behind it has no field to reach. */
#include "cf_common.h"
#include <abstractions/gpio.h>

int cf_fn(struct kc_gpio *h);
int cf_fn(struct kc_gpio *h)
{
#ifdef KC_CF_BAD
	return sizeof(*h);
#else
	return kc_gpio_set(h, true);
#endif
}
