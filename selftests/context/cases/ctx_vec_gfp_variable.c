// SPDX-License-Identifier: GPL-2.0
/*
 * A vector push with flags held in a variable, under a spinlock that
 * disables interrupts: not a constant, so judged as sleeping. The good
 * twin pushes before taking the lock.
 */
/* expect: in atomic context: kc_vec_u32_push\(\) \(held: spinlock kc_guard\(spinlock_irqsave\) */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_vec_u32 *v, gfp_t gfp)
{
	kc_guard(spinlock_irqsave)(&d->lock);

	return kc_vec_u32_push(v, d->count, gfp);
}
#else
__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_vec_u32 *v, gfp_t gfp)
{
	int err = kc_vec_u32_push(v, 1, gfp);

	kc_guard(spinlock_irqsave)(&d->lock);
	d->count++;
	return err;
}
#endif
