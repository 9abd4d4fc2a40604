// SPDX-License-Identifier: GPL-2.0+
/*
 * Driver for the PHYs of ASIX Electronics' AX88772A, AX88772C (USB
 * Ethernet) and AX88796B (local bus Ethernet) controllers, on kcrate.
 *
 * A drop-in replacement for the kernel's ax88796b.ko: same module name,
 * same ids and driver names, same behaviour.
 */
#include <abstractions/phy.h>
#include <core/module.h>

#define PHY_ID_ASIX_AX88772A	0x003b1861
#define PHY_ID_ASIX_AX88772C	0x003b1881
#define PHY_ID_ASIX_AX88796B	0x003b1841

/**
 * asix_soft_reset() - reset the PHY
 * @phy: the PHY
 *
 * These PHYs reset only when BMCR_RESET goes from 0 to 1, so clear BMCR
 * before the generic reset sets the bit.
 *
 * Return: 0 or a negative errno.
 */
static __kc_might_sleep int asix_soft_reset(struct kc_phy *phy)
{
	kc_try(kc_phy_write(phy, KC_C22_BMCR, 0));
	return kc_genphy_soft_reset(phy);
}

KC_PHY_CALLBACK(soft_reset, asix_soft_reset);

/**
 * asix_ax88772a_read_status() - link, speed and duplex of the AX88772A
 * @phy: the PHY
 *
 * Some link partners (old switches) leave the AX88772A's LPA at 0, and then
 * the common modes cannot be resolved: take speed and duplex from BMCR
 * first and let the partner's abilities override them when they resolve.
 *
 * Return: 0 or a negative errno.
 */
static __kc_might_sleep int asix_ax88772a_read_status(struct kc_phy *phy)
{
	u16 bmcr;

	kc_try(kc_genphy_update_link(phy));
	if (!kc_phy_is_link_up(phy))
		return 0;

	kc_try_val(bmcr, kc_phy_read(phy, KC_C22_BMCR));
	kc_phy_set_speed(phy, bmcr & BMCR_SPEED100 ? KC_SPEED_100 : KC_SPEED_10);
	kc_phy_set_duplex(phy, bmcr & BMCR_FULLDPLX ? KC_DUPLEX_FULL : KC_DUPLEX_HALF);

	kc_try(kc_genphy_read_lpa(phy));
	if (kc_phy_is_autoneg_enabled(phy) && kc_phy_is_autoneg_completed(phy))
		kc_phy_resolve_aneg_linkmode(phy);
	return 0;
}

KC_PHY_CALLBACK(read_status, asix_ax88772a_read_status);

/**
 * asix_ax88772a_link_change_notify() - re-initialise after a link loss
 * @n: the PHY, as lent to link_change_notify
 *
 * Without a reset, the AX88772A keeps reporting the previous partner's
 * abilities in LPA (seen with some partner PHYs).
 */
static __kc_might_sleep void asix_ax88772a_link_change_notify(struct kc_phy_notify *n)
{
	struct kc_phy *phy = kc_phy_notify_phy(n);

	if (kc_phy_is_state_nolink(phy)) {
		/* As upstream: errors surface at the next state machine poll. */
		kc_discard(kc_phy_init_hw(phy));
		kc_discard(kc_phy_start_aneg_from_notify(n));
	}
}

KC_PHY_CALLBACK(link_change_notify, asix_ax88772a_link_change_notify);

KC_PHY_DRIVERS(asix_driver,
	       (KC_PHY_ID_EXACT(PHY_ID_ASIX_AX88772A),
		.name		= "Asix Electronics AX88772A",
		.flags		= KC_PHY_IS_INTERNAL,
		KC_PHY_CB(read_status, asix_ax88772a_read_status),
		KC_GENPHY_CB(suspend),
		KC_GENPHY_CB(resume),
		KC_PHY_CB(soft_reset, asix_soft_reset),
		KC_PHY_CB(link_change_notify, asix_ax88772a_link_change_notify),
	       ),
	       (KC_PHY_ID_EXACT(PHY_ID_ASIX_AX88772C),
		.name		= "Asix Electronics AX88772C",
		.flags		= KC_PHY_IS_INTERNAL,
		KC_GENPHY_CB(suspend),
		KC_GENPHY_CB(resume),
		KC_PHY_CB(soft_reset, asix_soft_reset),
	       ),
	       (KC_PHY_ID_MODEL(PHY_ID_ASIX_AX88796B),
		.name		= "Asix Electronics AX88796B",
		KC_PHY_CB(soft_reset, asix_soft_reset),
	       ));

KC_MODULE(ax88796b,
	  KC_PHY_REGISTER(asix_driver),
	  KC_DESCRIPTION("Asix PHY driver"),
	  KC_AUTHOR("kcrate developers"),
	  KC_LICENSE("GPL"));
