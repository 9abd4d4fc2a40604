// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A regmap field written by hand, its members given in order: read-write,
 * and a mask that disagrees with its lsb, past KC_REGMAP_FIELD()'s checks.
 */
#include "cf_common.h"
#include <abstractions/regmap.h>

KC_REGMAP_FIELD(cf_test_mode, 0x0f, 7, 4, KC_RW);

#ifdef KC_CF_BAD
static const struct kc_regmap_field cf_chip_id = { "chip_id", 0x00, 0xff, 4, KC_RW };
#endif

int cf_fn(struct kc_regmap *map, u32 v);
__kc_might_sleep int cf_fn(struct kc_regmap *map, u32 v)
{
#ifdef KC_CF_BAD
	return kc_regmap_field_write(map, &cf_chip_id, v);
#else
	return kc_regmap_field_write(map, &cf_test_mode, v);
#endif
}
