// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_c22_num. */
/*
 * A clause-22 register written by hand with its field named: the field is
 * private, so register 40 cannot be made past KC_C22()'s check.
 */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy);
int cf_fn(struct kc_phy *phy)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, (struct kc_c22_reg){ .__kc_c22_num = 40 }));
#else
	kc_try_val(v, kc_phy_read(phy, KC_C22(31)));
#endif
	return v;
}
