// SPDX-License-Identifier: GPL-2.0
/* expect: kc_i2c_smbus_read_block\(\): the length is larger than the buffer */
/* A block read into a buffer smaller than the length. */
#include "cf_common.h"
#include <abstractions/i2c.h>

int cf_fn(struct kc_i2c_client *client);
int cf_fn(struct kc_i2c_client *client)
{
	u8 buf[4];

#ifdef KC_CF_BAD
	kc_try(kc_i2c_smbus_read_block(client, 0x10, buf, 8));
#else
	kc_try(kc_i2c_smbus_read_block(client, 0x10, buf, sizeof(buf)));
#endif
	return buf[0];
}
