// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible pointer type */
/*
 * An interface created on an owner of another type than its callbacks
 * take: they would read the wrong object.
 */
#include "cf_common.h"
#include <abstractions/netdev.h>

struct cf_board {
	struct kc_mdio_bus *bus;
	bool up;
};

struct cf_other {
	struct kc_mdio_bus *bus;
	long w;
};

static int cf_open(struct cf_board *b, struct kc_netdev *nd)
{
	b->up = true;
	return 0;
}

KC_DEFINE_NETDEV(cf_mac, struct cf_board, (open, cf_open));

int cf_fn(struct cf_board *b, struct cf_other *o, struct kc_device *dev);
int cf_fn(struct cf_board *b, struct cf_other *o, struct kc_device *dev)
{
	struct kc_netdev_phy phy = { .bus = b->bus, .interface = PHY_INTERFACE_MODE_MII };

#ifdef KC_CF_BAD
	return kc_result_err(cf_mac_create_devm(o, dev, "cf0", phy));
#else
	return kc_result_err(cf_mac_create_devm(b, dev, "cf0", phy));
#endif
}
