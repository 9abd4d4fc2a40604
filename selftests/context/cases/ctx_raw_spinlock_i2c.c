// SPDX-License-Identifier: GPL-2.0
/*
 * An SMBus read under a raw spinlock with interrupts saved; the good
 * twin reads first.
 */
/* expect: context: kc_i2c_smbus_read_byte_data\(\) \(held: raw_spinlock raw_spin_lock_irqsave */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_i2c_client *c)
{
	unsigned long flags;
	int v;

	raw_spin_lock_irqsave(&d->raw, flags);
	kc_try_val(v, kc_i2c_smbus_read_byte_data(c, 0));
	d->count = v;
	raw_spin_unlock_irqrestore(&d->raw, flags);
	return 0;
}
#else
__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_i2c_client *c)
{
	unsigned long flags;
	int v;

	kc_try_val(v, kc_i2c_smbus_read_byte_data(c, 0));
	raw_spin_lock_irqsave(&d->raw, flags);
	d->count = v;
	raw_spin_unlock_irqrestore(&d->raw, flags);
	return 0;
}
#endif
