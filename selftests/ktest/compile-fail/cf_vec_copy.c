// SPDX-License-Identifier: GPL-2.0
/* expect: assignment of read-only */
/*
 * A vector copied by assignment: both copies own one buffer, freed twice
 * (or used after the other's push moved it).
 */
#include "cf_common.h"

struct cf_dev {
	struct kc_vec_u32 samples;
	struct kc_vec_u32 snapshot;
};

int cf_fn(struct cf_dev *d);
int cf_fn(struct cf_dev *d)
{
	kc_try(kc_vec_u32_push(&d->samples, 1, GFP_KERNEL));
#ifdef KC_CF_BAD
	d->snapshot = d->samples;
#else
	kc_vec_u32_move(&d->snapshot, &d->samples);
#endif
	return kc_vec_len(&d->snapshot);
}
