// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_phy. */
/* The phy handle is opaque: the kernel struct behind it has no field to reach. */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *h);
int cf_fn(struct kc_phy *h)
{
#ifdef KC_CF_BAD
	return h->speed;
#else
	return kc_phy_speed(h);
#endif
}
