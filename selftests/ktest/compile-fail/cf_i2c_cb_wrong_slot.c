// SPDX-License-Identifier: GPL-2.0
/* expect: __kc_vt_kc_i2c_ops_shutdown_cf_remove. undeclared */
/* remove's callback put in shutdown, a slot of the same driver type. */
#include "cf_common.h"
#include <abstractions/i2c.h>

struct cf_state {
	int v;
};

KC_DEVICE_STATE(struct cf_state);

static void cf_remove(struct kc_i2c_client *client, struct cf_state *state)
{
}
KC_I2C_CALLBACK(remove, cf_remove);

#ifdef KC_CF_BAD
#define CF_ENTRY	KC_I2C_CB(shutdown, cf_remove)
#else
#define CF_ENTRY	KC_I2C_CB(remove, cf_remove)
#endif

KC_I2C_DRIVER(cf_driver, KC_I2C_IDS({ "cf" }), KC_OF_NO_IDS,
	      .driver.name = "cf",
	      CF_ENTRY);

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_driver;
}
