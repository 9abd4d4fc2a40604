// SPDX-License-Identifier: GPL-2.0
/* expect: KC_REGMAP_FIELD_ENUM\(\): CF_ILIM_5A is wider than the field */
/* KC_REGMAP_FIELD_ENUM() listing a value its 2-bit field cannot hold. */
#include "cf_common.h"
#include <abstractions/regmap.h>

enum cf_ilim {
	CF_ILIM_1A,
	CF_ILIM_2A,
	CF_ILIM_3A,
	CF_ILIM_4A,
	CF_ILIM_5A,
};

#ifdef KC_CF_BAD
KC_REGMAP_FIELD_ENUM(cf_ilim, 0x07, 1, 0, KC_RW,
		     KC_REGMAP_VALUE(CF_ILIM_1A), KC_REGMAP_VALUE(CF_ILIM_2A),
		     KC_REGMAP_VALUE(CF_ILIM_3A), KC_REGMAP_VALUE(CF_ILIM_4A),
		     KC_REGMAP_VALUE(CF_ILIM_5A));
#else
KC_REGMAP_FIELD_ENUM(cf_ilim, 0x07, 2, 0, KC_RW,
		     KC_REGMAP_VALUE(CF_ILIM_1A), KC_REGMAP_VALUE(CF_ILIM_2A),
		     KC_REGMAP_VALUE(CF_ILIM_3A), KC_REGMAP_VALUE(CF_ILIM_4A),
		     KC_REGMAP_VALUE(CF_ILIM_5A));
#endif

int cf_fn(struct kc_regmap *map);
__kc_might_sleep int cf_fn(struct kc_regmap *map)
{
	return kc_regmap_field_write_named(map, &cf_ilim, "CF_ILIM_5A");
}
