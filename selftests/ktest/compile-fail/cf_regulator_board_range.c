// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regulator_register\(\): the board's min_uV is above its max_uV */
/* Board constraints with min_uV and max_uV swapped. */
#include "cf_common.h"
#include <abstractions/regulator.h>

struct cf_state {
	int v;
};
KC_DEVICE_STATE(struct cf_state);

KC_REGULATOR_DESC(cf_desc) = {
	.name		= "cf",
	.type		= KC_REGULATOR_VOLTAGE,
	.owner		= THIS_MODULE,
};

KC_REGULATOR_BOARD(cf_board) = {
	.constraints = {
#ifdef KC_CF_BAD
		.min_uV		= 1800000,
		.max_uV		= 1200000,
#else
		.min_uV		= 1200000,
		.max_uV		= 1800000,
#endif
		.valid_ops_mask	= KC_REGULATOR_CHANGE_VOLTAGE,
	},
};

int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st);
int cf_fn(struct kc_device *dev, struct kc_regmap *map, struct cf_state *st)
{
	return kc_result_err(kc_regulator_register(dev, &cf_desc, map, st, &cf_board));
}
