// SPDX-License-Identifier: GPL-2.0
/*
 * A helper that allocates with the flags its caller passes: there they
 * are a variable, judged as sleeping, so the helper must be marked
 * __kc_might_sleep like any sleeper.
 */
/* expect: flags are not a constant \(judged as sleeping\): the calling function must be marked */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
static void *ctx_get(size_t n, gfp_t gfp)
{
	return kzalloc(n, gfp);
}
#else
static __kc_might_sleep void *ctx_get(size_t n, gfp_t gfp)
{
	return kzalloc(n, gfp);
}
#endif

__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	d->buf = ctx_get(32, GFP_KERNEL);
}
