// SPDX-License-Identifier: GPL-2.0
/*
 * A PHY callback that writes the PHY must be marked __kc_might_sleep:
 * its slot's trampoline is, and so is the contract.
 */
/* expect: kc_phy_write_c22\(\) may sleep: the calling function must be marked __kc_might_sleep */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
static int ctx_soft_reset(struct kc_phy *phy)
#else
static __kc_might_sleep int ctx_soft_reset(struct kc_phy *phy)
#endif
{
	return kc_phy_write(phy, KC_C22_BMCR, 0);
}

KC_PHY_CALLBACK(soft_reset, ctx_soft_reset);

KC_PHY_DRIVERS(ctx_case,
	       (KC_PHY_ID_EXACT(0x003b1861),
		.name = "ctx",
		KC_PHY_CB(soft_reset, ctx_soft_reset)));

const void *ctx_case_table = ctx_case;
