// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A regulator registered with a state of another type than the file's. */
#include "cf_common.h"
#include <abstractions/regulator.h>

struct cf_state {
	int v;
};

struct cf_other {
	long w;
};

KC_DEVICE_STATE(struct cf_state);

KC_REGULATOR_DESC(cf_desc) = {
	.name = "cf",
};

struct kc_regulator *cf_fn(struct kc_device *dev, struct kc_regmap *map,
			   struct cf_state *mine, struct cf_other *other);
struct kc_regulator *cf_fn(struct kc_device *dev, struct kc_regmap *map,
			   struct cf_state *mine, struct cf_other *other)
{
#ifdef KC_CF_BAD
	return kc_regulator_register(dev, &cf_desc, map, other, NULL);
#else
	return kc_regulator_register(dev, &cf_desc, map, mine, NULL);
#endif
}
