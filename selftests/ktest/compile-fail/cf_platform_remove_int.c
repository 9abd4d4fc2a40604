// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_platform_ops.remove: it must be void cf_remove ?\(struct kc_pl */
/*
 * A remove written as the kernel's before v6.11, returning an error the
 * driver core ignores: an unbind cannot fail.
 */
#include "cf_common.h"
#include "cf_platform.h"

CF_PLATFORM_PROBE();

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

CF_PLATFORM_DRIVER();
