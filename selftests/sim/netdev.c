// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: the net_device "kcsimID", attached to the simulated PHY
 * through phylib in polling mode, so that carrier, ethtool (ioctl and
 * netlink) and rtnetlink follow the register model.
 *
 * Open connects and starts the PHY; stop stops and disconnects it. Frames
 * sent are dropped and counted (tx_dropped); nothing is ever received.
 */
#include <linux/atomic.h>
#include <linux/etherdevice.h>
#include <linux/ethtool.h>
#include <linux/netdevice.h>
#include <linux/phy.h>
#include <linux/skbuff.h>

#include "kc_phy_sim.h"
#include <abstractions/mdio.h>
#include <abstractions/platform.h>
#include <core/context.h>
#include <core/device.h>

struct kc_sim_netdev {
	struct kc_sim_dev *sd;
	atomic64_t tx_dropped;
};

static void kc_sim_adjust_link(struct net_device *dev)
{
	phy_print_status(dev->phydev);
}

static __kc_might_sleep int kc_sim_open(struct net_device *dev)
{
	struct kc_sim_netdev *priv = netdev_priv(dev);
	struct kc_sim_dev *sd = priv->sd;
	struct phy_device *phydev;
	int ret;

	phydev = kc_unsafe_mdio_bus_phydev(sd->bus, sd->addr);
	if (!phydev)
		return -ENODEV;

	ret = phy_connect_direct(dev, phydev, kc_sim_adjust_link,
				 PHY_INTERFACE_MODE_MII);
	if (ret) {
		netdev_err(dev, "phy_connect_direct failed: %d\n", ret);
		return ret;
	}
	phy_attached_info(phydev);
	phy_start(phydev);
	return 0;
}

static __kc_might_sleep int kc_sim_stop(struct net_device *dev)
{
	if (dev->phydev) {
		phy_stop(dev->phydev);
		phy_disconnect(dev->phydev);
	}
	return 0;
}

static __kc_atomic_context netdev_tx_t kc_sim_start_xmit(struct sk_buff *skb,
							 struct net_device *dev)
{
	struct kc_sim_netdev *priv = netdev_priv(dev);

	atomic64_inc(&priv->tx_dropped);
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

static void kc_sim_get_stats64(struct net_device *dev,
			       struct rtnl_link_stats64 *stats)
{
	struct kc_sim_netdev *priv = netdev_priv(dev);

	stats->tx_dropped = atomic64_read(&priv->tx_dropped);
}

static const struct net_device_ops kc_sim_netdev_ops = {
	.ndo_open		= kc_sim_open,
	.ndo_stop		= kc_sim_stop,
	.ndo_start_xmit		= kc_sim_start_xmit,
	.ndo_get_stats64	= kc_sim_get_stats64,
	.ndo_set_mac_address	= eth_mac_addr,
	.ndo_validate_addr	= eth_validate_addr,
};

static void kc_sim_get_drvinfo(struct net_device *dev,
			       struct ethtool_drvinfo *info)
{
	struct kc_sim_netdev *priv = netdev_priv(dev);

	strscpy(info->driver, KC_SIM_NAME, sizeof(info->driver));
	strscpy(info->bus_info, kc_platform_device_name(priv->sd->pdev),
		sizeof(info->bus_info));
}

static const struct ethtool_ops kc_sim_ethtool_ops = {
	.get_drvinfo		= kc_sim_get_drvinfo,
	.get_link		= ethtool_op_get_link,
	.get_link_ksettings	= phy_ethtool_get_link_ksettings,
	.set_link_ksettings	= phy_ethtool_set_link_ksettings,
	.nway_reset		= phy_ethtool_nway_reset,
};

/* Closes the interface first if it is up: phy_stop + phy_disconnect. */
static __kc_might_sleep void kc_sim_netdev_release(struct net_device *netdev)
{
	unregister_netdev(netdev);
	free_netdev(netdev);
}

KC_DEFINE_DEVM_ACTION(kc_sim_netdev_devm, struct net_device, kc_sim_netdev_release);

/* Device-managed: unregistered and freed when the platform device unbinds. */
__kc_might_sleep int kc_sim_netdev_create(struct kc_sim_dev *sd)
{
	struct kc_device *parent = kc_platform_device_dev(sd->pdev);
	struct kc_sim_netdev *priv;
	struct net_device *dev;
	char name[IFNAMSIZ];
	int ret;

	snprintf(name, sizeof(name), "kcsim%u", sd->id);
	dev = alloc_netdev(sizeof(*priv), name, NET_NAME_USER, ether_setup);
	if (!dev)
		return -ENOMEM;

	priv = netdev_priv(dev);
	priv->sd = sd;
	atomic64_set(&priv->tx_dropped, 0);
	dev->netdev_ops = &kc_sim_netdev_ops;
	dev->ethtool_ops = &kc_sim_ethtool_ops;
	eth_hw_addr_random(dev);
	/* phylib needs a parent bound to a driver (phy_attach_direct). */
	SET_NETDEV_DEV(dev, kc_unsafe_raw_device(parent));
	/* No carrier until phylib reports a link. */
	netif_carrier_off(dev);

	ret = register_netdev(dev);
	if (ret) {
		pr_err(KC_SIM_NAME ": %u: register_netdev(%s) failed: %d\n",
		       sd->id, name, ret);
		free_netdev(dev);
		return ret;
	}
	sd->netdev = dev;
	return kc_sim_netdev_devm_add(parent, dev);
}
