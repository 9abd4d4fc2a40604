// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regulator_register\(\): n_voltages is more than vsel_mask selects */
/* 256 selectors in a 7-bit vsel_mask: 128 to 255 would be written truncated. */
#include "cf_common.h"
#include <abstractions/regulator.h>

struct cf_state {
	int v;
};
KC_DEVICE_STATE(struct cf_state);

KC_REGULATOR_OPS(cf_ops) = {
	KC_REGULATOR_LINEAR_CB(list_voltage),
	KC_REGULATOR_LINEAR_CB(map_voltage),
	KC_REGULATOR_REGMAP_CB(set_voltage_sel),
	KC_REGULATOR_REGMAP_CB(get_voltage_sel),
};

KC_REGULATOR_DESC(cf_desc) = {
	.name		= "cf",
	.type		= KC_REGULATOR_VOLTAGE,
	.owner		= THIS_MODULE,
	.ops		= &cf_ops,
	.min_uV		= 600000,
	.uV_step	= 6250,
#ifdef KC_CF_BAD
	.n_voltages	= 256,
#else
	.n_voltages	= 128,
#endif
	.vsel_reg	= 0x10,
	.vsel_mask	= 0x7f,
};

int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st);
int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st)
{
	return kc_result_err(kc_regulator_register(dev, &cf_desc, map, st, NULL));
}
