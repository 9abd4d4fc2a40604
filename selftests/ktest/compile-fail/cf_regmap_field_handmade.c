// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_field_access. */
/* A read-only field copied and its access flipped to write it anyway. */
#include "cf_common.h"
#include <abstractions/regmap.h>

KC_REGMAP_FIELD(cf_chip_id, 0x00, 7, 0, KC_RO);
KC_REGMAP_FIELD(cf_test_mode, 0x0f, 7, 0, KC_RW);

int cf_fn(struct kc_regmap *map, u32 v);
__kc_might_sleep int cf_fn(struct kc_regmap *map, u32 v)
{
#ifdef KC_CF_BAD
	struct kc_regmap_field f = cf_chip_id;

	f.__kc_field_access = KC_RW;	/* "unlock" it for the factory test */
	return kc_regmap_field_write(map, &f, v);
#else
	return kc_regmap_field_write(map, &cf_test_mode, v);
#endif
}
