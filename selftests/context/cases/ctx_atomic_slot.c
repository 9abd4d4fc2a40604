// SPDX-License-Identifier: GPL-2.0
/*
 * A callback given to an atomic slot of a vtable kind (core/vtable.h):
 * the slot's trampoline runs in atomic context, so a callback marked
 * __kc_might_sleep is refused where it is placed; a non-sleeping one is
 * accepted.
 */
/* expect: may sleep in atomic context: ctx_tick\(\) \(held: atomic */
#include "ctx_common.h"
#include <core/vtable.h>

struct ctx_timer_ops {
	void (*fire)(struct timer_list *t);
};

#define __ctx_timer_ops_fire_SIG	void, (struct ctx_dev *d)
#define __ctx_timer_ops_fire_TRAMPOLINE(tramp, fn)			\
	static __kc_atomic_context void tramp(struct timer_list *t)	\
	{								\
		fn((struct ctx_dev *)t);				\
	}

#ifdef KC_CTX_BAD
static __kc_might_sleep void ctx_tick(struct ctx_dev *d)
{
	kc_guard(mutex)(&d->mlock);

	d->count++;
}
#else
static void ctx_tick(struct ctx_dev *d)
{
	kc_guard(spinlock)(&d->lock);

	d->count++;
}
#endif

KC_VTABLE_CALLBACK(ctx_timer_ops, fire, ctx_tick);

const struct ctx_timer_ops ctx_case = {
	KC_VTABLE_ENTRY(ctx_timer_ops, fire, ctx_tick),
};
