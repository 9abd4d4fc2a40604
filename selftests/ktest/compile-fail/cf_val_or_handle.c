// SPDX-License-Identifier: GPL-2.0
/* expect: kc_val_or\(\): a handle has no default: unwrap it */
/*
 * A constructor's error turned into a NULL map by a default: the first
 * register access dereferences it. The twin unwraps the result.
 */
#include "cf_common.h"
#include "cf_regmap.h"

__kc_might_sleep int cf_fn(struct kc_i2c_client *client)
{
#ifdef KC_CF_BAD
	struct kc_regmap *map = kc_val_or(kc_regmap_init_i2c(client, &cf_config), NULL);
#else
	struct kc_regmap *map = NULL;

	kc_try_val(map, kc_regmap_init_i2c(client, &cf_config));
#endif
	return kc_regmap_write(map, 0x10, 1);
}
