// SPDX-License-Identifier: GPL-2.0
/* expect: used after .kfree. */
/* A box written after kc_box_free() in the same function (gcc 11 and later). */
#include "cf_common.h"

int cf_fn(int x);
int cf_fn(int x)
{
	struct cf_obj *o = kc_box_new(struct cf_obj, GFP_KERNEL);

	if (!o)
		return -ENOMEM;
#ifdef KC_CF_BAD
	kc_box_free(o);
	o->v = x;
#else
	o->v = x;
	kc_box_free(o);
#endif
	return 0;
}
