// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_phy_ops.handle_interrupt: it must be _?[Bb]ool cf_cb */
/* handle_interrupt says whether the interrupt was ours: an errno would read as "handled". */
#include "cf_common.h"
#include "cf_phy.h"

#ifdef KC_CF_BAD
static int cf_cb(struct kc_phy *phy)
{
	return -EIO;
}
#else
static bool cf_cb(struct kc_phy *phy)
{
	return kc_phy_is_link_up(phy);
}
#endif
KC_PHY_CALLBACK(handle_interrupt, cf_cb);

CF_PHY_DRIVER(KC_PHY_CB(handle_interrupt, cf_cb));
