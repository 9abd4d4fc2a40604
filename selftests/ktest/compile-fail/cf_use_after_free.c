// SPDX-License-Identifier: GPL-2.0
/* expect: used after .kfree. */
/* Memory read after kc_free() in the same function (gcc 11 and later). */
#include "cf_common.h"

int cf_fn(int x);
int cf_fn(int x)
{
	int *p = kc_alloc(sizeof(*p), GFP_KERNEL);
	int v;

	if (!p)
		return -ENOMEM;
	*p = x;
#ifdef KC_CF_BAD
	kc_free(p);
	v = *p;
#else
	v = *p;
	kc_free(p);
#endif
	return v;
}
