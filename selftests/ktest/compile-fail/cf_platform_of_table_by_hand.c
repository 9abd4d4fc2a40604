// SPDX-License-Identifier: GPL-2.0
/* expect: initiali[sz]ed field overwritten */
/*
 * A platform driver whose devicetree table is set by hand after
 * KC_PLATFORM_DRIVER() set the one its aliases come from: the module would
 * load for one table and bind the other's devices.
 */
#include "cf_common.h"
#include "cf_platform.h"

CF_PLATFORM_PROBE();

static const struct of_device_id __maybe_unused cf_other_ids[] = {
	{ .compatible = "acme,other" }, { }
};

#ifdef KC_CF_BAD
#define CF_BY_HAND	.driver.of_match_table = cf_other_ids,
#else
#define CF_BY_HAND
#endif

KC_PLATFORM_DRIVER(cf_driver, KC_PLATFORM_NO_IDS, KC_OF_IDS({ .compatible = "acme,cf" }),
		   .driver.name = "cf",
		   CF_BY_HAND
		   KC_PLATFORM_CB(probe, cf_probe));

const void *cf_fn(void);
const void *cf_fn(void)
{
	return &cf_driver;
}
