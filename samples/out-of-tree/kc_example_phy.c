// SPDX-License-Identifier: GPL-2.0
/*
 * A PHY driver on kcrate, built out of tree against an installed kcrate:
 * the template to copy for your own driver (see README in this folder).
 *
 * It binds one made-up PHY id. Replace EXAMPLE_PHY_ID with your PHY's
 * (registers 2 and 3), and the vendor register with what its datasheet
 * says.
 */
#include <abstractions/phy.h>
#include <core/module.h>

#define EXAMPLE_PHY_ID		0x0a0bc0d1	/* made up: your PHY's OUI, model, revision */
#define EXAMPLE_PHY_CTRL	KC_C22(0x1f)	/* a vendor-specific register */
#define EXAMPLE_PHY_CTRL_AUTO_MDIX	BIT(4)

/**
 * example_config_init() - set the PHY up after each reset
 * @phy: the PHY
 *
 * Turns automatic MDI/MDI-X crossover on, then leaves the rest to genphy.
 *
 * Return: 0 or a negative errno.
 */
static __kc_might_sleep int example_config_init(struct kc_phy *phy)
{
	return kc_phy_set_bits(phy, EXAMPLE_PHY_CTRL, EXAMPLE_PHY_CTRL_AUTO_MDIX);
}

KC_PHY_CALLBACK(config_init, example_config_init);

KC_PHY_DRIVERS(example_driver,
	       (KC_PHY_ID_EXACT(EXAMPLE_PHY_ID),
		.name		= "kcrate example PHY",
		KC_PHY_CB(config_init, example_config_init),
		KC_GENPHY_CB(suspend),
		KC_GENPHY_CB(resume)));

KC_MODULE(kc_example_phy,
	  KC_PHY_REGISTER(example_driver),
	  KC_DESCRIPTION("kcrate example PHY driver"),
	  KC_AUTHOR("kcrate developers"),
	  KC_LICENSE("GPL"));
