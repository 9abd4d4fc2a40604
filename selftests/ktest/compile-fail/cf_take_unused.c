// SPDX-License-Identifier: GPL-2.0
/* expect: ignoring return value */
/* kc_take() hands ownership on: dropping its result would leak. */
#include "cf_common.h"

struct cf_obj *cf_fn(void);
struct cf_obj *cf_fn(void)
{
	struct cf_obj *o __kc_free(cf_obj) =
		kc_box_new(struct cf_obj, GFP_KERNEL);

#ifdef KC_CF_BAD
	kc_take(o);
	return NULL;
#else
	return kc_take(o);
#endif
}
