// SPDX-License-Identifier: GPL-2.0
/*
 * PREEMPT_RT: spin_lock() with interrupts disabled by hand;
 * spin_lock_irqsave() alone is accepted.
 */
/* expect: sleeps on PREEMPT_RT in hard atomic context: .*\(held: irq local_irq_disable */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
void ctx_case(struct ctx_dev *d)
{
	local_irq_disable();
	spin_lock(&d->lock);
	d->count++;
	spin_unlock(&d->lock);
	local_irq_enable();
}
#else
void ctx_case(struct ctx_dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	d->count++;
	spin_unlock_irqrestore(&d->lock, flags);
}
#endif
