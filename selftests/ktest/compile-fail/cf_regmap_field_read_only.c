// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regmap_field_write\(\): the field is KC_RO */
/* A write to a field declared read only. */
#include "cf_common.h"
#include <abstractions/regmap.h>

KC_REGMAP_FIELD(cf_id, 0x01, 7, 0, KC_RO);
KC_REGMAP_FIELD(cf_mode, 0x02, 1, 0, KC_RW);

int cf_fn(struct kc_regmap *map);
int cf_fn(struct kc_regmap *map)
{
#ifdef KC_CF_BAD
	return kc_regmap_field_write(map, &cf_id, 0);
#else
	return kc_regmap_field_write(map, &cf_mode, 0);
#endif
}
