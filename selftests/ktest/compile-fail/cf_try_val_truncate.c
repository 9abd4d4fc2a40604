// SPDX-License-Identifier: GPL-2.0
/* expect: kc_unwrap\(\).*narrower */
/*
 * kc_try_val() of a u32 result into a u8 variable: the value is truncated
 * silently.
 */
#include "cf_common.h"
#include <abstractions/regmap.h>

int cf_fn(struct kc_regmap *map, u32 *out);
__kc_might_sleep int cf_fn(struct kc_regmap *map, u32 *out)
{
#ifdef KC_CF_BAD
	u8 v;
#else
	u32 v;
#endif

	kc_try_val(v, kc_regmap_read(map, 0x10));
	*out = v;
	return 0;
}
