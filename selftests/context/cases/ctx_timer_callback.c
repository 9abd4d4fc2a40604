// SPDX-License-Identifier: GPL-2.0
/*
 * A timer callback (atomic) that reads the PHY; the good twin only
 * counts.
 */
/* expect: may sleep in atomic context: kc_phy_read_c22\(\) \(held: atomic __kc_atomic_context */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
struct kc_phy *ctx_phy;

__kc_atomic_context void ctx_case(struct timer_list *t)
{
	struct kc_result_u16 r = kc_phy_read(ctx_phy, KC_C22_BMSR);

	(void)kc_result_err(r);
}
#else
int ctx_ticks;

__kc_atomic_context void ctx_case(struct timer_list *t)
{
	ctx_ticks++;
}
#endif
