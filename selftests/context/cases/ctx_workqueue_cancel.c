// SPDX-License-Identifier: GPL-2.0
/*
 * cancel_work_sync() (waits for the work) under a spinlock;
 * schedule_work() there is accepted.
 */
/* expect: may sleep in atomic context: cancel_work_sync\(\) \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
struct work_struct ctx_work;

__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	cancel_work_sync(&ctx_work);
}
#else
struct work_struct ctx_work;

void ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	schedule_work(&ctx_work);
}
#endif
