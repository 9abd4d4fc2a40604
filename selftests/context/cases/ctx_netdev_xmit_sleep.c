// SPDX-License-Identifier: GPL-2.0
/*
 * A network device's xmit that sleeps (waiting for a slow bus): xmit runs
 * with bottom halves disabled, so it is refused there; the same wait in
 * open, which runs in process context, is accepted.
 */
/* expect: may sleep in atomic context: ctx_mac_xmit\(\) \(held: atomic\) */
#include "ctx_common.h"
#include <abstractions/netdev.h>

struct ctx_mac {
	struct kc_mdio_bus *bus;
	bool ready;
};

static __kc_might_sleep void ctx_mac_wait(struct ctx_mac *m)
{
	usleep_range(10, 20);
	m->ready = true;
}

static __kc_might_sleep int ctx_mac_open(struct ctx_mac *m, struct kc_netdev *nd)
{
	ctx_mac_wait(m);
	return 0;
}

#ifdef KC_CTX_BAD
static __kc_might_sleep enum kc_netdev_tx ctx_mac_xmit(struct ctx_mac *m, struct kc_netdev *nd,
						       struct kc_netdev_frame *frame)
{
	ctx_mac_wait(m);
	return KC_NETDEV_TX_SENT;
}
#else
static enum kc_netdev_tx ctx_mac_xmit(struct ctx_mac *m, struct kc_netdev *nd,
				      struct kc_netdev_frame *frame)
{
	return READ_ONCE(m->ready) ? KC_NETDEV_TX_SENT : KC_NETDEV_TX_DROPPED;
}
#endif

KC_DEFINE_NETDEV(ctx_mac_nd, struct ctx_mac, (open, ctx_mac_open), (xmit, ctx_mac_xmit));

__kc_might_sleep struct kc_result_netdev ctx_case(struct ctx_mac *m, struct kc_device *dev)
{
	struct kc_netdev_phy phy = { .bus = m->bus, .interface = PHY_INTERFACE_MODE_MII };

	return ctx_mac_nd_create_devm(m, dev, "ctx0", phy);
}
