// SPDX-License-Identifier: GPL-2.0
/*
 * A hard interrupt handler (atomic) that takes a mutex; a spinlock
 * there is accepted.
 */
/* expect: may sleep in atomic context: mutex_lock\(\) \(held: atomic */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_atomic_context irqreturn_t ctx_case(int irq, void *data)
{
	struct ctx_dev *d = data;

	mutex_lock(&d->mlock);
	d->count++;
	mutex_unlock(&d->mlock);
	return IRQ_HANDLED;
}
#else
__kc_atomic_context irqreturn_t ctx_case(int irq, void *data)
{
	struct ctx_dev *d = data;

	spin_lock(&d->lock);
	d->count++;
	spin_unlock(&d->lock);
	return IRQ_HANDLED;
}
#endif
