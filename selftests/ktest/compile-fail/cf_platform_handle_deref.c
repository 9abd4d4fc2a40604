// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_platform_device. */
/* The platform device handle is opaque: no field of the kernel struct to reach. */
#include "cf_common.h"
#include <abstractions/platform.h>

int cf_id(struct kc_platform_device *pdev);
int cf_id(struct kc_platform_device *pdev)
{
#ifdef KC_CF_BAD
	return pdev->id;
#else
	return kc_platform_device_id(pdev);
#endif
}
