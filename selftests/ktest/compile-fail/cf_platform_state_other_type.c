// SPDX-License-Identifier: GPL-2.0
/* expect: it must be void cf_remove ?\(struct kc_platform_device \*pdev, kc_device_state_t */
/* A remove that takes its state as another driver's type. */
#include "cf_common.h"
#include "cf_platform.h"

struct cf_other {
	long w;
};

CF_PLATFORM_PROBE();

#ifdef KC_CF_BAD
static void cf_remove(struct kc_platform_device *pdev, struct cf_other *state)
#else
static void cf_remove(struct kc_platform_device *pdev, struct cf_state *state)
#endif
{
}
KC_PLATFORM_CALLBACK(remove, cf_remove);

CF_PLATFORM_DRIVER();
