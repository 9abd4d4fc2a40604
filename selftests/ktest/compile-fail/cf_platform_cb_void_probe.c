// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_platform_ops.probe: it must be int cf_probe ?\(struct kc_platform_ */
/* A platform probe that cannot fail: the driver core must hear of an error. */
#include "cf_common.h"
#include "cf_platform.h"

#ifdef KC_CF_BAD
static void cf_probe(struct kc_platform_device *pdev, struct cf_state *state)
{
}
#else
static int cf_probe(struct kc_platform_device *pdev, struct cf_state *state)
{
	return 0;
}
#endif
KC_PLATFORM_CALLBACK(probe, cf_probe);

CF_PLATFORM_DRIVER();
