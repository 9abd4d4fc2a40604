// SPDX-License-Identifier: GPL-2.0
/*
 * A GFP_KERNEL allocation inside an RCU read-side guard; GFP_ATOMIC
 * there is accepted.
 */
/* expect: may sleep in atomic context: an allocation whose GFP flags allow sleeping \(held: rcu */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
void *ctx_case(void)
{
	kc_guard(rcu)();

	return kc_alloc(64, GFP_KERNEL);
}
#else
void *ctx_case(void)
{
	kc_guard(rcu)();

	return kc_alloc(64, GFP_ATOMIC);
}
#endif
