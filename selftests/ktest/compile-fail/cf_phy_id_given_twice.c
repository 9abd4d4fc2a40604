// SPDX-License-Identifier: GPL-2.0
/* expect: initiali[sz]ed field overwritten */
/*
 * A driver entry that sets its id again by hand after the id form: the
 * driver would match one PHY and its alias name another.
 */
#include "cf_common.h"
#include <abstractions/phy.h>

#ifdef KC_CF_BAD
#define CF_AGAIN	.phy_id = 0x01234568,
#else
#define CF_AGAIN
#endif

KC_PHY_DRIVERS(cf_drivers,
	       (KC_PHY_ID_EXACT(0x01234567),
		.name = "cf",
		CF_AGAIN
		KC_GENPHY_CB(suspend)));

const void *cf_fn(void);
const void *cf_fn(void)
{
	return cf_drivers;
}
