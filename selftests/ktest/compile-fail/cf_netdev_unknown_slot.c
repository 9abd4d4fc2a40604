// SPDX-License-Identifier: GPL-2.0
/* expect: unknown type name .__kc_netdev_ops_set_rx_mode_SIG. */
/*
 * A slot the abstraction does not offer: refused, rather than the
 * callback silently never called.
 */
#include "cf_common.h"
#include <abstractions/netdev.h>

struct cf_board {
	struct kc_mdio_bus *bus;
	bool up;
};

static int cf_open(struct cf_board *b, struct kc_netdev *nd)
{
	b->up = true;
	return 0;
}

#ifdef KC_CF_BAD
KC_DEFINE_NETDEV(cf_mac, struct cf_board, (set_rx_mode, cf_open));
#else
KC_DEFINE_NETDEV(cf_mac, struct cf_board, (open, cf_open));
#endif

int cf_fn(struct cf_board *b, struct kc_device *dev);
int cf_fn(struct cf_board *b, struct kc_device *dev)
{
	struct kc_netdev_phy phy = { .bus = b->bus, .interface = PHY_INTERFACE_MODE_MII };

	return kc_result_err(cf_mac_create_devm(b, dev, "cf0", phy));
}
