// SPDX-License-Identifier: GPL-2.0
/*
 * wait_for_completion() with preemption disabled; complete() there is
 * accepted.
 */
/* expect: may sleep in atomic context: wait_for_completion\(\) \(held: preempt preempt_disable */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	preempt_disable();
	wait_for_completion(&d->done);
	preempt_enable();
}
#else
void ctx_case(struct ctx_dev *d)
{
	preempt_disable();
	complete(&d->done);
	preempt_enable();
}
#endif
