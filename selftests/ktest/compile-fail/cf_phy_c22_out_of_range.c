// SPDX-License-Identifier: GPL-2.0
/* expect: KC_C22\(\): a clause-22 register is 0 to 31 */
/* A clause-22 register number that does not exist, as a constant. */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy);
int cf_fn(struct kc_phy *phy)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, KC_C22(40)));
#else
	kc_try_val(v, kc_phy_read(phy, KC_C22(0)));
	kc_try_val(v, kc_phy_read(phy, KC_C22(31)));
#endif
	return v;
}
