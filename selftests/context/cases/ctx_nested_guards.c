// SPDX-License-Identifier: GPL-2.0
/*
 * Nested guards: after the inner spinlock's block ends, the outer RCU
 * guard still holds; a sleep there is refused, after both it is
 * accepted.
 */
/* expect: may sleep in atomic context: msleep\(\) \(held: rcu */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	kc_guard(rcu)();
	{
		kc_guard(spinlock)(&d->lock);

		d->count++;
	}
	msleep(20);
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	{
		kc_guard(rcu)();
		{
			kc_guard(spinlock)(&d->lock);

			d->count++;
		}
	}
	msleep(20);
}
#endif
