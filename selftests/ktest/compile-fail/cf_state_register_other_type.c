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

int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *s, struct cf_other *o);
int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *s, struct cf_other *o)
{
#ifdef KC_CF_BAD
	return kc_result_err(kc_regulator_register(dev, &cf_desc, map, o, NULL));
#else
	return kc_result_err(kc_regulator_register(dev, &cf_desc, map, s, NULL));
#endif
}
