// SPDX-License-Identifier: GPL-2.0
/* expect: kc_i2c_pm.suspend_late: it must be int cf_suspend ?\(struct kc_i2c_client \*client, kc */
/* A sleep callback written for the client alone, which cannot reach its state. */
#include "cf_common.h"
#include <abstractions/i2c.h>

struct cf_state {
	int v;
};

KC_DEVICE_STATE(struct cf_state);

#ifdef KC_CF_BAD
static int cf_suspend(struct kc_i2c_client *client)
{
	return 0;
}
#else
static int cf_suspend(struct kc_i2c_client *client, struct cf_state *state)
{
	return state->v;
}
#endif

static int cf_resume(struct kc_i2c_client *client, struct cf_state *state)
{
	return state->v;
}

KC_I2C_PM_LATE(cf_pm, cf_suspend, cf_resume);

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_pm;
}
