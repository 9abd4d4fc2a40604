// SPDX-License-Identifier: GPL-2.0
/* expect: implicit declaration of function .__kc_regmap_raw. */
/* No converter to the raw struct regmap but the kc_unsafe_ escape hatch. */
#include "cf_common.h"
#include <abstractions/regmap.h>

int cf_fn(struct kc_regmap *h);
int cf_fn(struct kc_regmap *h)
{
#ifdef KC_CF_BAD
	return !!__kc_regmap_raw(h);
#else
	return kc_regmap_write(h, 1, 2);
#endif
}
