/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MDIO bus providers for kcrate: the MAC or the board that owns a bus.
 */

/**
 * DOC: MDIO bus providers
 *
 * A MAC or a board with an MDIO bus registers it with phylib, which scans
 * it for PHYs and then reaches their registers through the bus's read and
 * write callbacks. In plain C those get a ``struct mii_bus *`` and find
 * their owner in its ``priv`` pointer, and a clause-45 request (before
 * v6.3, a flag in the register number) reaches a callback that only
 * knows clause 22.
 *
 * KC_DEFINE_MDIO_BUS() binds a bus to its owner type and to two callbacks
 * that take the owner, typed, and a clause-22 register
 * (``struct kc_c22_reg``, 0 to 31, whose number kc_c22_num() gives): a
 * callback of another type does not compile. A clause-45 request never
 * reaches them: the bus answers -EOPNOTSUPP. Example::
 *
 *	struct board {
 *		u16 regs[32];
 *		u8 addr;
 *	};
 *
 *	static struct kc_result_u16 board_mdio_read(struct board *b, u8 addr,
 *						     struct kc_c22_reg reg)
 *	{
 *		if (addr != b->addr)
 *			return KC_OK(struct kc_result_u16, 0xffff);
 *		return KC_OK(struct kc_result_u16, b->regs[kc_c22_num(reg)]);
 *	}
 *
 *	static int board_mdio_write(struct board *b, u8 addr,
 *				    struct kc_c22_reg reg, u16 val)
 *	{
 *		if (addr == b->addr)
 *			b->regs[kc_c22_num(reg)] = val;
 *		return 0;
 *	}
 *
 *	KC_DEFINE_MDIO_BUS(board_mdio, struct board, board_mdio_read,
 *			   board_mdio_write);
 *
 *	static __kc_might_sleep int board_add_bus(struct board *b,
 *						  struct kc_device *dev)
 *	{
 *		struct kc_mdio_bus *bus;
 *
 *		kc_try_val(bus, board_mdio_register(b, dev, "board", "board-0",
 *						    ~BIT(b->addr)));
 *		return kc_mdio_bus_phy_present(bus, b->addr) ? 0 : -ENODEV;
 *	}
 *
 * The callbacks run in process context with the bus's lock held and may
 * sleep. The bus is device-managed: unregistered and freed when the
 * parent device's driver unbinds (after its remove), so the owner must
 * live at least as long as that binding.
 */
#ifndef KC_ABSTRACTIONS_MDIO_H
#define KC_ABSTRACTIONS_MDIO_H

#include <linux/build_bug.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/phy.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <abstractions/phy.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/handle.h>
#include <core/vtable.h>

/*
 * ``struct kc_mdio_bus`` is the opaque handle to a registered bus; it
 * lives until the parent's driver unbinds.
 */
KC_DEFINE_HANDLE(kc_mdio_bus, struct mii_bus, mii_bus);
/* struct kc_result_mdio_bus - a bus or an error, from registration */
KC_DEFINE_RESULT(kc_result_mdio_bus, struct kc_mdio_bus *);

/**
 * kc_mdio_bus_phy_present() - whether the bus's scan found a PHY
 * @bus: the bus
 * @addr: the address, 0 to 31
 *
 * Return: true when phylib registered a PHY device at @addr.
 */
static inline bool kc_mdio_bus_phy_present(struct kc_mdio_bus *bus, u8 addr)
{
	return addr < PHY_MAX_ADDR && mdiobus_get_phy(kc_unsafe_raw_mii_bus(bus), addr);
}

static inline __kc_might_sleep void __kc_mdio_bus_release(struct mii_bus *bus)
{
	const char *name = bus->name;

	mdiobus_unregister(bus);
	mdiobus_free(bus);
	kfree_const(name);
}

KC_DEFINE_DEVM_ACTION(__kc_mdio_bus_devm, struct mii_bus, __kc_mdio_bus_release);

/*
 * Fill and register a bus whose callbacks the caller's KC_DEFINE_MDIO_BUS()
 * made, released by a device-managed action on @parent. (Not phylib's
 * devm_mdiobus_*(): those live in a module of their own, mdio_devres, on
 * distribution kernels.)
 */
static inline __kc_might_sleep __must_check struct kc_result_mdio_bus
__kc_mdio_bus_register(struct kc_device *parent, void *owner, const char *label,
		       const char *id, u32 phy_mask,
		       int (*read)(struct mii_bus *, int, int),
		       int (*write)(struct mii_bus *, int, int, u16))
{
	struct device *dev = kc_unsafe_raw_device(parent);
	struct mii_bus *bus = mdiobus_alloc();
	int ret;

	if (!bus)
		return KC_ERR(struct kc_result_mdio_bus, -ENOMEM);
	/* Truncated, two buses could end up with one id. */
	if (strscpy(bus->id, id, MII_BUS_ID_SIZE) < 0) {
		dev_err(dev, "MDIO bus id \"%s\" is longer than %d characters\n",
			id, MII_BUS_ID_SIZE - 1);
		mdiobus_free(bus);
		return KC_ERR(struct kc_result_mdio_bus, -EINVAL);
	}
	/* The bus's own copy: a caller's buffer may go (a literal stays). */
	bus->name = kstrdup_const(label, GFP_KERNEL);
	if (!bus->name) {
		mdiobus_free(bus);
		return KC_ERR(struct kc_result_mdio_bus, -ENOMEM);
	}
	bus->priv = owner;
	bus->read = read;
	bus->write = write;
	bus->parent = dev;
	bus->phy_mask = phy_mask;
	ret = mdiobus_register(bus);
	if (ret) {
		kfree_const(bus->name);
		mdiobus_free(bus);
		return KC_ERR(struct kc_result_mdio_bus, ret);
	}
	ret = __kc_mdio_bus_devm_add(parent, bus);
	return ret ? KC_ERR(struct kc_result_mdio_bus, ret) :
		     KC_OK(struct kc_result_mdio_bus, kc_unsafe_from_mii_bus(bus));
}

/**
 * KC_DEFINE_MDIO_BUS() - an MDIO bus of an owner type
 * @name: prefix of its functions
 * @owner: the owner's type (``struct board``)
 * @read_fn: the read slot, ``struct kc_result_u16 read(@owner *o, u8 addr,
 *           struct kc_c22_reg reg)``: the register's value, 0xffff for an
 *           address where no PHY answers, or a negative errno
 * @write_fn: the write slot, ``int write(@owner *o, u8 addr, struct
 *            kc_c22_reg reg, u16 val)``
 *
 * Both run in process context with the bus's lock held, and may sleep.
 * Defines ``struct kc_result_mdio_bus name_register(@owner *o, struct kc_device
 * *parent, const char *label, const char *id, u32 phy_mask)``: registers
 * the bus named @id (unique, at most MII_BUS_ID_SIZE - 1 characters: a
 * longer literal does not compile, a longer string is -EINVAL)
 * under @parent, scanning the addresses whose bit is clear in @phy_mask;
 * @label is copied (a caller's buffer may go after the call). Returns the
 * bus or an error (-EINVAL, -ENOMEM, or phylib's error). May sleep.
 */
#define KC_DEFINE_MDIO_BUS(name, owner, read_fn, write_fn)		\
	KC_CALLBACK_CHECK(read_fn, name.read, struct kc_result_u16,	\
			  (owner *o, u8 addr, struct kc_c22_reg reg));	\
	KC_CALLBACK_CHECK(write_fn, name.write, int,			\
			  (owner *o, u8 addr, struct kc_c22_reg reg, u16 val)); \
	static __kc_might_sleep int					\
	__kc_mdio_##name##_read(struct mii_bus *bus, int addr, int regnum) \
	{								\
		u16 __kc_v;						\
		int __kc_err;						\
									\
		if (regnum & ~0x1f)					\
			return -EOPNOTSUPP;				\
		__kc_err = kc_unwrap(__kc_v, read_fn(bus->priv, addr,	\
						     __kc_c22_reg(regnum))); \
		return __kc_err ? __kc_err : __kc_v;			\
	}								\
	static __kc_might_sleep int					\
	__kc_mdio_##name##_write(struct mii_bus *bus, int addr, int regnum, \
				 u16 val)				\
	{								\
		if (regnum & ~0x1f)					\
			return -EOPNOTSUPP;				\
		return write_fn(bus->priv, addr, __kc_c22_reg(regnum), val); \
	}								\
	static __always_inline __kc_might_sleep __must_check		\
	struct kc_result_mdio_bus name##_register(owner *o,			\
		struct kc_device *parent, const char *label,		\
		const char *id, u32 phy_mask)				\
	{								\
		kc_check_const(__builtin_strlen(id) >= MII_BUS_ID_SIZE,	\
			       #name "_register(): the id is longer than MII_BUS_ID_SIZE - 1"); \
		return __kc_mdio_bus_register(parent, o, label, id, phy_mask, \
					      __kc_mdio_##name##_read,	\
					      __kc_mdio_##name##_write); \
	}

#endif /* KC_ABSTRACTIONS_MDIO_H */
