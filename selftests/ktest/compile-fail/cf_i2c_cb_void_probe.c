// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_i2c_ops.probe: it must be int cf_probe ?\(struct kc_i2c_client */
/* A probe that cannot fail: the I2C core must hear of an error. */
#include "cf_common.h"
#include <abstractions/i2c.h>

struct cf_state {
	int v;
};

KC_DEVICE_STATE(struct cf_state);

#ifdef KC_CF_BAD
static void cf_probe(struct kc_i2c_client *client, struct cf_state *state)
{
}
#else
static int cf_probe(struct kc_i2c_client *client, struct cf_state *state)
{
	return 0;
}
#endif
KC_I2C_CALLBACK(probe, cf_probe);

KC_I2C_DRIVER(cf_driver, KC_I2C_IDS({ "cf" }), KC_OF_NO_IDS,
	      .driver.name = "cf",
	      KC_I2C_CB(probe, cf_probe));

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_driver;
}
