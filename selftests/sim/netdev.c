// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: the net_device "kcsimID" (abstractions/netdev.h), attached
 * to the simulated PHY through phylib in polling mode, so that carrier,
 * ethtool (ioctl and netlink) and rtnetlink follow the register model.
 *
 * The abstraction connects the PHY when the interface opens, or when it is
 * created (new_device's "on-create"), starts it on open and stops it on
 * close, disconnecting it then if it was connected on open. Frames sent are dropped
 * and counted (tx_dropped); nothing is ever received.
 */
#include <linux/kernel.h>
#include <linux/phy.h>

#include "kc_phy_sim.h"
#include <abstractions/netdev.h>
#include <abstractions/platform.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>

static __kc_atomic_context enum kc_netdev_tx kc_sim_xmit(struct kc_sim_dev *sd,
							 struct kc_netdev *nd,
							 struct kc_netdev_frame *frame)
{
	return KC_NETDEV_TX_DROPPED;
}

KC_DEFINE_NETDEV(kc_sim_mac, struct kc_sim_dev, (xmit, kc_sim_xmit));

/* Device-managed: unregistered and freed when the platform device unbinds. */
__kc_might_sleep int kc_sim_netdev_create(struct kc_sim_dev *sd)
{
	struct kc_netdev_phy phy = {
		.bus = sd->bus,
		.addr = sd->addr,
		.interface = PHY_INTERFACE_MODE_MII,
		.connect = sd->connect,
	};
	char name[IFNAMSIZ];

	snprintf(name, sizeof(name), "kcsim%u", sd->id);
	kc_try_val(sd->netdev, kc_sim_mac_create_devm(sd, kc_platform_device_dev(sd->pdev),
						      name, phy));
	return 0;
}
