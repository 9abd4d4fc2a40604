// SPDX-License-Identifier: GPL-2.0
/*
 * synchronize_rcu() inside rcu_read_lock(); after rcu_read_unlock() it
 * is accepted.
 */
/* expect: may sleep in atomic context: synchronize_rcu\(\) \(held: rcu rcu_read_lock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	rcu_read_lock();
	d->count++;
	synchronize_rcu();
	rcu_read_unlock();
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	rcu_read_lock();
	d->count++;
	rcu_read_unlock();
	synchronize_rcu();
}
#endif
