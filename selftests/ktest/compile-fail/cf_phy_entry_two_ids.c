// SPDX-License-Identifier: GPL-2.0
/* expect: kc_phy_id_must_come_first_in_its_entry */
/*
 * A driver entry with a second id: it is no id at all there (C would take
 * the pair as a value for the next field), and its model would have no
 * alias. One model, one entry.
 */
#include "cf_common.h"
#include <abstractions/phy.h>

#ifdef KC_CF_BAD
#define CF_ENTRY	(KC_PHY_ID_EXACT(0x01234567), KC_PHY_ID_EXACT(0x01234568), .name = "cf")
#else
#define CF_ENTRY	(KC_PHY_ID_EXACT(0x01234567), .name = "cf")
#endif

KC_PHY_DRIVERS(cf_drivers, CF_ENTRY);

const void *cf_fn(void);
const void *cf_fn(void)
{
	return cf_drivers;
}
