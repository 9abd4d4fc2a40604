// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regmap_field_write\(\): the value is wider than the field */
/* A constant that does not fit its 2-bit field. */
#include "cf_common.h"
#include <abstractions/regmap.h>

KC_REGMAP_FIELD(cf_mode, 0x02, 1, 0, KC_RW);

int cf_fn(struct kc_regmap *map, u32 mode);
int cf_fn(struct kc_regmap *map, u32 mode)
{
#ifdef KC_CF_BAD
	return kc_regmap_field_write(map, &cf_mode, 4);
#else
	kc_try(kc_regmap_field_write(map, &cf_mode, 3));
	return kc_regmap_field_write(map, &cf_mode, mode);
#endif
}
