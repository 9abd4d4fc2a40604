// SPDX-License-Identifier: GPL-2.0
/* expect: initializing type .struct kc_regmap \*. using type .struct kc_result_regmap. */
/*
 * A map stored before its constructor's error is checked: with an
 * ERR_PTR() for a handle, the first access would dereference the error.
 */
#include "cf_common.h"
#include "cf_regmap.h"

__kc_might_sleep int cf_fn(struct kc_i2c_client *client)
{
#ifdef KC_CF_BAD
	struct kc_regmap *map = kc_regmap_init_i2c(client, &cf_config);
#else
	struct kc_regmap *map = NULL;

	kc_try_val(map, kc_regmap_init_i2c(client, &cf_config));
#endif
	return kc_regmap_write(map, 0x10, 1);
}
