// SPDX-License-Identifier: GPL-2.0
/* expect: unknown type name .__kc_locked_type_rwlock. */
/*
 * Locked data with a guard kcrate has no locked form of: refused where
 * the type is declared, not at run time.
 */
#include "cf_common.h"
#include <core/locked.h>

struct cf_counts {
	int reads;
};

#ifdef KC_CF_BAD
KC_DEFINE_LOCKED(cf_locked_counts, rwlock, struct cf_counts);
#else
KC_DEFINE_LOCKED(cf_locked_counts, spinlock_bh, struct cf_counts);
#endif

void cf_fn(struct cf_locked_counts *l);
void cf_fn(struct cf_locked_counts *l)
{
	cf_locked_counts_init(l);
}
