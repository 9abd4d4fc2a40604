// SPDX-License-Identifier: GPL-2.0
/* expect: kc_locked\(cf_locked_counts\): taken again where the block holds it */
/*
 * A locked object's lock taken again in a block nested in the one that
 * holds it: a spinlock spins on itself for ever, a mutex sleeps for ever.
 * The good twin takes it again after the first block has ended.
 */
#include "cf_common.h"
#include <core/locked.h>

struct cf_counts {
	int reads;
};

KC_DEFINE_LOCKED(cf_locked_counts, mutex, struct cf_counts);

int cf_fn(struct cf_locked_counts *l);
int cf_fn(struct cf_locked_counts *l)
{
	int n;

	{
		kc_locked(cf_locked_counts, l, c);

		n = c->reads;
#ifdef KC_CF_BAD
		{
			kc_locked(cf_locked_counts, l, again);

			again->reads = n + 1;
		}
#endif
	}
	{
		kc_locked(cf_locked_counts, l, c);

		c->reads = n + 1;
	}
	return n;
}
