// SPDX-License-Identifier: GPL-2.0
/* expect: no member named .remove_is_not_an_entry_probe_adds_it. */
/*
 * remove put in the descriptor: its field changed type in v6.11, and
 * probe adds it as a device-managed action instead.
 */
#include "cf_common.h"
#include "cf_platform.h"

CF_PLATFORM_PROBE();

static void cf_remove(struct kc_platform_device *pdev, struct cf_state *state)
{
}
KC_PLATFORM_CALLBACK(remove, cf_remove);

#ifdef KC_CF_BAD
CF_PLATFORM_DRIVER(KC_PLATFORM_CB(remove, cf_remove));
#else
CF_PLATFORM_DRIVER();
#endif
