// SPDX-License-Identifier: GPL-2.0
/*
 * A function marked __kc_might_sleep on its definition only: the call
 * under the lock, made before the definition, sees the unmarked prototype
 * and would not be checked. The mark must be on the first declaration;
 * the good twin has it there, and calls outside the lock.
 */
/* expect: ctx_flush\(\) is marked __kc_might_sleep here but not on its first declaration \(.*:12 */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
int ctx_flush(struct ctx_dev *d);

void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	d->count = ctx_flush(d);
}
#else
__kc_might_sleep int ctx_flush(struct ctx_dev *d);

__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	int n = ctx_flush(d);

	kc_guard(spinlock)(&d->lock);
	d->count = n;
}
#endif

__kc_might_sleep int ctx_flush(struct ctx_dev *d)
{
	msleep(20);
	return 0;
}
