// SPDX-License-Identifier: GPL-2.0
/* expect: assigning to type .struct kc_platform_device \*. from type .struct kc_result_platform */
/*
 * A device kept before the creation's error is checked (-EEXIST for a
 * name and id taken): its later unregister would take the error for a
 * device.
 */
#include "cf_common.h"
#include <abstractions/platform.h>

static struct kc_platform_device *cf_dev;

int cf_fn(struct kc_device *parent);
__kc_might_sleep int cf_fn(struct kc_device *parent)
{
#ifdef KC_CF_BAD
	cf_dev = kc_platform_device_register_simple(parent, "cf", 0);
	return 0;
#else
	kc_try_val(cf_dev, kc_platform_device_register_simple(parent, "cf", 0));
	return 0;
#endif
}
