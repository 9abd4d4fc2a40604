// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_duplex. */
/*
 * A link duplex written by hand with its field named: the field is
 * private, only the KC_DUPLEX_* constants make a duplex.
 */
#include "cf_common.h"
#include "cf_phy.h"

static __kc_might_sleep int cf_read_status(struct kc_phy *phy)
{
	u16 sr;

	kc_try_val(sr, kc_phy_read(phy, KC_C22(0x11)));
#ifdef KC_CF_BAD
	kc_phy_set_duplex(phy, (struct kc_duplex){ .__kc_duplex = sr & BIT(13) });
#else
	kc_phy_set_duplex(phy, sr & BIT(13) ? KC_DUPLEX_FULL : KC_DUPLEX_HALF);
#endif
	return 0;
}
KC_PHY_CALLBACK(read_status, cf_read_status);

CF_PHY_DRIVER(KC_PHY_CB(read_status, cf_read_status));
