// SPDX-License-Identifier: GPL-2.0
/*
 * A function marked __kc_might_sleep on its prototype only: the
 * definition inherits the mark (its msleep() needs it), and every call
 * sees it, so the call under the lock is refused.
 */
/* expect: may sleep in atomic context: ctx_flush\(\) \(held: spinlock kc_guard */
#include "ctx_common.h"

__kc_might_sleep int ctx_flush(struct ctx_dev *d);

#ifdef KC_CTX_BAD
void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	d->count = ctx_flush(d);
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	int n = ctx_flush(d);

	kc_guard(spinlock)(&d->lock);
	d->count = n;
}
#endif

int ctx_flush(struct ctx_dev *d)
{
	msleep(20);
	return 0;
}
