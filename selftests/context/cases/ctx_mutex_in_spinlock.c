// SPDX-License-Identifier: GPL-2.0
/*
 * A mutex guard inside a spinlock guard; the mutex outside the spinlock
 * is accepted.
 */
/* expect: may sleep in atomic context: kc_guard\(mutex\) \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);
	kc_guard(mutex)(&d->mlock);

	d->count++;
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	kc_guard(mutex)(&d->mlock);
	kc_guard(spinlock)(&d->lock);

	d->count++;
}
#endif
