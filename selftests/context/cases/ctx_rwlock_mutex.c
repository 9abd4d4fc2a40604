// SPDX-License-Identifier: GPL-2.0
/*
 * mutex_lock() under read_lock(); a GFP_ATOMIC allocation under
 * write_lock() is accepted.
 */
/* expect: in atomic context: mutex_lock\(\) \(held: rwlock read_lock\(&d->rw\) */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	read_lock(&d->rw);
	mutex_lock(&d->mlock);
	d->count++;
	mutex_unlock(&d->mlock);
	read_unlock(&d->rw);
}
#else
void ctx_case(struct ctx_dev *d)
{
	write_lock(&d->rw);
	d->buf = kmalloc(16, GFP_ATOMIC);
	write_unlock(&d->rw);
}
#endif
