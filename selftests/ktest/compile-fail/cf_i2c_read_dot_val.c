// SPDX-License-Identifier: GPL-2.0
/* expect: has no member named .val. */
/* An SMBus read's value taken past its error. */
#include "cf_common.h"
#include <abstractions/i2c.h>

int cf_fn(struct kc_i2c_client *c);
int cf_fn(struct kc_i2c_client *c)
{
	u8 v;

#ifdef KC_CF_BAD
	v = kc_i2c_smbus_read_byte_data(c, 0x01).val;
#else
	kc_try_val(v, kc_i2c_smbus_read_byte_data(c, 0x01));
#endif
	return v;
}
