// SPDX-License-Identifier: GPL-2.0
/*
 * A regmap field write under spinlock_bh; the good twin writes outside
 * it.
 */
/* expect: in atomic context: kc_regmap_field_write\(\) \(held: spinlock kc_guard\(spinlock_bh\) */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
KC_REGMAP_FIELD(ctx_mode, 0x10, 3, 0, KC_RW);

__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_regmap *map)
{
	kc_guard(spinlock_bh)(&d->lock);

	return kc_regmap_field_write(map, &ctx_mode, 1);
}
#else
KC_REGMAP_FIELD(ctx_mode, 0x10, 3, 0, KC_RW);

__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_regmap *map)
{
	{
		kc_guard(spinlock_bh)(&d->lock);

		d->count++;
	}
	return kc_regmap_field_write(map, &ctx_mode, 1);
}
#endif
