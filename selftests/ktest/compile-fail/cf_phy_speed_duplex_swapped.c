// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible type for argument 2 of .kc_phy_set_(speed|duplex). */
/*
 * Speed and duplex setters given each other's value, or the kernel's bare
 * SPEED_* numbers: each is a type of its own.
 */
#include "cf_common.h"
#include "cf_phy.h"

static __kc_might_sleep int cf_read_status(struct kc_phy *phy)
{
	u16 sr;

	kc_try_val(sr, kc_phy_read(phy, KC_C22(0x11)));
#ifdef KC_CF_BAD
	kc_phy_set_speed(phy, sr & BIT(13) ? KC_DUPLEX_FULL : KC_DUPLEX_HALF);
	kc_phy_set_duplex(phy, sr & BIT(14) ? SPEED_100 : SPEED_10);
#else
	kc_phy_set_speed(phy, sr & BIT(14) ? KC_SPEED_100 : KC_SPEED_10);
	kc_phy_set_duplex(phy, sr & BIT(13) ? KC_DUPLEX_FULL : KC_DUPLEX_HALF);
#endif
	return 0;
}
KC_PHY_CALLBACK(read_status, cf_read_status);

CF_PHY_DRIVER(KC_PHY_CB(read_status, cf_read_status));
