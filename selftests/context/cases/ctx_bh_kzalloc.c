// SPDX-License-Identifier: GPL-2.0
/*
 * kzalloc(GFP_KERNEL) with bottom halves disabled; GFP_NOWAIT is
 * accepted.
 */
/* expect: in atomic context: an allocation whose GFP .* \(held: bh local_bh_disable */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
void ctx_case(struct ctx_dev *d)
{
	local_bh_disable();
	d->buf = kzalloc(32, GFP_KERNEL);
	local_bh_enable();
}
#else
void ctx_case(struct ctx_dev *d)
{
	local_bh_disable();
	d->buf = kzalloc(32, GFP_NOWAIT);
	local_bh_enable();
}
#endif
