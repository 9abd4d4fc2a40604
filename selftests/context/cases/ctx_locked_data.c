// SPDX-License-Identifier: GPL-2.0
/*
 * Locked data (core/locked.h): kc_locked() on a spinlock-owned object
 * makes its block atomic, like the guard it is built on; on a mutex-owned
 * one the block may sleep. A sleep in the spinlock's block is refused.
 */
/* expect: may sleep in atomic context: msleep\(\) \(held: spinlock */
#include "ctx_common.h"
#include <core/locked.h>

struct ctx_counts {
	int reads;
};

KC_DEFINE_LOCKED(ctx_spin_counts, spinlock_irqsave, struct ctx_counts);
KC_DEFINE_LOCKED(ctx_mutex_counts, mutex, struct ctx_counts);

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_spin_counts *s, struct ctx_mutex_counts *m)
{
	{
		kc_locked(ctx_mutex_counts, m, c);

		c->reads++;
		msleep(20);
	}
	{
		kc_locked(ctx_spin_counts, s, c);

		c->reads++;
		msleep(20);
	}
}
#else
__kc_might_sleep void ctx_case(struct ctx_spin_counts *s, struct ctx_mutex_counts *m)
{
	{
		kc_locked(ctx_mutex_counts, m, c);

		c->reads++;
		msleep(20);
	}
	{
		kc_locked(ctx_spin_counts, s, c);

		c->reads++;
	}
	msleep(20);
}
#endif
