// SPDX-License-Identifier: GPL-2.0
/*
 * A function declared in a header with __kc_might_sleep (defined in
 * another file) is refused under a lock in this one: the contract is in
 * the prototype.
 */
/* expect: may sleep in atomic context: ctx_ext_flush\(\) \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep int ctx_ext_flush(struct ctx_dev *d);

void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	d->count = ctx_ext_flush(d);
}
#else
__kc_might_sleep int ctx_ext_flush(struct ctx_dev *d);

__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	int n = ctx_ext_flush(d);

	kc_guard(spinlock)(&d->lock);
	d->count = n;
}
#endif
