// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regmap_bulk_read\(\): the count is larger than the buffer */
/* A bulk read of more registers than its buffer holds (12 into 6 bytes). */
#include "cf_common.h"
#include <abstractions/regmap.h>

int cf_fn(struct kc_regmap *map, size_t n);
__kc_might_sleep int cf_fn(struct kc_regmap *map, size_t n)
{
	u8 calib[6];

#ifdef KC_CF_BAD
	kc_try(kc_regmap_bulk_read(map, 0x88, calib, 12));
#else
	kc_try(kc_regmap_bulk_read(map, 0x88, calib, sizeof(calib)));
	kc_try(kc_regmap_bulk_write(map, 0x88, calib, sizeof(calib)));
	kc_try(kc_regmap_bulk_read(map, 0x88, calib, n));
#endif
	return calib[0];
}
