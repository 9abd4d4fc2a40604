// SPDX-License-Identifier: GPL-2.0
/* expect: .c. undeclared */
/*
 * Locked data used after its block, when the lock is released: the name
 * of the data ends with the block that holds the lock.
 */
#include "cf_common.h"
#include <core/locked.h>

struct cf_counts {
	int reads;
};

KC_DEFINE_LOCKED(cf_locked_counts, spinlock_irqsave, struct cf_counts);

int cf_fn(struct cf_locked_counts *l);
int cf_fn(struct cf_locked_counts *l)
{
	int n;

	{
		kc_locked(cf_locked_counts, l, c);

		n = c->reads;
	}
#ifdef KC_CF_BAD
	n += c->reads;
#endif
	return n;
}
