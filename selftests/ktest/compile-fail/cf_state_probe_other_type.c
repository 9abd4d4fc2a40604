// SPDX-License-Identifier: GPL-2.0
/* expect: it must be int cf_probe ?\(struct kc_i2c_client \*client, kc_device_state_t */
/* A probe that takes its state as another driver's type. */
#include "cf_common.h"
#include <abstractions/i2c.h>

struct cf_state {
	int v;
};

struct cf_other {
	long w;
};

KC_DEVICE_STATE(struct cf_state);

#ifdef KC_CF_BAD
static int cf_probe(struct kc_i2c_client *client, struct cf_other *state)
#else
static int cf_probe(struct kc_i2c_client *client, struct cf_state *state)
#endif
{
	return 0;
}
KC_I2C_CALLBACK(probe, cf_probe);

KC_I2C_DRIVER(cf_driver, KC_I2C_IDS({ "cf" }), KC_OF_NO_IDS,
	      .driver.name = "cf",
	      KC_I2C_CB(probe, cf_probe));

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_driver;
}
