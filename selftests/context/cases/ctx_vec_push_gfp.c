// SPDX-License-Identifier: GPL-2.0
/*
 * A vector push with GFP_KERNEL under a spinlock: the flags are judged
 * at the call, as a constant. With GFP_ATOMIC it is accepted.
 */
/* expect: may sleep in atomic context: kc_vec_u32_push\(\) \(held: spinlock kc_guard */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
int ctx_case(struct ctx_dev *d, struct kc_vec_u32 *v)
{
	kc_guard(spinlock)(&d->lock);

	return kc_vec_u32_push(v, d->count, GFP_KERNEL);
}
#else
int ctx_case(struct ctx_dev *d, struct kc_vec_u32 *v)
{
	kc_guard(spinlock)(&d->lock);

	return kc_vec_u32_push(v, d->count, GFP_ATOMIC);
}
#endif
