/* SPDX-License-Identifier: GPL-2.0 */
/*
 * phylib for kcrate drivers.
 *
 * A PHY driver sees a &struct kc_phy, a handle that is declared and never
 * defined, so it cannot reach into the kernel's struct phy_device. Only this
 * header converts between the two; the conversion is the same pointer and
 * costs nothing. Registers are typed (a clause-22 register and a clause-45
 * (device, register) pair cannot be mixed up), reads return a result that
 * keeps the value apart from the errno, and callbacks are listed in a
 * descriptor where every slot the driver does not implement stays NULL, so
 * phylib's generic behaviour applies.
 *
 * Everything here is static inline: a driver built on it compiles to the
 * same calls a hand-written phylib driver makes.
 */
#ifndef KC_ABSTRACTIONS_PHY_H
#define KC_ABSTRACTIONS_PHY_H

#include <linux/lockdep.h>
#include <linux/mii.h>
#include <linux/module.h>
#include <linux/phy.h>

#include <core/context.h>
#include <core/error.h>
#include <core/check.h>
#include <core/handle.h>
#include <core/state.h>
#include <core/vtable.h>
#include <helpers/phy.h>

/**
 * DOC: handle lifetime and locking
 *
 * A &struct kc_phy is lent to a driver callback by phylib for the duration
 * of the call; it stays valid from probe until remove, and a driver may keep
 * it in its private state for that long, never beyond. Which lock phylib
 * holds while it calls each slot of the descriptor:
 *
 * - config_aneg, read_status, aneg-related getters and setters: the PHY's
 *   own mutex (phydev->lock) is held; may sleep (MDIO access sleeps).
 * - link_change_notify: called by the state machine; with phydev->lock held
 *   on kernels that export _phy_start_aneg() (helpers/phy.h decides), without
 *   it before. The callback gets a &struct kc_phy_notify, the only handle
 *   kc_phy_start_aneg_from_notify() takes: from another slot, where the
 *   lock may be held, that restart would take it again.
 * - soft_reset, config_init: from phy_init_hw() at attach and resume, with
 *   the MAC's locking (usually RTNL) and without phydev->lock; may sleep.
 * - probe, get_features, match_phy_device: at device registration or driver
 *   binding; no phylib lock; may sleep.
 * - suspend, resume: from the MDIO bus PM callbacks or phy_detach(); may
 *   sleep; no phydev->lock.
 * - read_mmd, write_mmd: with the MDIO bus lock held; the callback gets a
 *   &struct kc_phy_bus_locked, on which only the unlocked accessors exist,
 *   so it cannot deadlock by taking the bus lock again.
 * - config_intr: may sleep; handle_interrupt: from the threaded IRQ handler,
 *   may sleep.
 * - get_sset_count, get_strings, get_stats, set_loopback: from ethtool
 *   under RTNL; may sleep.
 *
 * No callback runs in atomic context: MDIO access sleeps.
 */

/**
 * DOC: opaque handles
 *
 * ``struct kc_phy`` is the opaque handle to a PHY device. It is declared,
 * never defined: a driver can only pass it to kc_phy_*().
 *
 * ``struct kc_phy_bus_locked`` is a PHY whose MDIO bus lock the caller
 * holds. It is handed to read_mmd/write_mmd implementations; only the
 * kc_phy_locked_*() accessors take it.
 *
 * ``struct kc_phy_notify`` is a PHY as phylib lends it to
 * link_change_notify; kc_phy_notify_phy() gives the plain handle for the
 * other accessors.
 */
KC_DEFINE_HANDLE(kc_phy, struct phy_device, phydev);
KC_DEFINE_HANDLE(kc_phy_bus_locked, struct phy_device, phydev_locked);
KC_DEFINE_HANDLE(kc_phy_notify, struct phy_device, phydev_notify);

/**
 * kc_phy_notify_phy() - the PHY of a link_change_notify call
 * @n: the handle lent to link_change_notify
 *
 * Return: the same PHY as a &struct kc_phy, valid for the call.
 */
static inline struct kc_phy *kc_phy_notify_phy(struct kc_phy_notify *n)
{
	return kc_unsafe_from_phydev(kc_unsafe_raw_phydev_notify(n));
}

/* --- typed registers ------------------------------------------------------ */

/**
 * struct kc_c22_reg - a clause-22 register number (0..31)
 * @__kc_c22_num: the register number; private (poisoned at the end of this
 *                header): read it with kc_c22_num()
 *
 * Made by KC_C22(), which checks the number, and by kcrate's MDIO bus
 * trampolines after the same check; sealed (core/check.h), so that
 * ``(struct kc_c22_reg){ 40 }`` does not compile.
 */
struct kc_c22_reg {
	u8 __kc_c22_num;
} __kc_sealed;

/**
 * struct kc_c45_reg - a clause-45 register: MMD device and register number
 * @__kc_c45_devad: the MMD device address; private, read with
 *                  kc_c45_devad()
 * @__kc_c45_num: the register number within that device; private, read
 *                with kc_c45_num()
 *
 * Made by KC_C45(), which checks both numbers, and by the read_mmd and
 * write_mmd trampolines with phylib's; sealed like &struct kc_c22_reg.
 */
struct kc_c45_reg {
	u8 __kc_c45_devad;
	u16 __kc_c45_num;
} __kc_sealed;

/**
 * kc_c22_num() - the number of a clause-22 register
 * @reg: the register
 *
 * Return: 0 to 31, e.g. to index a simulated PHY's registers.
 */
static __always_inline u8 kc_c22_num(struct kc_c22_reg reg)
{
	return reg.__kc_c22_num;
}

/**
 * kc_c45_devad() - the MMD device address of a clause-45 register
 * @reg: the register
 *
 * Return: 0 to 31.
 */
static __always_inline u8 kc_c45_devad(struct kc_c45_reg reg)
{
	return reg.__kc_c45_devad;
}

/**
 * kc_c45_num() - the register number of a clause-45 register
 * @reg: the register
 *
 * Return: the number within its MMD device.
 */
static __always_inline u16 kc_c45_num(struct kc_c45_reg reg)
{
	return reg.__kc_c45_num;
}

/**
 * KC_C22() - a clause-22 register
 * @n: register number, e.g. MII_BMCR: a constant, 0 to 31. A number out of
 *     that range, or one computed at run time, does not compile: a
 *     driver's registers are known when it is written, and a computed
 *     number could name a register that does not exist.
 */
#define KC_C22(n)							\
	({								\
		typeof(n) __kc_c22 = (n);				\
		compiletime_assert(__builtin_constant_p(__kc_c22),	\
				   "KC_C22(): the register number must be a constant"); \
		kc_check_const(__kc_c22 < 0 || __kc_c22 > 31,		\
			       "KC_C22(): a clause-22 register is 0 to 31"); \
		__kc_c22_reg(__kc_c22);					\
	})

/**
 * KC_C45() - a clause-45 register
 * @dev: MMD device address, e.g. MDIO_MMD_PCS: a constant, 0 to 31 (out of
 *       that range, or computed at run time, it does not compile)
 * @n: register number: a constant 0 to 0xffff, or a variable of type u16
 *     (anything wider does not compile: it could be truncated)
 */
#define KC_C45(dev, n)							\
	({								\
		typeof(dev) __kc_devad = (dev);				\
		typeof(n) __kc_c45 = (n);				\
		compiletime_assert(__builtin_constant_p(__kc_devad),	\
				   "KC_C45(): the MMD device address must be a constant"); \
		kc_check_const(__kc_devad < 0 || __kc_devad > 31,	\
			       "KC_C45(): an MMD device address is 0 to 31"); \
		compiletime_assert(__builtin_constant_p(__kc_c45) ||	\
				   __builtin_types_compatible_p(typeof(__kc_c45), u16), \
				   "KC_C45(): the register number is a constant or a u16"); \
		kc_check_const(__kc_c45 < 0 || __kc_c45 > 0xffff,	\
			       "KC_C45(): a clause-45 register is 0 to 0xffff"); \
		__kc_c45_reg(__kc_devad, __kc_c45);			\
	})

/*
 * For KC_C22() and the MDIO bus trampolines, which have checked the
 * number.
 */
static __always_inline struct kc_c22_reg __kc_c22_reg(u8 num)
{
	return (struct kc_c22_reg){ .__kc_c22_num = num };
}

/* For the read_mmd/write_mmd trampolines: phylib has checked both numbers. */
static inline struct kc_c45_reg __kc_c45_reg(int devad, u16 num)
{
	return (struct kc_c45_reg){ .__kc_c45_devad = devad, .__kc_c45_num = num };
}

/* The IEEE 802.3 clause-22 registers every PHY has. */
#define KC_C22_BMCR		KC_C22(MII_BMCR)
#define KC_C22_BMSR		KC_C22(MII_BMSR)
#define KC_C22_PHYSID1		KC_C22(MII_PHYSID1)
#define KC_C22_PHYSID2		KC_C22(MII_PHYSID2)
#define KC_C22_ADVERTISE	KC_C22(MII_ADVERTISE)
#define KC_C22_LPA		KC_C22(MII_LPA)
#define KC_C22_EXPANSION	KC_C22(MII_EXPANSION)
#define KC_C22_CTRL1000		KC_C22(MII_CTRL1000)
#define KC_C22_STAT1000		KC_C22(MII_STAT1000)
#define KC_C22_ESTATUS		KC_C22(MII_ESTATUS)

/* --- register access (may sleep; takes the MDIO bus lock) --------------------- */

/**
 * kc_phy_read_c22() - kc_phy_read() on a clause-22 register
 * @phy: the PHY
 * @reg: the register
 *
 * What kc_phy_read() expands to for this register type; may sleep.
 *
 * Return: the value, or the bus error unchanged.
 */
static inline __kc_might_sleep __must_check struct kc_result_u16
kc_phy_read_c22(struct kc_phy *phy, struct kc_c22_reg reg)
{
	int ret = phy_read(kc_unsafe_raw_phydev(phy), kc_c22_num(reg));

	return ret < 0 ? KC_ERR(struct kc_result_u16, ret) :
			 KC_OK(struct kc_result_u16, ret);
}

/**
 * kc_phy_read_c45() - kc_phy_read() on a clause-45 register
 * @phy: the PHY
 * @reg: the (device, register) pair
 *
 * What kc_phy_read() expands to for this register type; may sleep.
 *
 * Return: the value, or the bus error unchanged.
 */
static inline __kc_might_sleep __must_check struct kc_result_u16
kc_phy_read_c45(struct kc_phy *phy, struct kc_c45_reg reg)
{
	int ret = phy_read_mmd(kc_unsafe_raw_phydev(phy), kc_c45_devad(reg), kc_c45_num(reg));

	return ret < 0 ? KC_ERR(struct kc_result_u16, ret) :
			 KC_OK(struct kc_result_u16, ret);
}

/**
 * kc_phy_write_c22() - kc_phy_write() on a clause-22 register
 * @phy: the PHY
 * @reg: the register
 * @val: the value
 *
 * What kc_phy_write() expands to for this register type; may sleep.
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_phy_write_c22(struct kc_phy *phy, struct kc_c22_reg reg, u16 val)
{
	return phy_write(kc_unsafe_raw_phydev(phy), kc_c22_num(reg), val);
}

/**
 * kc_phy_write_c45() - kc_phy_write() on a clause-45 register
 * @phy: the PHY
 * @reg: the (device, register) pair
 * @val: the value
 *
 * What kc_phy_write() expands to for this register type; may sleep.
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_phy_write_c45(struct kc_phy *phy, struct kc_c45_reg reg, u16 val)
{
	return phy_write_mmd(kc_unsafe_raw_phydev(phy), kc_c45_devad(reg), kc_c45_num(reg), val);
}

/**
 * kc_phy_modify_c22() - kc_phy_modify() on a clause-22 register
 * @phy: the PHY
 * @reg: the register
 * @mask: the bits to clear
 * @set: the bits to set
 *
 * What kc_phy_modify() expands to for this register type; may sleep.
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_phy_modify_c22(struct kc_phy *phy, struct kc_c22_reg reg,
		  u16 mask, u16 set)
{
	return phy_modify(kc_unsafe_raw_phydev(phy), kc_c22_num(reg), mask, set);
}

/**
 * kc_phy_modify_c45() - kc_phy_modify() on a clause-45 register
 * @phy: the PHY
 * @reg: the (device, register) pair
 * @mask: the bits to clear
 * @set: the bits to set
 *
 * What kc_phy_modify() expands to for this register type; may sleep.
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_phy_modify_c45(struct kc_phy *phy, struct kc_c45_reg reg,
		  u16 mask, u16 set)
{
	return phy_modify_mmd(kc_unsafe_raw_phydev(phy), kc_c45_devad(reg),
			      kc_c45_num(reg), mask, set);
}

/**
 * kc_phy_read() - read a PHY register
 * @phy: the PHY
 * @reg: a &struct kc_c22_reg (KC_C22_BMCR, KC_C22(n)) or a
 *       &struct kc_c45_reg (KC_C45(dev, n)); anything else does not compile
 *
 * May sleep.
 *
 * Return: &struct kc_result_u16 with the value, or the bus error
 * (-EIO, -ETIMEDOUT, ...) unchanged. Unwrap it with kc_try_val().
 */
#define kc_phy_read(phy, reg)						\
	_Generic((reg),							\
		 struct kc_c22_reg: kc_phy_read_c22,			\
		 struct kc_c45_reg: kc_phy_read_c45)(phy, reg)

/**
 * kc_phy_write() - write a PHY register
 * @phy: the PHY
 * @reg: a clause-22 or clause-45 register, as for kc_phy_read()
 * @val: the value
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
#define kc_phy_write(phy, reg, val)					\
	_Generic((reg),							\
		 struct kc_c22_reg: kc_phy_write_c22,			\
		 struct kc_c45_reg: kc_phy_write_c45)(phy, reg, val)

/**
 * kc_phy_modify() - read-modify-write a PHY register atomically
 * @phy: the PHY
 * @reg: a clause-22 or clause-45 register
 * @mask: the bits to clear
 * @set: the bits to set
 *
 * May sleep; the bus lock is held across the read and the write.
 * Return: 0 or a negative errno.
 */
#define kc_phy_modify(phy, reg, mask, set)				\
	_Generic((reg),							\
		 struct kc_c22_reg: kc_phy_modify_c22,			\
		 struct kc_c45_reg: kc_phy_modify_c45)(phy, reg, mask, set)

/**
 * kc_phy_set_bits() - set bits in a PHY register
 * @phy: the PHY
 * @reg: a clause-22 or clause-45 register
 * @bits: the bits to set
 *
 * Return: 0 or a negative errno.
 */
#define kc_phy_set_bits(phy, reg, bits)		kc_phy_modify(phy, reg, 0, bits)

/**
 * kc_phy_clear_bits() - clear bits in a PHY register
 * @phy: the PHY
 * @reg: a clause-22 or clause-45 register
 * @bits: the bits to clear
 *
 * Return: 0 or a negative errno.
 */
#define kc_phy_clear_bits(phy, reg, bits)	kc_phy_modify(phy, reg, bits, 0)

/**
 * kc_phy_read_paged() - read a clause-22 register on a given page
 * @phy: the PHY; its driver implements read_page and write_page
 * @page: the page
 * @reg: the register
 *
 * Selects @page, reads, restores the previous page, under the bus lock.
 * Return: the value or an error.
 */
static inline __kc_might_sleep __must_check struct kc_result_u16
kc_phy_read_paged(struct kc_phy *phy, int page, struct kc_c22_reg reg)
{
	int ret = phy_read_paged(kc_unsafe_raw_phydev(phy), page, kc_c22_num(reg));

	return ret < 0 ? KC_ERR(struct kc_result_u16, ret) :
			 KC_OK(struct kc_result_u16, ret);
}

/**
 * kc_phy_write_paged() - write a clause-22 register on a given page
 * @phy: the PHY; its driver implements read_page and write_page
 * @page: the page
 * @reg: the register
 * @val: the value
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_phy_write_paged(struct kc_phy *phy, int page,
		   struct kc_c22_reg reg, u16 val)
{
	return phy_write_paged(kc_unsafe_raw_phydev(phy), page, kc_c22_num(reg), val);
}

/**
 * kc_phy_modify_paged() - read-modify-write a clause-22 register on a page
 * @phy: the PHY; its driver implements read_page and write_page
 * @page: the page
 * @reg: the register
 * @mask: the bits to clear
 * @set: the bits to set
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_phy_modify_paged(struct kc_phy *phy, int page,
		    struct kc_c22_reg reg, u16 mask, u16 set)
{
	return phy_modify_paged(kc_unsafe_raw_phydev(phy), page, kc_c22_num(reg), mask, set);
}

/**
 * kc_phy_locked_read() - read a clause-22 register, bus lock already held
 * @phy: the PHY, as lent to read_mmd/write_mmd
 * @reg: the register
 *
 * Return: the value or an error.
 */
static inline __kc_might_sleep __must_check struct kc_result_u16
kc_phy_locked_read(struct kc_phy_bus_locked *phy, struct kc_c22_reg reg)
{
	int ret = __phy_read(kc_unsafe_raw_phydev_locked(phy), kc_c22_num(reg));

	return ret < 0 ? KC_ERR(struct kc_result_u16, ret) :
			 KC_OK(struct kc_result_u16, ret);
}

/**
 * kc_phy_locked_write() - write a clause-22 register, bus lock already held
 * @phy: the PHY, as lent to read_mmd/write_mmd
 * @reg: the register
 * @val: the value
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_phy_locked_write(struct kc_phy_bus_locked *phy,
		    struct kc_c22_reg reg, u16 val)
{
	return __phy_write(kc_unsafe_raw_phydev_locked(phy), kc_c22_num(reg), val);
}

/* --- state getters and setters ---------------------------------------------- */

/**
 * struct kc_speed - a link speed, a type of its own
 * @__kc_mbps: private (poisoned at the end of this header): Mb/s
 *
 * Made only by the KC_SPEED_*() constants, so that a duplex, a register
 * value or any other number cannot be recorded as a speed: it does not
 * compile, nor does a speed written by hand, ``(struct kc_speed){ 100 }``
 * (sealed: core/check.h).
 */
struct kc_speed {
	int __kc_mbps;
} __kc_sealed;

#define KC_SPEED_10		((struct kc_speed){ .__kc_mbps = SPEED_10 })
#define KC_SPEED_100		((struct kc_speed){ .__kc_mbps = SPEED_100 })
#define KC_SPEED_1000		((struct kc_speed){ .__kc_mbps = SPEED_1000 })
#define KC_SPEED_2500		((struct kc_speed){ .__kc_mbps = SPEED_2500 })
#define KC_SPEED_10000		((struct kc_speed){ .__kc_mbps = SPEED_10000 })
#define KC_SPEED_UNKNOWN	((struct kc_speed){ .__kc_mbps = SPEED_UNKNOWN })

/**
 * struct kc_duplex - a link duplex, a type of its own
 * @__kc_duplex: private (poisoned at the end of this header): DUPLEX_HALF,
 *               DUPLEX_FULL or DUPLEX_UNKNOWN
 *
 * Made only by the KC_DUPLEX_*() constants and kc_phy_duplex(): a speed
 * or a number given as a duplex does not compile, nor does a duplex
 * written by hand (sealed: core/check.h). Compare two with kc_duplex_eq().
 */
struct kc_duplex {
	int __kc_duplex;
} __kc_sealed;

#define KC_DUPLEX_HALF		((struct kc_duplex){ .__kc_duplex = DUPLEX_HALF })
#define KC_DUPLEX_FULL		((struct kc_duplex){ .__kc_duplex = DUPLEX_FULL })
#define KC_DUPLEX_UNKNOWN	((struct kc_duplex){ .__kc_duplex = DUPLEX_UNKNOWN })

/**
 * kc_duplex_eq() - whether two duplexes are the same
 * @a: a duplex
 * @b: another
 *
 * Return: true if they are.
 */
static inline bool kc_duplex_eq(struct kc_duplex a, struct kc_duplex b)
{
	return a.__kc_duplex == b.__kc_duplex;
}

/**
 * kc_phy_is_link_up() - whether phylib last saw the link up
 * @phy: the PHY
 *
 * Return: true if the link is up.
 */
static inline bool kc_phy_is_link_up(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->link;
}

/**
 * kc_phy_speed() - the link speed in Mb/s (SPEED_UNKNOWN if unresolved)
 * @phy: the PHY
 *
 * Return: the speed.
 */
static inline int kc_phy_speed(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->speed;
}

/**
 * kc_phy_set_speed() - record the resolved link speed
 * @phy: the PHY; phydev->lock held (read_status)
 * @speed: e.g. KC_SPEED_100
 */
static inline void kc_phy_set_speed(struct kc_phy *phy, struct kc_speed speed)
{
	kc_unsafe_raw_phydev(phy)->speed = speed.__kc_mbps;
}

/**
 * kc_phy_duplex() - the link duplex
 * @phy: the PHY
 *
 * Return: the duplex.
 */
static inline struct kc_duplex kc_phy_duplex(struct kc_phy *phy)
{
	return (struct kc_duplex){ .__kc_duplex = kc_unsafe_raw_phydev(phy)->duplex };
}

/**
 * kc_phy_set_duplex() - record the resolved link duplex
 * @phy: the PHY; phydev->lock held (read_status)
 * @duplex: e.g. KC_DUPLEX_FULL
 */
static inline void kc_phy_set_duplex(struct kc_phy *phy, struct kc_duplex duplex)
{
	kc_unsafe_raw_phydev(phy)->duplex = duplex.__kc_duplex;
}

/**
 * kc_phy_is_autoneg_enabled() - whether autonegotiation is enabled
 * @phy: the PHY
 *
 * Return: true if enabled.
 */
static inline bool kc_phy_is_autoneg_enabled(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->autoneg == AUTONEG_ENABLE;
}

/**
 * kc_phy_set_autoneg() - enable or disable autonegotiation (takes effect at
 * the next config_aneg)
 * @phy: the PHY; phydev->lock held
 * @enable: the new setting
 */
static inline void kc_phy_set_autoneg(struct kc_phy *phy, bool enable)
{
	kc_unsafe_raw_phydev(phy)->autoneg = enable ? AUTONEG_ENABLE : AUTONEG_DISABLE;
}

/**
 * kc_phy_is_autoneg_completed() - whether the last status read saw
 * autonegotiation complete
 * @phy: the PHY
 *
 * Return: true if complete.
 */
static inline bool kc_phy_is_autoneg_completed(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->autoneg_complete;
}

/**
 * kc_phy_is_state_nolink() - whether the state machine is in PHY_NOLINK
 * @phy: the PHY
 *
 * Return: true in PHY_NOLINK (the link was lost or never came up).
 */
static inline bool kc_phy_is_state_nolink(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->state == PHY_NOLINK;
}

static inline void *__kc_phy_priv(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->priv;
}

/**
 * kc_phy_state() - the driver's per-device state of a bound PHY
 * @phy: a PHY bound to a driver of this file
 *
 * Typed by the driver's file: ``kc_device_state_t *`` (core/state.h).
 * Valid from the start of probe until remove has returned.
 *
 * Return: the state the probe slot built, or NULL when the driver has no
 * probe slot.
 */
#define kc_phy_state(phy)	((kc_device_state_t *)__kc_phy_priv(phy))

/**
 * kc_phy_id() - the PHY's 32-bit identifier (PHYSID1 << 16 | PHYSID2)
 * @phy: the PHY
 *
 * Return: the id read at probe.
 */
static inline u32 kc_phy_id(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->phy_id;
}

/**
 * kc_phy_addr() - the PHY's address on its MDIO bus
 * @phy: the PHY
 *
 * Return: the address (0..31).
 */
static inline int kc_phy_addr(struct kc_phy *phy)
{
	return kc_unsafe_raw_phydev(phy)->mdio.addr;
}

/* --- the genphy helpers ------------------------------------------------------ */

/**
 * kc_genphy_soft_reset() - reset through BMCR_RESET and wait for it to clear
 * @phy: the PHY
 *
 * May sleep (polls for up to 600 ms).
 *
 * Return: 0, -ETIMEDOUT, or a bus error.
 */
static inline __kc_might_sleep __must_check int kc_genphy_soft_reset(struct kc_phy *phy)
{
	return genphy_soft_reset(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_phy_init_hw() - reset the PHY and run its config_init
 * @phy: the PHY
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_phy_init_hw(struct kc_phy *phy)
{
	return phy_init_hw(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_phy_start_aneg_from_notify() - restart autonegotiation from
 * link_change_notify
 * @n: the PHY, as lent to link_change_notify
 *
 * Takes phydev->lock or not, as the kernel's calling convention for
 * link_change_notify requires (helpers/phy.h). Only link_change_notify has
 * a &struct kc_phy_notify to give it.
 *
 * Return: 0 or a negative errno.
 */
static inline __must_check __kc_might_sleep int
kc_phy_start_aneg_from_notify(struct kc_phy_notify *n)
{
	return kc_helper_phy_start_aneg_from_notify(kc_unsafe_raw_phydev_notify(n));
}

/**
 * kc_genphy_config_aneg() - program the advertisement and (re)start
 * autonegotiation, or force speed and duplex
 * @phy: the PHY; phydev->lock held
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_config_aneg(struct kc_phy *phy)
{
	return genphy_config_aneg(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_genphy_restart_aneg() - set BMCR_ANENABLE | BMCR_ANRESTART
 * @phy: the PHY
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_restart_aneg(struct kc_phy *phy)
{
	return genphy_restart_aneg(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_genphy_update_link() - read BMSR (twice: the link bit latches low) and
 * record link and autoneg-complete
 * @phy: the PHY; phydev->lock held
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_update_link(struct kc_phy *phy)
{
	return genphy_update_link(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_genphy_read_lpa() - read the link partner's abilities
 * @phy: the PHY; phydev->lock held
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_read_lpa(struct kc_phy *phy)
{
	return genphy_read_lpa(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_genphy_read_status() - the generic read_status
 * @phy: the PHY; phydev->lock held
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_read_status(struct kc_phy *phy)
{
	return genphy_read_status(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_genphy_read_abilities() - fill the supported link modes from BMSR/ESTATUS
 * @phy: the PHY
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_read_abilities(struct kc_phy *phy)
{
	return genphy_read_abilities(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_genphy_suspend() - power down through BMCR_PDOWN
 * @phy: the PHY
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_suspend(struct kc_phy *phy)
{
	return genphy_suspend(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_genphy_resume() - power up (clear BMCR_PDOWN)
 * @phy: the PHY
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_genphy_resume(struct kc_phy *phy)
{
	return genphy_resume(kc_unsafe_raw_phydev(phy));
}

/**
 * kc_phy_resolve_aneg_linkmode() - speed, duplex and pause from the common
 * advertised modes
 * @phy: the PHY; phydev->lock held
 */
static inline void kc_phy_resolve_aneg_linkmode(struct kc_phy *phy)
{
	phy_resolve_aneg_linkmode(kc_unsafe_raw_phydev(phy));
}

/* --- driver descriptors ---------------------------------------------------------- */

/**
 * DOC: driver descriptors
 *
 * A driver lists its models in KC_PHY_DRIVERS(), one parenthesised entry
 * per model: first the model's id (KC_PHY_ID_EXACT() and its kin), then
 * phylib's own field names; a slot it leaves out stays NULL and phylib's
 * generic code runs instead. The module's ``mdio:`` id table, which
 * autoloads it, is made from the same ids, so the two cannot disagree.
 * A callback takes a &struct kc_phy. Written once after the function,
 * KC_PHY_CALLBACK(slot, fn) checks that the function has the slot's exact
 * type (core/vtable.h: the refusal names the slot and the signature) and
 * generates the trampoline with the kernel's signature (a direct call,
 * inlined: no function-pointer cast, so kCFI holds, and no cost);
 * KC_PHY_CB(slot, fn) is the entry ``.slot = trampoline``, so a callback
 * cannot land in another slot than its own.
 * KC_GENPHY_CB(slot) is the entry for phylib's generic implementation.
 *
 * Example::
 *
 *	static __kc_might_sleep int foo_soft_reset(struct kc_phy *phy)
 *	{
 *		return kc_genphy_soft_reset(phy);
 *	}
 *	KC_PHY_CALLBACK(soft_reset, foo_soft_reset);
 *
 *	KC_PHY_DRIVERS(foo_drivers,
 *		       (KC_PHY_ID_EXACT(0x01234567),
 *			.name		= "Foo PHY",
 *			KC_PHY_CB(soft_reset, foo_soft_reset),
 *			KC_GENPHY_CB(suspend)));
 *	KC_MODULE(foo, KC_PHY_REGISTER(foo_drivers), KC_LICENSE("GPL"));
 *
 * The slots and the signature each wants:
 *
 * - ``int fn(struct kc_phy *)``: soft_reset, config_init, get_features,
 *   suspend, resume, config_aneg, read_status, config_intr,
 *   get_sset_count, read_page (0 or a negative errno; read_page: the page)
 * - ``int fn(struct kc_phy *, kc_device_state_t *)``: probe, which gets
 *   the driver's per-device state zeroed and builds it (core/state.h)
 * - ``void fn(struct kc_phy *, kc_device_state_t *)``: remove
 * - ``void fn(struct kc_phy_notify *)``: link_change_notify
 * - ``bool fn(struct kc_phy *)``: handle_interrupt (true: it was ours),
 *   match_phy_device (true: this driver handles the device); an errno has
 *   no place in either
 * - ``int fn(struct kc_phy *, int page)``: write_page
 * - ``struct kc_result_u16 fn(struct kc_phy_bus_locked *, struct kc_c45_reg)``:
 *   read_mmd
 * - ``int fn(struct kc_phy_bus_locked *, struct kc_c45_reg, u16)``: write_mmd
 * - ``void fn(struct kc_phy *, u8 *)``: get_strings
 * - ``void fn(struct kc_phy *, u64 *)``: get_stats
 * - ``int fn(struct kc_phy *, bool enable, int speed)``: set_loopback
 */

/* The slots of kc_phy_ops: the driver's signature, and its trampoline. */
#define __KC_PHY_SIG_INT		int, (struct kc_phy *phy)
#define __KC_PHY_SIG_VOID		void, (struct kc_phy *phy)
#define __KC_PHY_SIG_BOOL		bool, (struct kc_phy *phy)
#define __KC_PHY_TRAMPOLINE_INT(tramp, fn)				\
	static __kc_might_sleep int tramp(struct phy_device *phydev)			\
	{								\
		return fn(kc_unsafe_from_phydev(phydev));		\
	}
/* phylib calls these with phydev->lock held: say so where lockdep runs. */
#define __KC_PHY_TRAMPOLINE_INT_LOCKED(tramp, fn)			\
	static __kc_might_sleep int tramp(struct phy_device *phydev)			\
	{								\
		lockdep_assert_held(&phydev->lock);			\
		return fn(kc_unsafe_from_phydev(phydev));		\
	}
#define __KC_PHY_TRAMPOLINE_VOID(tramp, fn)				\
	static __kc_might_sleep void tramp(struct phy_device *phydev)			\
	{								\
		fn(kc_unsafe_from_phydev(phydev));			\
	}

#define __kc_phy_ops_soft_reset_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_soft_reset_TRAMPOLINE		__KC_PHY_TRAMPOLINE_INT
#define __kc_phy_ops_config_init_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_config_init_TRAMPOLINE		__KC_PHY_TRAMPOLINE_INT
/* probe builds the driver's state in place (core/state.h); remove gets it. */
#define __kc_phy_ops_probe_SIG						\
	int, (struct kc_phy *phy, kc_device_state_t *state)
#define __kc_phy_ops_probe_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep int tramp(struct phy_device *phydev)	\
	{								\
		return __kc_state_probe(&phydev->mdio.dev, phydev->priv, \
					fn, kc_unsafe_from_phydev(phydev)); \
	}
#define __kc_phy_ops_get_features_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_get_features_TRAMPOLINE		__KC_PHY_TRAMPOLINE_INT
#define __kc_phy_ops_suspend_SIG				__KC_PHY_SIG_INT
#define __kc_phy_ops_suspend_TRAMPOLINE			__KC_PHY_TRAMPOLINE_INT
#define __kc_phy_ops_resume_SIG				__KC_PHY_SIG_INT
#define __kc_phy_ops_resume_TRAMPOLINE			__KC_PHY_TRAMPOLINE_INT
#define __kc_phy_ops_config_aneg_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_config_aneg_TRAMPOLINE		__KC_PHY_TRAMPOLINE_INT_LOCKED
#define __kc_phy_ops_read_status_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_read_status_TRAMPOLINE		__KC_PHY_TRAMPOLINE_INT_LOCKED
#define __kc_phy_ops_config_intr_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_config_intr_TRAMPOLINE		__KC_PHY_TRAMPOLINE_INT
#define __kc_phy_ops_get_sset_count_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_get_sset_count_TRAMPOLINE		__KC_PHY_TRAMPOLINE_INT
#define __kc_phy_ops_read_page_SIG			__KC_PHY_SIG_INT
#define __kc_phy_ops_read_page_TRAMPOLINE			__KC_PHY_TRAMPOLINE_INT
#define __kc_phy_ops_remove_SIG						\
	void, (struct kc_phy *phy, kc_device_state_t *state)
#define __kc_phy_ops_remove_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep void tramp(struct phy_device *phydev)	\
	{								\
		fn(kc_unsafe_from_phydev(phydev), phydev->priv);	\
	}
#define __kc_phy_ops_link_change_notify_SIG	void, (struct kc_phy_notify *phy)
#define __kc_phy_ops_link_change_notify_TRAMPOLINE(tramp, fn)		\
	static __kc_might_sleep void tramp(struct phy_device *phydev)	\
	{								\
		fn(kc_unsafe_from_phydev_notify(phydev));		\
	}

#define __kc_phy_ops_match_phy_device_SIG			__KC_PHY_SIG_BOOL
#define __kc_phy_ops_match_phy_device_TRAMPOLINE(tramp, fn)		\
	static __kc_might_sleep int tramp(KC_HELPER_MATCH_PHY_DEVICE_ARGS)		\
	{								\
		return fn(kc_unsafe_from_phydev(phydev));		\
	}
#define __kc_phy_ops_handle_interrupt_SIG			__KC_PHY_SIG_BOOL
#define __kc_phy_ops_handle_interrupt_TRAMPOLINE(tramp, fn)		\
	static __kc_might_sleep irqreturn_t tramp(struct phy_device *phydev)		\
	{								\
		return fn(kc_unsafe_from_phydev(phydev)) ? IRQ_HANDLED : IRQ_NONE; \
	}
#define __kc_phy_ops_write_page_SIG	int, (struct kc_phy *phy, int page)
#define __kc_phy_ops_write_page_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep int tramp(struct phy_device *phydev, int page)		\
	{								\
		return fn(kc_unsafe_from_phydev(phydev), page);		\
	}
/* read_mmd: a typed clause-45 register in, a result out. */
#define __kc_phy_ops_read_mmd_SIG						\
	struct kc_result_u16, (struct kc_phy_bus_locked *phy, struct kc_c45_reg reg)
#define __kc_phy_ops_read_mmd_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep int tramp(struct phy_device *phydev, int devnum, u16 regnum) \
	{								\
		u16 v;							\
		int err = kc_unwrap(v, fn(kc_unsafe_from_phydev_locked(phydev), \
					  __kc_c45_reg(devnum, regnum)));	\
		return err ? err : v;					\
	}
#define __kc_phy_ops_write_mmd_SIG					\
	int, (struct kc_phy_bus_locked *phy, struct kc_c45_reg reg, u16 val)
#define __kc_phy_ops_write_mmd_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep int tramp(struct phy_device *phydev, int devnum,		\
			 u16 regnum, u16 val)				\
	{								\
		return fn(kc_unsafe_from_phydev_locked(phydev),		\
			  __kc_c45_reg(devnum, regnum), val);			\
	}
#define __kc_phy_ops_get_strings_SIG	void, (struct kc_phy *phy, u8 *data)
#define __kc_phy_ops_get_strings_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep void tramp(struct phy_device *phydev, u8 *data)		\
	{								\
		fn(kc_unsafe_from_phydev(phydev), data);		\
	}
#define __kc_phy_ops_get_stats_SIG	void, (struct kc_phy *phy, u64 *data)
#define __kc_phy_ops_get_stats_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep void tramp(struct phy_device *phydev,			\
			  struct ethtool_stats *stats, u64 *data)	\
	{								\
		fn(kc_unsafe_from_phydev(phydev), data);		\
	}
#define __kc_phy_ops_set_loopback_SIG	int, (struct kc_phy *phy, bool enable, int speed)
#define __kc_phy_ops_set_loopback_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep int tramp(KC_HELPER_SET_LOOPBACK_ARGS)			\
	{								\
		return fn(kc_unsafe_from_phydev(phydev), enable,	\
			  KC_HELPER_LOOPBACK_SPEED);			\
	}

/**
 * KC_PHY_CALLBACK() - check a callback against its slot, make its trampoline
 * @slot: the phylib slot, e.g. soft_reset, read_status, link_change_notify
 * @fn: the driver's callback, of the slot's type (see the DOC above)
 */
#define KC_PHY_CALLBACK(slot, fn)	KC_VTABLE_CALLBACK(kc_phy_ops, slot, fn)

/**
 * KC_PHY_CB() - a descriptor entry: ``.slot = <the trampoline of fn>``
 * @slot: the slot, as given to KC_PHY_CALLBACK()
 * @fn: the driver's callback
 */
#define KC_PHY_CB(slot, fn)		KC_VTABLE_ENTRY(kc_phy_ops, slot, fn)

#define __KC_GENPHY_suspend		genphy_suspend
#define __KC_GENPHY_resume		genphy_resume
#define __KC_GENPHY_soft_reset		genphy_soft_reset
#define __KC_GENPHY_read_status		genphy_read_status
#define __KC_GENPHY_config_aneg		genphy_config_aneg
#define __KC_GENPHY_get_features	genphy_read_abilities

/**
 * KC_GENPHY_CB() - a descriptor entry: phylib's generic implementation of
 * a slot, ``.slot = genphy_...``
 * @slot: suspend, resume, soft_reset, read_status, config_aneg or
 *        get_features (genphy_read_abilities)
 */
#define KC_GENPHY_CB(slot)		.slot = __KC_GENPHY_##slot

/* The id forms' tag: the name a misplaced id form's refusal shows. */
#define __KC_PHY_ID_TAG			kc_phy_id_must_come_first_in_its_entry

/**
 * KC_PHY_ID_EXACT() - an entry's id: match one PHY id exactly
 * @id: the 32-bit PHY id
 *
 * The id forms are the first element of a KC_PHY_DRIVERS() entry and
 * nothing else: each is a tagged (id, mask) pair that the table turns into
 * ``.phy_id`` and ``.phy_id_mask`` of both the driver and its alias; one
 * anywhere else is refused, naming kc_phy_id_must_come_first_in_its_entry.
 */
#define KC_PHY_ID_EXACT(id)		(__KC_PHY_ID_TAG, (id), GENMASK(31, 0))

/**
 * KC_PHY_ID_MODEL() - an entry's id: match a model, any revision (mask
 * 0xfffffff0)
 * @id: the 32-bit PHY id
 */
#define KC_PHY_ID_MODEL(id)		(__KC_PHY_ID_TAG, (id), GENMASK(31, 4))

/**
 * KC_PHY_ID_VENDOR() - an entry's id: match a vendor's OUI (mask 0xfffffc00)
 * @id: the 32-bit PHY id
 */
#define KC_PHY_ID_VENDOR(id)		(__KC_PHY_ID_TAG, (id), GENMASK(31, 10))

/**
 * KC_PHY_ID_MASK() - an entry's id: match with a custom mask
 * @id: the 32-bit PHY id
 * @mask: the bits of the id that must match
 */
#define KC_PHY_ID_MASK(id, mask)	(__KC_PHY_ID_TAG, (id), (mask))

/* Driver flags, for the .flags field of a descriptor entry. */
#define KC_PHY_IS_INTERNAL		PHY_IS_INTERNAL
#define KC_PHY_RST_AFTER_CLK_EN		PHY_RST_AFTER_CLK_EN
#define KC_PHY_POLL_CABLE_TEST		PHY_POLL_CABLE_TEST

/**
 * KC_PHY_DRIVERS() - declare a module's PHY drivers and the id table that
 * autoloads it
 * @name: the driver table's name, for KC_PHY_REGISTER()
 * @...: one entry per model, each in parentheses: ``(KC_PHY_ID_EXACT(id),
 *       .name = "...", KC_PHY_CB(slot, fn), ...)``. The id comes first:
 *       the ``mdio:`` table (MODULE_DEVICE_TABLE()) is made of the first
 *       element of each entry, so a model the driver handles always has its
 *       alias and an alias always has its driver. An entry that does not
 *       start with an id is refused, with a message naming
 *       kc_phy_entry_must_start_with_a_KC_PHY_ID.
 */
#define KC_PHY_DRIVERS(name, ...)					\
	static struct phy_driver name[] = {				\
		KC_PP_FOR_EACH(__KC_PHY_DRIVER_ENTRY, _, __VA_ARGS__)	\
	};								\
	static const struct mdio_device_id __maybe_unused		\
	name##__kc_mdio_ids[] = {					\
		KC_PP_FOR_EACH(__KC_PHY_ID_ENTRY, _, __VA_ARGS__)	\
		{ }							\
	};								\
	MODULE_DEVICE_TABLE(mdio, name##__kc_mdio_ids)

/**
 * kc_phy_entry_must_start_with_a_KC_PHY_ID() - the fields of an entry's id
 * @tag: the id forms' tag, dropped
 * @id: the PHY id
 * @mask: its mask
 *
 * Applied to the first element of a KC_PHY_DRIVERS() entry, which the id
 * forms make a tagged (id, mask) pair. Anything else leaves this name
 * unexpanded, so the compiler's message names the rule.
 */
#define kc_phy_entry_must_start_with_a_KC_PHY_ID(tag, id, mask)		\
	.phy_id = (id), .phy_id_mask = (mask)
#define __KC_PHY_ID_FIELDS(pair)	kc_phy_entry_must_start_with_a_KC_PHY_ID pair
#define __KC_PHY_DRIVER_ENTRY(c, entry)					\
	{ __KC_PHY_ID_FIELDS(KC_PP_FIRST entry), KC_PP_REST entry },
#define __KC_PHY_ID_ENTRY(c, entry)	{ __KC_PHY_ID_FIELDS(KC_PP_FIRST entry) },

#define __KC_ITEM_PHY_DRIVERS(name)	module_phy_driver(name)

/**
 * KC_PHY_REGISTER() - KC_MODULE() item: the module registers a table of
 * PHY drivers at load and unregisters it at unload
 * @name: the table declared with KC_PHY_DRIVERS()
 *
 * Takes the place of KC_STATE(): phylib owns the drivers' lifetime.
 */
#define KC_PHY_REGISTER(name)		(__KC_ITEM_PHY_DRIVERS, name)

/**
 * kc_phy_driver_implements() - whether a table entry fills a slot
 * @drv: a descriptor entry, e.g. asix_driver[0]
 * @slot: the slot's name
 *
 * Return: true if the driver implements @slot (a constant for a table the
 * compiler can see).
 */
#define kc_phy_driver_implements(drv, slot)	(!!(drv).slot)

/*
 * A typed register, a speed and a duplex are made only by the constructors
 * above (defined before this line, so their expansions may still name the
 * fields) and read through the accessors: a register number past its
 * range, or a bare number as a speed, does not compile.
 */
#pragma GCC poison __kc_c22_num __kc_c45_devad __kc_c45_num __kc_mbps __kc_duplex

#endif /* KC_ABSTRACTIONS_PHY_H */
