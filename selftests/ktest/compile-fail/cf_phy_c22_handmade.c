// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A clause-22 register written by hand: register 40 does not exist, and
 * KC_C22(40) would not compile.
 */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy);
int cf_fn(struct kc_phy *phy)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, (struct kc_c22_reg){ 40 }));
#else
	kc_try_val(v, kc_phy_read(phy, KC_C22(31)));
#endif
	return v;
}
