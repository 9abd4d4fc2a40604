/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The regmap constructor cases' common parts: an I2C map's configuration
 * and the function under test, which builds the map and writes through it.
 */
#ifndef KC_CF_REGMAP_H
#define KC_CF_REGMAP_H

#include <abstractions/regmap.h>

static const struct regmap_config cf_config = {
	.reg_bits = 8,
	.val_bits = 8,
};

int cf_fn(struct kc_i2c_client *client);

#endif
