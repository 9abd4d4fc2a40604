// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_phy_ops.read_status: it must be int cf_cb */
/* A read_status returning bool: no room for an errno, and true is not 0. */
#include "cf_common.h"
#include "cf_phy.h"

#ifdef KC_CF_BAD
static bool cf_cb(struct kc_phy *phy)
{
	return kc_phy_is_link_up(phy);
}
#else
static int cf_cb(struct kc_phy *phy)
{
	return kc_genphy_read_status(phy);
}
#endif
KC_PHY_CALLBACK(read_status, cf_cb);

CF_PHY_DRIVER(KC_PHY_CB(read_status, cf_cb));
