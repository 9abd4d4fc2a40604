// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_mac\.stop: it must be void cf_stop ?\(struct cf_board \*o, struct */
/*
 * A stop that returns an error: the interface goes down anyway (the
 * kernel ignores ndo_stop's value), so the error would be lost.
 */
#include "cf_common.h"
#include <abstractions/netdev.h>

struct cf_board {
	struct kc_mdio_bus *bus;
	bool up;
};

#ifdef KC_CF_BAD
static int cf_stop(struct cf_board *b, struct kc_netdev *nd)
{
	b->up = false;
	return -EIO;
}
#else
static void cf_stop(struct cf_board *b, struct kc_netdev *nd)
{
	b->up = false;
}
#endif

KC_DEFINE_NETDEV(cf_mac, struct cf_board, (stop, cf_stop));

int cf_fn(struct cf_board *b, struct kc_device *dev);
int cf_fn(struct cf_board *b, struct kc_device *dev)
{
	struct kc_netdev_phy phy = { .bus = b->bus, .interface = PHY_INTERFACE_MODE_MII };

	return kc_result_err(cf_mac_create_devm(b, dev, "cf0", phy));
}
