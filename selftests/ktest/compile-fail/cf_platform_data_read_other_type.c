// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A probe that reads its device's data as another type than the file's. */
#include "cf_common.h"
#include <abstractions/platform.h>

struct cf_pdata {
	u32 speed;
};

struct cf_other {
	u64 rate;
};

KC_PLATFORM_DATA(struct cf_pdata);

struct cf_state {
	int v;
};
KC_DEVICE_STATE(struct cf_state);

static int cf_probe(struct kc_platform_device *pdev, struct cf_state *state)
{
#ifdef KC_CF_BAD
	const struct cf_other *pd = kc_platform_data(pdev);

	return pd && pd->rate ? 0 : -EINVAL;
#else
	const struct cf_pdata *pd = kc_platform_data(pdev);

	return pd && pd->speed ? 0 : -EINVAL;
#endif
}
KC_PLATFORM_CALLBACK(probe, cf_probe);

KC_PLATFORM_DRIVER(cf_driver) = {
	.driver = { .name = "cf" },
	KC_PLATFORM_CB(probe, cf_probe),
};

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_driver;
}
