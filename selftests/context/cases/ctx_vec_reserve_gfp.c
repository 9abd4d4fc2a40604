// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's own vector type (KC_DEFINE_VEC()): its reserve with GFP_NOIO
 * inside an RCU read-side section is refused; with GFP_NOWAIT accepted.
 */
/* expect: may sleep in atomic context: ctx_vec_pair_reserve\(\) \(held: rcu kc_guard\(rcu\) */
#include "ctx_common.h"

struct ctx_pair {
	u32 key;
	u64 value;
};

KC_DEFINE_VEC(ctx_vec_pair, struct ctx_pair);

#ifdef KC_CTX_BAD
int ctx_case(struct ctx_vec_pair *v)
{
	kc_guard(rcu)();

	return ctx_vec_pair_reserve(v, 8, GFP_NOIO);
}
#else
int ctx_case(struct ctx_vec_pair *v)
{
	kc_guard(rcu)();

	return ctx_vec_pair_reserve(v, 8, GFP_NOWAIT);
}
#endif
