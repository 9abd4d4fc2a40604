// SPDX-License-Identifier: GPL-2.0
/*
 * Allocation flags held in a variable, under a spinlock: not a constant,
 * so judged as sleeping. The good twin allocates before taking the lock.
 */
/* expect: in atomic context: an allocation whose GFP flags are not a constant .*\(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	gfp_t gfp = GFP_KERNEL;

	kc_guard(spinlock)(&d->lock);
	d->buf = kc_alloc(64, gfp);
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	gfp_t gfp = GFP_KERNEL;
	void *buf = kc_alloc(64, gfp);

	kc_guard(spinlock)(&d->lock);
	d->buf = buf;
}
#endif
