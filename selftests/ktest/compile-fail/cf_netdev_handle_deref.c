// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_netdev. */
/*
 * The interface handle is opaque: the net_device behind it has no field
 * to reach (its operations, its private area, its PHY).
 */
#include "cf_common.h"
#include <abstractions/netdev.h>

const char *cf_fn(struct kc_netdev *nd);
const char *cf_fn(struct kc_netdev *nd)
{
#ifdef KC_CF_BAD
	return nd->name;
#else
	return kc_netdev_name(nd);
#endif
}
