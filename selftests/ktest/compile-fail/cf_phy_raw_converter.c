// SPDX-License-Identifier: GPL-2.0
/* expect: implicit declaration of function .__kc_phydev. */
/* No converter to the raw struct phy_device but the kc_unsafe_ escape hatch. */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *h);
int cf_fn(struct kc_phy *h)
{
#ifdef KC_CF_BAD
	return !!__kc_phydev(h);
#else
	return kc_phy_speed(h);
#endif
}
