// SPDX-License-Identifier: GPL-2.0
/*
 * usleep_range() with interrupts disabled; udelay() there is accepted
 * (it spins).
 */
/* expect: may sleep in atomic context: usleep_range\(\) \(held: irq local_irq_save */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	unsigned long flags;

	local_irq_save(flags);
	usleep_range(10, 20);
	d->count++;
	local_irq_restore(flags);
}
#else
void ctx_case(struct ctx_dev *d)
{
	unsigned long flags;

	local_irq_save(flags);
	udelay(5);
	d->count++;
	local_irq_restore(flags);
}
#endif
