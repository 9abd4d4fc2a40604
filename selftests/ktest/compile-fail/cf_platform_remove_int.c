// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_platform_ops.remove: it must be void cf_remove ?\(struct kc_pl */
/*
 * A remove written as the kernel's before v6.11, returning an error the
 * driver core ignores: an unbind cannot fail.
 */
#include "cf_common.h"
#include <abstractions/platform.h>

struct cf_state {
	int v;
};
KC_DEVICE_STATE(struct cf_state);

static int cf_probe(struct kc_platform_device *pdev, struct cf_state *state)
{
	return 0;
}
KC_PLATFORM_CALLBACK(probe, cf_probe);

#ifdef KC_CF_BAD
static int cf_remove(struct kc_platform_device *pdev, struct cf_state *state)
{
	return 0;
}
#else
static void cf_remove(struct kc_platform_device *pdev, struct cf_state *state)
{
}
#endif
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
