// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_phy_ops.link_change_notify: it must be void cf_cb */
/* link_change_notify returns nothing: an error returned there is lost. */
#include "cf_common.h"
#include "cf_phy.h"

#ifdef KC_CF_BAD
static int cf_cb(struct kc_phy_notify *n)
{
	return kc_phy_init_hw(kc_phy_notify_phy(n));
}
#else
static void cf_cb(struct kc_phy_notify *n)
{
	kc_discard(kc_phy_init_hw(kc_phy_notify_phy(n)));
}
#endif
KC_PHY_CALLBACK(link_change_notify, cf_cb);

CF_PHY_DRIVER(KC_PHY_CB(link_change_notify, cf_cb));
