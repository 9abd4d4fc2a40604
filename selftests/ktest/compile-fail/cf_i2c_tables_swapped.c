// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible pointer type|incompatible-pointer-types */
/*
 * The devicetree table given where KC_I2C_DRIVER() takes the I2C one: the
 * driver would match by neither, and its aliases would be the wrong bus's.
 */
#include "cf_common.h"
#include <abstractions/i2c.h>

#ifdef KC_CF_BAD
KC_I2C_DRIVER(cf_driver, KC_OF_IDS({ .compatible = "acme,cf" }), KC_I2C_NO_IDS,
	      .driver.name = "cf");
#else
KC_I2C_DRIVER(cf_driver, KC_I2C_NO_IDS, KC_OF_IDS({ .compatible = "acme,cf" }),
	      .driver.name = "cf");
#endif

const void *cf_fn(void);
const void *cf_fn(void)
{
	return &cf_driver;
}
