// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A link speed written by hand: any number, 100 or a register value,
 * would be recorded as the speed; only the KC_SPEED_* constants make one.
 */
#include "cf_common.h"
#include "cf_phy.h"

static __kc_might_sleep int cf_read_status(struct kc_phy *phy)
{
	u16 sr;

	kc_try_val(sr, kc_phy_read(phy, KC_C22(0x11)));
#ifdef KC_CF_BAD
	kc_phy_set_speed(phy, (struct kc_speed){ sr & BIT(14) ? 100 : 10 });
#else
	kc_phy_set_speed(phy, sr & BIT(14) ? KC_SPEED_100 : KC_SPEED_10);
#endif
	return 0;
}
KC_PHY_CALLBACK(read_status, cf_read_status);

CF_PHY_DRIVER(KC_PHY_CB(read_status, cf_read_status));
