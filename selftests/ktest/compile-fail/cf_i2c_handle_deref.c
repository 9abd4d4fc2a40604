// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_i2c_client. */
/* The i2c handle is opaque: the kernel struct behind it has no field to reach. */
#include "cf_common.h"
#include <abstractions/i2c.h>

int cf_fn(struct kc_i2c_client *h);
int cf_fn(struct kc_i2c_client *h)
{
#ifdef KC_CF_BAD
	return h->addr;
#else
	return kc_i2c_addr(h);
#endif
}
