// SPDX-License-Identifier: GPL-2.0
/* expect: no member named .remove_is_not_an_entry_probe_adds_it. */
/*
 * remove put in the descriptor: its field changed type in v6.11, and
 * probe adds it as a device-managed action instead.
 */
#include "cf_common.h"
#include <abstractions/platform.h>

struct cf_state {
	int v;
};
KC_DEVICE_STATE(struct cf_state);

static int cf_probe(struct kc_platform_device *pdev, struct cf_state *state)
{
	return 0;
}
KC_PLATFORM_CALLBACK(probe, cf_probe);

static void cf_remove(struct kc_platform_device *pdev, struct cf_state *state)
{
}
KC_PLATFORM_CALLBACK(remove, cf_remove);

KC_PLATFORM_DRIVER(cf_driver) = {
	.driver = { .name = "cf" },
	KC_PLATFORM_CB(probe, cf_probe),
#ifdef KC_CF_BAD
	KC_PLATFORM_CB(remove, cf_remove),
#endif
};

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_driver;
}
