// SPDX-License-Identifier: GPL-2.0
/*
 * PREEMPT_RT: a spinlock_t taken under a raw spinlock (it sleeps
 * there); the other nesting is accepted.
 */
/* expect: sleeps on PREEMPT_RT in hard atomic context: kc_guard\(spinlock\) \(held: raw_spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
void ctx_case(struct ctx_dev *d)
{
	raw_spin_lock(&d->raw);
	{
		kc_guard(spinlock)(&d->lock);

		d->count++;
	}
	raw_spin_unlock(&d->raw);
}
#else
void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	raw_spin_lock(&d->raw);
	d->count++;
	raw_spin_unlock(&d->raw);
}
#endif
