// SPDX-License-Identifier: GPL-2.0
/* expect: ignoring return value of .kc_regmap_write */
/* A register write over the bus whose failure is ignored. */
#include "cf_common.h"
#include <abstractions/regmap.h>

int cf_fn(struct kc_regmap *map);
int cf_fn(struct kc_regmap *map)
{
#ifdef KC_CF_BAD
	kc_regmap_write(map, 0x10, 1);
	return 0;
#else
	return kc_regmap_write(map, 0x10, 1);
#endif
}
