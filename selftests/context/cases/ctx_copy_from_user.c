// SPDX-License-Identifier: GPL-2.0
/*
 * copy_from_user() (it may fault and sleep) under a spinlock; copying
 * first is accepted.
 */
/* expect: may sleep in atomic context: copy_from_user\(\) \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep int ctx_case(struct ctx_dev *d, const void __user *u)
{
	int v = 0;

	kc_guard(spinlock)(&d->lock);
	if (copy_from_user(&v, u, sizeof(v)))
		return -EFAULT;
	d->count = v;
	return 0;
}
#else
__kc_might_sleep int ctx_case(struct ctx_dev *d, const void __user *u)
{
	int v = 0;

	if (copy_from_user(&v, u, sizeof(v)))
		return -EFAULT;
	kc_guard(spinlock)(&d->lock);
	d->count = v;
	return 0;
}
#endif
