/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Network devices for kcrate: the MAC side of an Ethernet interface.
 */

/**
 * DOC: network devices
 *
 * A MAC driver in plain C allocates a ``struct net_device`` with room for
 * its private data, fills two operation tables whose callbacks get the
 * ``net_device`` and find their data with netdev_priv(), attaches a PHY
 * with phylib when the interface goes up and detaches it when it goes
 * down, and frees every ``sk_buff`` it is given to send, on every path.
 * Nothing ties the interface's unregistration to the driver's binding.
 *
 * KC_DEFINE_NETDEV() binds an interface to an owner type and to the
 * callbacks it implements, given as ``(slot, function)`` pairs; each
 * callback takes the owner, typed, and the interface's opaque handle
 * (``struct kc_netdev``). A callback of another type, or for a slot that
 * does not exist, does not compile; the message names the slot. A slot
 * left out stays NULL, and the abstraction does without it.
 *
 * The rest is the abstraction's, the same for every interface:
 *
 * - the PHY: the one at an address of a ``struct kc_mdio_bus``
 *   (abstractions/mdio.h), in a given interface mode, connected when the
 *   interface opens or for its whole life (&enum kc_netdev_phy_connect).
 *   Opening the interface connects it if it is not yet (-ENODEV when the
 *   bus has no PHY there), runs the owner's open and starts the PHY;
 *   closing it stops the PHY, runs the owner's stop and disconnects the
 *   PHY if it was connected on open. phylib reports the link and the
 *   carrier; the abstraction logs each change (phy_print_status()).
 * - transmission: the owner's xmit gets the frame lent for the call only
 *   (``struct kc_netdev_frame``: its length, and a copy of its bytes) and
 *   says whether it sent or dropped it; the abstraction frees the frame
 *   either way, so no path leaks it or uses it after. Without an xmit,
 *   every frame is dropped.
 * - the statistics: tx_packets, tx_bytes and tx_dropped, counted by the
 *   abstraction from xmit's verdicts;
 * - ethtool: drvinfo (the module's name, the parent device's name), the
 *   link state, and phylib's link settings and autonegotiation restart;
 * - the MAC address: random (locally administered), changeable by the
 *   user while the interface is down.
 *
 * Example::
 *
 *	struct board {
 *		struct kc_mdio_bus *bus;
 *		struct kc_netdev *nd;
 *		u8 phy_addr;
 *	};
 *
 *	static enum kc_netdev_tx board_xmit(struct board *b,
 *					    struct kc_netdev *nd,
 *					    struct kc_netdev_frame *frame)
 *	{
 *		return KC_NETDEV_TX_DROPPED;
 *	}
 *
 *	KC_DEFINE_NETDEV(board_mac, struct board, (xmit, board_xmit));
 *
 *	static __kc_might_sleep int board_add_mac(struct board *b,
 *						  struct kc_device *dev)
 *	{
 *		struct kc_netdev_phy phy = {
 *			.bus = b->bus,
 *			.addr = b->phy_addr,
 *			.interface = PHY_INTERFACE_MODE_MII,
 *		};
 *
 *		kc_try_val(b->nd, board_mac_create_devm(b, dev, "board0", phy));
 *		return 0;
 *	}
 *
 * Lifetime: the interface is device-managed, unregistered (closed first if
 * it is up) and freed when the parent device's driver unbinds, after its
 * remove and before the resources added earlier: the per-device state
 * (core/state.h), which may be the owner, and an MDIO bus registered on
 * the same device before it, which the PHY needs until the interface is
 * closed. An owner or a bus that dies before the unbind is not refused.
 *
 * Context: open and stop run in process context under the RTNL lock and
 * may sleep; xmit runs with bottom halves disabled and must not sleep (the
 * context checker judges the trampolines accordingly).
 */
#ifndef KC_ABSTRACTIONS_NETDEV_H
#define KC_ABSTRACTIONS_NETDEV_H

#include <linux/atomic.h>
#include <linux/build_bug.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/etherdevice.h>
#include <linux/ethtool.h>
#include <linux/netdevice.h>
#include <linux/phy.h>
#include <linux/skbuff.h>
#include <linux/stddef.h>
#include <linux/string.h>

#include <abstractions/mdio.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/handle.h>
#include <core/vtable.h>

/*
 * ``struct kc_netdev`` is the opaque handle to a registered interface; it
 * lives until the parent's driver unbinds. ``struct kc_netdev_frame`` is a
 * frame to send, lent to xmit for the call only.
 */
KC_DEFINE_HANDLE(kc_netdev, struct net_device, net_device);
/* struct kc_result_netdev - an interface or an error, from creation */
KC_DEFINE_RESULT(kc_result_netdev, struct kc_netdev *);
KC_DEFINE_HANDLE(kc_netdev_frame, struct sk_buff, sk_buff);

/**
 * enum kc_netdev_tx - what xmit did with a frame
 * @KC_NETDEV_TX_SENT: handed to the hardware (counted in tx_packets and
 *                     tx_bytes)
 * @KC_NETDEV_TX_DROPPED: not sent (counted in tx_dropped)
 */
enum kc_netdev_tx {
	KC_NETDEV_TX_SENT,
	KC_NETDEV_TX_DROPPED,
};

/**
 * enum kc_netdev_phy_connect - when an interface connects its PHY
 * @KC_NETDEV_PHY_ON_OPEN: when it opens, until it closes (phylib suspends
 *	the PHY as it detaches it, and resets it at the next attach)
 * @KC_NETDEV_PHY_ON_CREATE: when it is created, until it is released;
 *	closing it only stops the PHY (phylib suspends a halted PHY and
 *	resumes it at the next start, with no reset), as a MAC driver that
 *	connects in its probe does. A bus without a PHY at the address fails
 *	the creation with -ENODEV.
 */
enum kc_netdev_phy_connect {
	KC_NETDEV_PHY_ON_OPEN,
	KC_NETDEV_PHY_ON_CREATE,
};

/**
 * struct kc_netdev_phy - the PHY an interface connects to
 * @bus: the MDIO bus; it must stay registered until the interface is
 *       released (registered on the same parent device, before it)
 * @addr: the PHY's address on @bus, 0 to 31
 * @interface: the MAC-PHY interface mode, e.g. PHY_INTERFACE_MODE_MII
 * @connect: when (0, the default: KC_NETDEV_PHY_ON_OPEN)
 */
struct kc_netdev_phy {
	struct kc_mdio_bus *bus;
	u8 addr;
	phy_interface_t interface;
	enum kc_netdev_phy_connect connect;
};

/**
 * kc_netdev_name() - the interface's name, e.g. "eth0"
 * @nd: the interface
 *
 * Return: the current name (the user may rename the interface).
 */
static inline const char *kc_netdev_name(struct kc_netdev *nd)
{
	return netdev_name(kc_unsafe_raw_net_device(nd));
}

/**
 * kc_netdev_frame_len() - the length of a frame to send
 * @frame: the frame, lent to xmit
 *
 * Return: its length in bytes, from the destination address on.
 */
static inline unsigned int kc_netdev_frame_len(struct kc_netdev_frame *frame)
{
	return kc_unsafe_raw_sk_buff(frame)->len;
}

/**
 * kc_netdev_frame_copy() - copy bytes of a frame to send
 * @frame: the frame, lent to xmit
 * @offset: the first byte to copy
 * @buf: where to copy them
 * @len: how many
 *
 * Context: any; does not sleep.
 * Return: 0, or -EFAULT when @offset + @len is past the frame's end
 * (nothing is copied then).
 */
static inline __must_check int kc_netdev_frame_copy(struct kc_netdev_frame *frame,
						    unsigned int offset, void *buf,
						    unsigned int len)
{
	struct sk_buff *skb = kc_unsafe_raw_sk_buff(frame);

	if (offset > skb->len || len > skb->len - offset)
		return -EFAULT;
	return skb_copy_bits(skb, offset, buf, len);
}

/*
 * An interface definition's trampolines, by slot (NULL: not implemented),
 * and the name ethtool reports as its driver.
 */
struct __kc_netdev_ops {
	int (*open)(struct net_device *dev);
	void (*stop)(struct net_device *dev);
	enum kc_netdev_tx (*xmit)(struct net_device *dev, struct sk_buff *skb);
	const char *driver;
};

/* The net_device's private area: the abstraction's only. */
struct __kc_netdev_priv {
	void *owner;
	const struct __kc_netdev_ops *ops;
	struct kc_netdev_phy phy;
	atomic64_t tx_packets;
	atomic64_t tx_bytes;
	atomic64_t tx_dropped;
};

/* The owner, for the trampolines, which give it its type back. */
static inline void *__kc_netdev_owner(struct net_device *dev)
{
	return ((struct __kc_netdev_priv *)netdev_priv(dev))->owner;
}

/* phylib's link change callback: process context (its state machine). */
static inline void __kc_netdev_adjust_link(struct net_device *dev)
{
	phy_print_status(dev->phydev);
}

/* Connects the PHY of @p to @dev: 0, -ENODEV or phylib's errno. */
static inline __kc_might_sleep int __kc_netdev_connect(struct net_device *dev,
						       struct __kc_netdev_priv *p)
{
	struct phy_device *phydev;
	int ret;

	phydev = mdiobus_get_phy(kc_unsafe_raw_mii_bus(p->phy.bus), p->phy.addr);
	if (!phydev) {
		netdev_err(dev, "no PHY at address %u\n", p->phy.addr);
		return -ENODEV;
	}
	ret = phy_connect_direct(dev, phydev, __kc_netdev_adjust_link, p->phy.interface);
	if (ret) {
		netdev_err(dev, "phy_connect_direct failed: %d\n", ret);
		return ret;
	}
	phy_attached_info(phydev);
	return 0;
}

static inline __kc_might_sleep int __kc_netdev_open(struct net_device *dev)
{
	struct __kc_netdev_priv *p = netdev_priv(dev);
	bool on_open = p->phy.connect == KC_NETDEV_PHY_ON_OPEN;
	int ret;

	if (on_open) {
		ret = __kc_netdev_connect(dev, p);
		if (ret)
			return ret;
	}
	if (p->ops->open) {
		ret = p->ops->open(dev);
		if (ret) {
			if (on_open)
				phy_disconnect(dev->phydev);
			return ret;
		}
	}
	phy_start(dev->phydev);
	return 0;
}

static inline __kc_might_sleep int __kc_netdev_stop(struct net_device *dev)
{
	struct __kc_netdev_priv *p = netdev_priv(dev);
	struct phy_device *phydev = dev->phydev;

	if (phydev)
		phy_stop(phydev);
	if (p->ops->stop)
		p->ops->stop(dev);
	if (phydev && p->phy.connect == KC_NETDEV_PHY_ON_OPEN)
		phy_disconnect(phydev);
	return 0;
}

/* The frame is freed here on every path: the owner only borrows it. */
static inline __kc_atomic_context netdev_tx_t
__kc_netdev_start_xmit(struct sk_buff *skb, struct net_device *dev)
{
	struct __kc_netdev_priv *p = netdev_priv(dev);
	unsigned int len = skb->len;

	if (p->ops->xmit && p->ops->xmit(dev, skb) == KC_NETDEV_TX_SENT) {
		atomic64_inc(&p->tx_packets);
		atomic64_add(len, &p->tx_bytes);
		dev_consume_skb_any(skb);
	} else {
		atomic64_inc(&p->tx_dropped);
		dev_kfree_skb_any(skb);
	}
	return NETDEV_TX_OK;
}

static inline void __kc_netdev_get_stats64(struct net_device *dev,
					   struct rtnl_link_stats64 *stats)
{
	struct __kc_netdev_priv *p = netdev_priv(dev);

	stats->tx_packets = atomic64_read(&p->tx_packets);
	stats->tx_bytes = atomic64_read(&p->tx_bytes);
	stats->tx_dropped = atomic64_read(&p->tx_dropped);
}

static inline void __kc_netdev_get_drvinfo(struct net_device *dev,
					   struct ethtool_drvinfo *info)
{
	struct __kc_netdev_priv *p = netdev_priv(dev);

	strscpy(info->driver, p->ops->driver, sizeof(info->driver));
	strscpy(info->bus_info, dev_name(dev->dev.parent), sizeof(info->bus_info));
}

/* One pair of tables for every interface: they dispatch on the ops. */
static inline const struct net_device_ops *__kc_netdev_ndo(void)
{
	static const struct net_device_ops ndo = {
		.ndo_open		= __kc_netdev_open,
		.ndo_stop		= __kc_netdev_stop,
		.ndo_start_xmit		= __kc_netdev_start_xmit,
		.ndo_get_stats64	= __kc_netdev_get_stats64,
		.ndo_set_mac_address	= eth_mac_addr,
		.ndo_validate_addr	= eth_validate_addr,
	};

	return &ndo;
}

static inline const struct ethtool_ops *__kc_netdev_ethtool(void)
{
	static const struct ethtool_ops eo = {
		.get_drvinfo		= __kc_netdev_get_drvinfo,
		.get_link		= ethtool_op_get_link,
		.get_link_ksettings	= phy_ethtool_get_link_ksettings,
		.set_link_ksettings	= phy_ethtool_set_link_ksettings,
		.nway_reset		= phy_ethtool_nway_reset,
	};

	return &eo;
}

/*
 * Closes the interface first if it is up (the PHY is stopped), then
 * disconnects a PHY connected for the interface's life.
 */
static inline __kc_might_sleep void __kc_netdev_release(struct net_device *dev)
{
	unregister_netdev(dev);
	if (dev->phydev)
		phy_disconnect(dev->phydev);
	free_netdev(dev);
}

KC_DEFINE_DEVM_ACTION(__kc_netdev_devm, struct net_device, __kc_netdev_release);

static inline __kc_might_sleep __must_check struct kc_result_netdev
__kc_netdev_create_devm(void *owner, const struct __kc_netdev_ops *ops,
			struct kc_device *parent, const char *ifname,
			struct kc_netdev_phy phy)
{
	struct device *pdev = kc_unsafe_raw_device(parent);
	struct __kc_netdev_priv *p;
	struct net_device *dev;
	int ret;

	if (!phy.bus || phy.addr >= PHY_MAX_ADDR ||
	    (phy.connect != KC_NETDEV_PHY_ON_OPEN && phy.connect != KC_NETDEV_PHY_ON_CREATE)) {
		dev_err(pdev, "%s: no MDIO bus, PHY address %u out of range or connect mode %d unknown\n",
			ifname, phy.addr, phy.connect);
		return KC_ERR(struct kc_result_netdev, -EINVAL);
	}
	dev = alloc_netdev(sizeof(*p), ifname, NET_NAME_USER, ether_setup);
	if (!dev) {
		dev_err(pdev, "alloc_netdev(%s) failed\n", ifname);
		return KC_ERR(struct kc_result_netdev, -ENOMEM);
	}
	p = netdev_priv(dev);
	p->owner = owner;
	p->ops = ops;
	p->phy = phy;
	atomic64_set(&p->tx_packets, 0);
	atomic64_set(&p->tx_bytes, 0);
	atomic64_set(&p->tx_dropped, 0);
	dev->netdev_ops = __kc_netdev_ndo();
	dev->ethtool_ops = __kc_netdev_ethtool();
	eth_hw_addr_random(dev);
	/* phylib needs a parent bound to a driver (phy_attach_direct). */
	SET_NETDEV_DEV(dev, pdev);
	/* No carrier until phylib reports a link. */
	netif_carrier_off(dev);
	/* Before registration: the interface cannot open without its PHY. */
	if (phy.connect == KC_NETDEV_PHY_ON_CREATE) {
		ret = __kc_netdev_connect(dev, p);
		if (ret) {
			free_netdev(dev);
			return KC_ERR(struct kc_result_netdev, ret);
		}
	}

	ret = register_netdev(dev);
	if (ret) {
		dev_err(pdev, "register_netdev(%s) failed: %d\n", ifname, ret);
		if (dev->phydev)
			phy_disconnect(dev->phydev);
		free_netdev(dev);
		return KC_ERR(struct kc_result_netdev, ret);
	}
	ret = __kc_netdev_devm_add(parent, dev);
	return ret ? KC_ERR(struct kc_result_netdev, ret) :
		     KC_OK(struct kc_result_netdev, kc_unsafe_from_net_device(dev));
}

/*
 * The slots, kind kc_netdev_ops of core/vtable.h's owned form: each
 * callback's signature for the owner type, and the trampoline the shared
 * operations call, marked with the slot's context for the context checker.
 */
#define __KC_ND_OWNER(dev, type)	((type *)__kc_netdev_owner(dev))

#define __kc_netdev_ops_open_SIG(type)					\
	int, (type *o, struct kc_netdev *nd)
#define __kc_netdev_ops_open_TRAMPOLINE(tramp, fn, type)		\
	static __kc_might_sleep int tramp(struct net_device *dev)	\
	{								\
		return fn(__KC_ND_OWNER(dev, type), kc_unsafe_from_net_device(dev)); \
	}

#define __kc_netdev_ops_stop_SIG(type)					\
	void, (type *o, struct kc_netdev *nd)
#define __kc_netdev_ops_stop_TRAMPOLINE(tramp, fn, type)		\
	static __kc_might_sleep void tramp(struct net_device *dev)	\
	{								\
		fn(__KC_ND_OWNER(dev, type), kc_unsafe_from_net_device(dev)); \
	}

#define __kc_netdev_ops_xmit_SIG(type)					\
	enum kc_netdev_tx,						\
	(type *o, struct kc_netdev *nd, struct kc_netdev_frame *frame)
#define __kc_netdev_ops_xmit_TRAMPOLINE(tramp, fn, type)		\
	static __kc_atomic_context enum kc_netdev_tx			\
	tramp(struct net_device *dev, struct sk_buff *skb)		\
	{								\
		return fn(__KC_ND_OWNER(dev, type), kc_unsafe_from_net_device(dev), \
			  kc_unsafe_from_sk_buff(skb));			\
	}

/**
 * KC_DEFINE_NETDEV() - a network interface (MAC side) of an owner type
 * @name: prefix of its functions
 * @otype: the owner's type (``struct board``)
 * @...: the callbacks, ``(slot, fn)`` pairs, each slot at most once, at
 *       least one:
 *
 *   - ``(open, fn)``: ``int fn(@otype *o, struct kc_netdev *nd)``: the
 *     interface goes up, the PHY is connected (not started yet); an errno
 *     fails the open, and the PHY is disconnected. Process context, may
 *     sleep.
 *   - ``(stop, fn)``: ``void fn(@otype *o, struct kc_netdev *nd)``: the
 *     interface goes down, the PHY is stopped (not disconnected yet).
 *     Process context, may sleep.
 *   - ``(xmit, fn)``: ``enum kc_netdev_tx fn(@otype *o, struct kc_netdev
 *     *nd, struct kc_netdev_frame *frame)``: send @frame, lent for the call
 *     only, and say whether it was sent. Bottom halves disabled: must not
 *     sleep. Left out: every frame is dropped.
 *
 * Defines ``struct kc_result_netdev name_create_devm(@otype *o, struct kc_device
 * *parent, const char *ifname, struct kc_netdev_phy phy)``: registers the
 * interface named @ifname (at most IFNAMSIZ - 1 characters kept), a child
 * of @parent (whose driver must be bound: phylib refuses a PHY to an
 * interface without one), down and without carrier, with a random MAC
 * address; unregistered and freed when @parent's driver unbinds. Returns
 * the interface, or an error with a log line on @parent: -EINVAL (no
 * bus, an address out of range), -ENOMEM, or the kernel's error from
 * register_netdev() (-EEXIST for a name taken). May sleep.
 */
#define KC_DEFINE_NETDEV(name, otype, ...)				\
	KC_VTABLE_OWNED(kc_netdev_ops, name, (otype), __VA_ARGS__)	\
	static inline __kc_might_sleep __must_check struct kc_result_netdev \
	name##_create_devm(otype *o, struct kc_device *parent,		\
			   const char *ifname, struct kc_netdev_phy phy) \
	{								\
		static const struct __kc_netdev_ops __kc_ops = {	\
			KC_VTABLE_OWNED_ENTRIES(kc_netdev_ops, name,	\
						__VA_ARGS__)		\
			.driver = KBUILD_MODNAME,			\
		};							\
									\
		return __kc_netdev_create_devm(o, &__kc_ops, parent, ifname, phy); \
	}

#endif /* KC_ABSTRACTIONS_NETDEV_H */
