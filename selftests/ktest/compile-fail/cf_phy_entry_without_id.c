// SPDX-License-Identifier: GPL-2.0
/* expect: kc_phy_entry_must_start_with_a_KC_PHY_ID */
/*
 * A driver entry without its id first: the module's mdio: alias table is
 * made of each entry's first element, so an entry without one would be a
 * driver that never autoloads, or an alias without a driver.
 */
#include "cf_common.h"
#include <abstractions/phy.h>

#ifdef KC_CF_BAD
#define CF_SECOND	(.name = "cf second", KC_PHY_ID_MODEL(0x01234570))
#else
#define CF_SECOND	(KC_PHY_ID_MODEL(0x01234570), .name = "cf second")
#endif

KC_PHY_DRIVERS(cf_drivers,
	       (KC_PHY_ID_EXACT(0x01234567),
		.name = "cf"),
	       CF_SECOND);

const void *cf_fn(void);
const void *cf_fn(void)
{
	return cf_drivers;
}
