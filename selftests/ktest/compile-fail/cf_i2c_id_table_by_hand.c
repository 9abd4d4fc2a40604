// SPDX-License-Identifier: GPL-2.0
/* expect: initiali[sz]ed field overwritten */
/*
 * An I2C driver whose id table is set by hand beside the one KC_I2C_DRIVER()
 * makes: the module would autoload for one table's names and bind the
 * other's.
 */
#include "cf_common.h"
#include <abstractions/i2c.h>

static const struct i2c_device_id __maybe_unused cf_other_ids[] = { { "cf-other" }, { } };

#ifdef KC_CF_BAD
#define CF_BY_HAND	.id_table = cf_other_ids,
#else
#define CF_BY_HAND
#endif

KC_I2C_DRIVER(cf_driver, KC_I2C_IDS({ "cf" }), KC_OF_NO_IDS,
	      CF_BY_HAND
	      .driver.name = "cf");

const void *cf_fn(void);
const void *cf_fn(void)
{
	return &cf_driver;
}
