// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A probe that reads its device's data as another type than the file's. */
#include "cf_common.h"
#include "cf_platform.h"

struct cf_pdata {
	u32 speed;
};

struct cf_other {
	u64 rate;
};

KC_PLATFORM_DATA(struct cf_pdata);

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

CF_PLATFORM_DRIVER();
