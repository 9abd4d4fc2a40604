// SPDX-License-Identifier: GPL-2.0
/* expect: platform data.*NULL */
/*
 * A platform device created with NULL data while its driver reads
 * kc_platform_data() unchecked (NULL deref at probe).
 */
#include "cf_common.h"
#include <abstractions/platform.h>

struct cf_pdata {
	u32 clock_hz;
};
KC_PLATFORM_DATA(struct cf_pdata);

static const struct cf_pdata cf_default = { .clock_hz = 1000000 };

int cf_fn(struct kc_device *parent, struct kc_platform_device **out);
__kc_might_sleep int cf_fn(struct kc_device *parent, struct kc_platform_device **out)
{
	struct kc_platform_device *pd;

#ifdef KC_CF_BAD
	kc_try_val(pd, kc_platform_device_register(parent, "cf-dev", 0, NULL));
#else
	kc_try_val(pd, kc_platform_device_register(parent, "cf-dev", 0, &cf_default));
#endif
	*out = pd;
	return kc_platform_data(pd)->clock_hz != cf_default.clock_hz;
}
