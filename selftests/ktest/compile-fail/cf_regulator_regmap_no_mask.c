// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regulator_register\(\): regmap (enable|disable|is_enabled) without enable_mask */
/* Regmap enable ops on a description without enable_reg/enable_mask. */
#include "cf_common.h"
#include <abstractions/regulator.h>

struct cf_state {
	int v;
};
KC_DEVICE_STATE(struct cf_state);

KC_REGULATOR_OPS(cf_ops) = {
	KC_REGULATOR_REGMAP_CB(enable),
	KC_REGULATOR_REGMAP_CB(disable),
	KC_REGULATOR_REGMAP_CB(is_enabled),
};

KC_REGULATOR_DESC(cf_desc) = {
	.name		= "cf",
	.type		= KC_REGULATOR_VOLTAGE,
	.owner		= THIS_MODULE,
	.ops		= &cf_ops,
	.n_voltages	= 1,
	.fixed_uV	= 3300000,
#ifndef KC_CF_BAD
	.enable_reg	= 0x12,
	.enable_mask	= BIT(7),
#endif
};

int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st);
int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st)
{
	return kc_result_err(kc_regulator_register(dev, &cf_desc, map, st, NULL));
}
