// SPDX-License-Identifier: GPL-2.0
/* expect: implicit declaration of function .kc_i2c_drvdata */
/* The untyped driver-data accessors are gone: the state comes typed. */
#include "cf_common.h"
#include <abstractions/i2c.h>

struct cf_state {
	int v;
};

KC_DEVICE_STATE(struct cf_state);

static void cf_remove(struct kc_i2c_client *client, struct cf_state *state)
{
#ifdef KC_CF_BAD
	struct cf_state *s = kc_i2c_drvdata(client);

	s->v = 0;
#else
	state->v = 0;
#endif
}
KC_I2C_CALLBACK(remove, cf_remove);

KC_I2C_DRIVER(cf_driver, KC_I2C_IDS({ "cf" }), KC_OF_NO_IDS,
	      .driver.name = "cf",
	      KC_I2C_CB(remove, cf_remove));

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_driver;
}
