// SPDX-License-Identifier: GPL-2.0
/* expect: implicit declaration of function .__kc_i2c_raw. */
/* No converter to the raw struct i2c_client but the kc_unsafe_ escape hatch. */
#include "cf_common.h"
#include <abstractions/i2c.h>

int cf_fn(struct kc_i2c_client *h);
int cf_fn(struct kc_i2c_client *h)
{
#ifdef KC_CF_BAD
	return !!__kc_i2c_raw(h);
#else
	return kc_i2c_addr(h);
#endif
}
