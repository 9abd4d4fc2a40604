// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's spin_lock()/spin_unlock() around msleep(); the good twin
 * sleeps after unlocking.
 */
/* expect: in atomic context: msleep\(\) \(held: spinlock spin_lock\(&d->lock\) at .*:12 */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	spin_lock(&d->lock);
	msleep(20);
	spin_unlock(&d->lock);
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	spin_lock(&d->lock);
	d->count++;
	spin_unlock(&d->lock);
	msleep(20);
}
#endif
