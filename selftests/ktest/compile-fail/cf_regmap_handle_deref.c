// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_regmap. */
/* The regmap handle is opaque: the kernel struct behind it has no field to reach. */
#include "cf_common.h"
#include <abstractions/regmap.h>

int cf_fn(struct kc_regmap *h);
int cf_fn(struct kc_regmap *h)
{
#ifdef KC_CF_BAD
	return sizeof(*h);
#else
	return kc_regmap_write(h, 1, 2);
#endif
}
