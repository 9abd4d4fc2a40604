// SPDX-License-Identifier: GPL-2.0
/* expect: kc_i2c_smbus_read_block\(\): the length is 1 to 32 */
/* An SMBus block longer than the protocol allows, as a constant. */
#include "cf_common.h"
#include <abstractions/i2c.h>

int cf_fn(struct kc_i2c_client *client, u8 *buf, size_t len);
int cf_fn(struct kc_i2c_client *client, u8 *buf, size_t len)
{
#ifdef KC_CF_BAD
	return kc_i2c_smbus_read_block(client, 0x10, buf, 33);
#else
	kc_try(kc_i2c_smbus_read_block(client, 0x10, buf, 32));
	return kc_i2c_smbus_read_block(client, 0x10, buf, len);
#endif
}
