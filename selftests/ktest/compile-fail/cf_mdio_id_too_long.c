// SPDX-License-Identifier: GPL-2.0
/* expect: cf_bus_register\(\): the id is longer than MII_BUS_ID_SIZE */
/*
 * A bus id longer than MII_BUS_ID_SIZE (61): strscpy() truncates it
 * silently, two buses can end up with one id.
 */
#include "cf_common.h"
#include <abstractions/mdio.h>

#define CF_LONG_ID "cf-simulated-gigabit-ethernet-controller-mdio-bus-number-0000"

struct cf_mac {
	int unit;
};

static __kc_might_sleep struct kc_result_u16
cf_mdio_read(struct cf_mac *m, u8 addr, struct kc_c22_reg reg)
{
	return KC_OK(struct kc_result_u16, 0xffff);
}

static __kc_might_sleep int
cf_mdio_write(struct cf_mac *m, u8 addr, struct kc_c22_reg reg, u16 val)
{
	return 0;
}

KC_DEFINE_MDIO_BUS(cf_bus, struct cf_mac, cf_mdio_read, cf_mdio_write);

int cf_fn(struct cf_mac *m, struct kc_device *dev);
__kc_might_sleep int cf_fn(struct cf_mac *m, struct kc_device *dev)
{
	struct kc_mdio_bus *bus;

#ifdef KC_CF_BAD
	kc_try_val(bus, cf_bus_register(m, dev, "cf", CF_LONG_ID, ~0u));
#else
	kc_try_val(bus, cf_bus_register(m, dev, "cf", "cf-mdio-0", ~0u));
#endif
	return kc_mdio_bus_phy_present(bus, 1);
}
