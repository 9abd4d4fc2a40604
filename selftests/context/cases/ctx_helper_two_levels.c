// SPDX-License-Identifier: GPL-2.0
/*
 * A sleep two helpers deep under a spinlock guard; the good twin calls
 * it unlocked.
 */
/* expect: may sleep in atomic context: ctx_outer\(\) \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
static __kc_might_sleep void ctx_inner(void)
{
	msleep(20);
}

static __kc_might_sleep void ctx_outer(void)
{
	ctx_inner();
}

__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	ctx_outer();
}
#else
static __kc_might_sleep void ctx_inner(void)
{
	msleep(20);
}

static __kc_might_sleep void ctx_outer(void)
{
	ctx_inner();
}

__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	ctx_outer();
	kc_guard(spinlock)(&d->lock);
	d->count++;
}
#endif
