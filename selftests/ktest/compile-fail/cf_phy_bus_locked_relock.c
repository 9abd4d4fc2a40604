// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible pointer type */
/*
 * read_mmd runs with the MDIO bus lock held: a locking accessor there would
 * take it again and deadlock. Only the kc_phy_locked_*() accessors take
 * the bus-locked handle.
 */
#include "cf_common.h"
#include "cf_phy.h"

static struct kc_result_u16 cf_read_mmd(struct kc_phy_bus_locked *phy, struct kc_c45_reg reg)
{
#ifdef KC_CF_BAD
	return kc_phy_read(phy, KC_C22_BMCR);
#else
	return kc_phy_locked_read(phy, KC_C22_BMCR);
#endif
}
KC_PHY_CALLBACK(read_mmd, cf_read_mmd);

CF_PHY_DRIVER(KC_PHY_CB(read_mmd, cf_read_mmd));
