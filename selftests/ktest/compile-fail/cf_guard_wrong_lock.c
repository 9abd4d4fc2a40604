// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible pointer type|incompatible-pointer-types */
/* A mutex guard given a spinlock: the guard is typed by its lock. */
#include "cf_common.h"

struct cf_dev {
	spinlock_t lock;	/* protects nothing here: the wrong lock */
	struct mutex mlock;	/* protects count */
	int count;
};

int cf_fn(struct cf_dev *d);
int cf_fn(struct cf_dev *d)
{
#ifdef KC_CF_BAD
	kc_guard(mutex)(&d->lock);
#else
	kc_guard(mutex)(&d->mlock);
#endif
	return ++d->count;
}
