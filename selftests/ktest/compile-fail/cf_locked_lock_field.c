// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_locked_lock. */
/*
 * The lock of locked data taken by hand (and so, perhaps, not released, or
 * with the data then reached some other way): only kc_locked() takes it.
 */
#include "cf_common.h"
#include <core/locked.h>

struct cf_counts {
	int reads;
};

KC_DEFINE_LOCKED(cf_locked_counts, mutex, struct cf_counts);

void cf_fn(struct cf_locked_counts *l);
void cf_fn(struct cf_locked_counts *l)
{
#ifdef KC_CF_BAD
	mutex_lock(&l->__kc_locked_lock);
#else
	kc_locked(cf_locked_counts, l, c);

	c->reads = 0;
#endif
}
