// SPDX-License-Identifier: GPL-2.0
/* expect: ignoring return value of .kc_gpio_set_cansleep */
/* A GPIO write whose failure is ignored (the controller may refuse it). */
#include "cf_common.h"
#include <abstractions/gpio.h>

int cf_fn(struct kc_gpio *g);
int cf_fn(struct kc_gpio *g)
{
#ifdef KC_CF_BAD
	kc_gpio_set_cansleep(g, true);
	return 0;
#else
	return kc_gpio_set_cansleep(g, true);
#endif
}
