/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The phylib differences between the kernels kcrate
 * supports, decided by the feature probes in helpers/probes/.
 */
#ifndef KC_HELPERS_PHY_H
#define KC_HELPERS_PHY_H

#include <linux/phy.h>

/**
 * kc_helper_phy_start_aneg_from_notify() - restart autonegotiation from
 *	link_change_notify()
 * @phydev: the PHY
 *
 * Kernels that call link_change_notify()
 * with phydev->lock held export _phy_start_aneg() for this; older ones
 * call it unlocked and phy_start_aneg() takes the lock itself.
 *
 * Return: 0 or a negative errno.
 */
static inline int kc_helper_phy_start_aneg_from_notify(struct phy_device *phydev)
{
#ifdef KC_HAVE_PHY_START_ANEG_LOCKED
	return _phy_start_aneg(phydev);
#else
	return phy_start_aneg(phydev);
#endif
}

/* match_phy_device() gained the matched driver as an argument. */
#ifdef KC_HAVE_PHY_MATCH_DEVICE_DRV
#define KC_HELPER_MATCH_PHY_DEVICE_ARGS	struct phy_device *phydev, const struct phy_driver *phydrv
#else
#define KC_HELPER_MATCH_PHY_DEVICE_ARGS	struct phy_device *phydev
#endif

/* set_loopback() gained a speed argument (0: let the driver choose). */
#ifdef KC_HAVE_PHY_LOOPBACK_SPEED
#define KC_HELPER_SET_LOOPBACK_ARGS	struct phy_device *phydev, bool enable, int speed
#define KC_HELPER_LOOPBACK_SPEED	speed
#else
#define KC_HELPER_SET_LOOPBACK_ARGS	struct phy_device *phydev, bool enable
#define KC_HELPER_LOOPBACK_SPEED	0
#endif

#endif /* KC_HELPERS_PHY_H */
