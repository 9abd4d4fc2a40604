// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_mac\.open: it must be int cf_open ?\(struct cf_board \*o, struct */
/*
 * A callback written for another owner type than the interface's: it
 * would read the wrong object.
 */
#include "cf_common.h"
#include <abstractions/netdev.h>

struct cf_board {
	struct kc_mdio_bus *bus;
	bool up;
};

struct cf_other {
	long w;
};

#ifdef KC_CF_BAD
static int cf_open(struct cf_other *o, struct kc_netdev *nd)
{
	o->w = 1;
	return 0;
}
#else
static int cf_open(struct cf_board *b, struct kc_netdev *nd)
{
	b->up = true;
	return 0;
}
#endif

KC_DEFINE_NETDEV(cf_mac, struct cf_board, (open, cf_open));

int cf_fn(struct cf_board *b, struct kc_device *dev);
int cf_fn(struct cf_board *b, struct kc_device *dev)
{
	struct kc_netdev_phy phy = { .bus = b->bus, .interface = PHY_INTERFACE_MODE_MII };

	return kc_result_err(cf_mac_create_devm(b, dev, "cf0", phy));
}
