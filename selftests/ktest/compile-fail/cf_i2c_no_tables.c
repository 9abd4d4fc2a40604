// SPDX-License-Identifier: GPL-2.0
/* expect: an I2C driver needs KC_I2C_IDS\(\) or KC_OF_IDS\(\) */
/* An I2C driver with neither an id table nor an OF table: nothing binds. */
#include "cf_common.h"
#include <abstractions/i2c.h>

#ifdef KC_CF_BAD
#define CF_OF_IDS	KC_OF_NO_IDS
#else
#define CF_OF_IDS	KC_OF_IDS({ .compatible = "acme,cf" })
#endif

KC_I2C_DRIVER(cf_driver, KC_I2C_NO_IDS, CF_OF_IDS,
	      .driver.name = "cf");

const void *cf_fn(void);
const void *cf_fn(void)
{
	return &cf_driver;
}
