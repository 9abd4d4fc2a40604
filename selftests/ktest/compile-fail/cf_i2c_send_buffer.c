// SPDX-License-Identifier: GPL-2.0
/* expect: kc_i2c_(send|recv)\(\): the length is larger than the buffer */
/* A plain transfer longer than its buffer, the lengths as constants. */
#include "cf_common.h"
#include <abstractions/i2c.h>

int cf_fn(struct kc_i2c_client *client, size_t len);
__kc_might_sleep int cf_fn(struct kc_i2c_client *client, size_t len)
{
	u8 cmd[2] = { 0x10, 0x01 };
	u8 reply[4];

#ifdef KC_CF_BAD
	kc_try(kc_i2c_send(client, cmd, 3));
	kc_try(kc_i2c_recv(client, reply, 8));
#else
	kc_try(kc_i2c_send(client, cmd, sizeof(cmd)));
	kc_try(kc_i2c_recv(client, reply, sizeof(reply)));
	kc_try(kc_i2c_recv(client, reply, len));
#endif
	return reply[0];
}
