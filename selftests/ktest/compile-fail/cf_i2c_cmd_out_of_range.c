// SPDX-License-Identifier: GPL-2.0
/* expect: kc_i2c_smbus_write_byte_data\(\): cmd is 0 to 255 */
/* An SMBus command computed past 0xff (a base plus a channel), not wrapped. */
#include "cf_common.h"
#include <abstractions/i2c.h>

#define CF_REG_CH_BASE	0xf0

int cf_fn(struct kc_i2c_client *client, unsigned int ch);
__kc_might_sleep int cf_fn(struct kc_i2c_client *client, unsigned int ch)
{
#ifdef KC_CF_BAD
	const unsigned int last = 16;	/* one past the last channel */
#else
	const unsigned int last = 15;
#endif

	kc_try(kc_i2c_smbus_write_byte_data(client, CF_REG_CH_BASE + last, 0x01));
	/* A variable one: -EINVAL at run time past 0xff. */
	return kc_i2c_smbus_write_byte_data(client, CF_REG_CH_BASE + ch, 0x01);
}
