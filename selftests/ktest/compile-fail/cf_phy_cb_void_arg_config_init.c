// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_phy_ops.config_init: it must be int cf_cb ?\(struct kc_phy \*phy\) */
/* A config_init that takes a void pointer: the handle type is the slot's. */
#include "cf_common.h"
#include "cf_phy.h"

#ifdef KC_CF_BAD
static int cf_cb(void *phy)
{
	return phy ? 0 : -ENODEV;
}
#else
static int cf_cb(struct kc_phy *phy)
{
	return phy ? 0 : -ENODEV;
}
#endif
KC_PHY_CALLBACK(config_init, cf_cb);

CF_PHY_DRIVER(KC_PHY_CB(config_init, cf_cb));
