/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The PHY compile-fail cases' common end: one driver table with the
 * entries under test, used so that W=1 has nothing to say about it.
 */
#ifndef KC_CF_PHY_H
#define KC_CF_PHY_H

#include <abstractions/phy.h>

#define CF_PHY_DRIVER(...)						\
	KC_PHY_DRIVERS(cf_drivers,					\
		       (KC_PHY_ID_EXACT(0x01234567),			\
			.name = "cf",					\
			__VA_ARGS__));					\
	const void *cf_use(void);					\
	const void *cf_use(void)					\
	{								\
		return cf_drivers;					\
	}

#endif
