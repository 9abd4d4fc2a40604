// SPDX-License-Identifier: GPL-2.0
/* expect: KC_C22\(\): the register number must be a constant */
/* A clause-22 register number computed at run time: it could be 40. */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy, u8 reg);
int cf_fn(struct kc_phy *phy, u8 reg)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, KC_C22(reg)));
#else
	kc_try_val(v, kc_phy_read(phy, reg ? KC_C22(0x10) : KC_C22(0x11)));
#endif
	return v;
}
