/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The platform driver compile-fail cases' common parts: a state type, a
 * probe that succeeds, and the driver descriptor with the entries under
 * test, used so that W=1 has nothing to say about it.
 */
#ifndef KC_CF_PLATFORM_H
#define KC_CF_PLATFORM_H

#include <abstractions/platform.h>

struct cf_state {
	int v;
};
KC_DEVICE_STATE(struct cf_state);

#define CF_PLATFORM_PROBE()						\
	static int cf_probe(struct kc_platform_device *pdev, struct cf_state *state) \
	{								\
		return 0;						\
	}								\
	KC_PLATFORM_CALLBACK(probe, cf_probe)

#define CF_PLATFORM_DRIVER(...)						\
	KC_PLATFORM_DRIVER(cf_driver, KC_PLATFORM_NO_IDS, KC_OF_NO_IDS,	\
			   .driver.name = "cf",				\
			   KC_PLATFORM_CB(probe, cf_probe),		\
			   __VA_ARGS__);				\
	const void *cf_use(void);					\
	const void *cf_use(void)					\
	{								\
		return &cf_driver;					\
	}

#endif
