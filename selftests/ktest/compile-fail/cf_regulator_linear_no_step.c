// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regulator_register\(\): linear list_voltage without uV_step */
/* Linear voltage ops on a description without uV_step: all list min_uV. */
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
	.n_voltages	= 128,
#ifndef KC_CF_BAD
	.uV_step	= 6250,
#endif
	.vsel_reg	= 0x10,
	.vsel_mask	= 0x7f,
};

int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st);
int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st)
{
	return kc_result_err(kc_regulator_register(dev, &cf_desc, map, st, NULL));
}
