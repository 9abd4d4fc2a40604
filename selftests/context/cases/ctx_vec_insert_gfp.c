// SPDX-License-Identifier: GPL-2.0
/*
 * A vector insert with GFP_KERNEL in a timer callback (atomic) is
 * refused; with GFP_ATOMIC accepted.
 */
/* expect: may sleep in atomic context: kc_vec_int_insert\(\) \(held: atomic __kc_atomic_context */
#include "ctx_common.h"

struct kc_vec_int ctx_events;

#ifdef KC_CTX_BAD
__kc_atomic_context void ctx_case(struct timer_list *t)
{
	if (kc_vec_int_insert(&ctx_events, 0, 1, GFP_KERNEL))
		return;
}
#else
__kc_atomic_context void ctx_case(struct timer_list *t)
{
	if (kc_vec_int_insert(&ctx_events, 0, 1, GFP_ATOMIC))
		return;
}
#endif
