// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_mac\.xmit: it must be enum kc_netdev_tx cf_xmit ?\(struct cf_board \*o */
/*
 * An xmit written as the kernel's ndo_start_xmit: it gets the raw sk_buff,
 * which it could leak, free twice or keep after the call.
 */
#include "cf_common.h"
#include <abstractions/netdev.h>

struct cf_board {
	struct kc_mdio_bus *bus;
};

#ifdef KC_CF_BAD
static netdev_tx_t cf_xmit(struct sk_buff *skb, struct net_device *dev)
{
	return NETDEV_TX_OK;
}
#else
static enum kc_netdev_tx cf_xmit(struct cf_board *b, struct kc_netdev *nd,
				 struct kc_netdev_frame *frame)
{
	return KC_NETDEV_TX_DROPPED;
}
#endif

KC_DEFINE_NETDEV(cf_mac, struct cf_board, (xmit, cf_xmit));

int cf_fn(struct cf_board *b, struct kc_device *dev);
int cf_fn(struct cf_board *b, struct kc_device *dev)
{
	struct kc_netdev_phy phy = { .bus = b->bus, .interface = PHY_INTERFACE_MODE_MII };

	return kc_result_err(cf_mac_create_devm(b, dev, "cf0", phy));
}
