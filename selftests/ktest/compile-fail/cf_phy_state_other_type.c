// SPDX-License-Identifier: GPL-2.0
/* expect: kc_phy_ops.remove: it must be void cf_remove ?\(struct kc_phy \*phy, kc_device_state */
/* A PHY remove that takes another driver's state type. */
#include "cf_common.h"
#include <abstractions/phy.h>

struct cf_state {
	int v;
};

struct cf_other {
	long w;
};

KC_DEVICE_STATE(struct cf_state);

#ifdef KC_CF_BAD
static void cf_remove(struct kc_phy *phy, struct cf_other *state)
#else
static void cf_remove(struct kc_phy *phy, struct cf_state *state)
#endif
{
}
KC_PHY_CALLBACK(remove, cf_remove);

KC_PHY_DRIVERS(cf_drivers,
	       (KC_PHY_ID_EXACT(0x01234567),
		.name = "cf",
		KC_PHY_CB(remove, cf_remove)));

const void *cf_use(void);
const void *cf_use(void)
{
	return cf_drivers;
}
