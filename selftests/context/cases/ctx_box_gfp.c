// SPDX-License-Identifier: GPL-2.0
/*
 * kc_box_new() with GFP_KERNEL under a spinlock; with GFP_ATOMIC it is
 * accepted.
 */
/* expect: in atomic context: an allocation whose GFP .* \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
void *ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	return kc_box_new(struct ctx_dev, GFP_KERNEL);
}
#else
void *ctx_case(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	return kc_box_new(struct ctx_dev, GFP_ATOMIC);
}
#endif
