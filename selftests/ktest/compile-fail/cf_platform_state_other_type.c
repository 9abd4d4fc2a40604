// SPDX-License-Identifier: GPL-2.0
/* expect: it must be void cf_remove ?\(struct kc_platform_device \*pdev, kc_device_state_t */
/* A remove that takes its state as another driver's type. */
#include "cf_common.h"
#include <abstractions/platform.h>

struct cf_state {
	int v;
};

struct cf_other {
	long w;
};

KC_DEVICE_STATE(struct cf_state);

static int cf_probe(struct kc_platform_device *pdev, struct cf_state *state)
{
	return 0;
}
KC_PLATFORM_CALLBACK(probe, cf_probe);

#ifdef KC_CF_BAD
static void cf_remove(struct kc_platform_device *pdev, struct cf_other *state)
#else
static void cf_remove(struct kc_platform_device *pdev, struct cf_state *state)
#endif
{
}
KC_PLATFORM_CALLBACK(remove, cf_remove);

KC_PLATFORM_DRIVER(cf_driver) = {
	.driver = { .name = "cf" },
	KC_PLATFORM_CB(probe, cf_probe),
};

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_driver;
}
