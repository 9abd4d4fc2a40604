// SPDX-License-Identifier: GPL-2.0
/* expect: kc_i2c_write_then_read\(\): the length is larger than the buffer */
/* The read length taken from the chip's register count, not the buffer. */
#include "cf_common.h"
#include <abstractions/i2c.h>

#define CF_NREGS	16

int cf_fn(struct kc_i2c_client *client);
__kc_might_sleep int cf_fn(struct kc_i2c_client *client)
{
	u8 reg = 0;
	u8 regs[8];

#ifdef KC_CF_BAD
	kc_try(kc_i2c_write_then_read(client, &reg, 1, regs, CF_NREGS));
#else
	kc_try(kc_i2c_write_then_read(client, &reg, 1, regs, sizeof(regs)));
#endif
	return regs[7];
}
