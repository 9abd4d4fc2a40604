// SPDX-License-Identifier: GPL-2.0
/* expect: cf_mode: a field needs 31 >= msb >= lsb */
/* A field declared with its bits the wrong way round. */
#include "cf_common.h"
#include <abstractions/regmap.h>

#ifdef KC_CF_BAD
KC_REGMAP_FIELD(cf_mode, 0x02, 0, 1, KC_RW);
#else
KC_REGMAP_FIELD(cf_mode, 0x02, 1, 0, KC_RW);
#endif

int cf_fn(struct kc_regmap *map);
int cf_fn(struct kc_regmap *map)
{
	return kc_regmap_field_write(map, &cf_mode, 1);
}
