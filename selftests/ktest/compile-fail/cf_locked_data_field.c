// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_locked_data. */
/* Locked data reached without its lock: the field has no usable name. */
#include "cf_common.h"
#include <core/locked.h>

struct cf_counts {
	int reads;
};

KC_DEFINE_LOCKED(cf_locked_counts, spinlock, struct cf_counts);

void cf_fn(struct cf_locked_counts *l);
void cf_fn(struct cf_locked_counts *l)
{
#ifdef KC_CF_BAD
	l->__kc_locked_data.reads++;
#else
	kc_locked(cf_locked_counts, l, c);

	c->reads++;
#endif
}
