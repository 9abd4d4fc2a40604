// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A device created with data of another type than the file's. */
#include "cf_common.h"
#include <abstractions/platform.h>

struct cf_pdata {
	u32 speed;
};

struct cf_other {
	u8 mode;
};

KC_PLATFORM_DATA(struct cf_pdata);

int cf_fn(struct kc_device *parent);
int cf_fn(struct kc_device *parent)
{
#ifdef KC_CF_BAD
	struct cf_other data = { .mode = 1 };
#else
	struct cf_pdata data = { .speed = 100 };
#endif

	return kc_result_err(kc_platform_device_register(parent, "cf", 0, &data));
}
