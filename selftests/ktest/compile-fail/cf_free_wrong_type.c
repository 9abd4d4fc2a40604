// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible-pointer-types */
/* A release bound to struct cf_obj * cannot clean up another type. */
#include "cf_common.h"

struct cf_other {
	long w;
};

int cf_fn(void);
int cf_fn(void)
{
#ifdef KC_CF_BAD
	struct cf_other *o __kc_free(cf_obj) = NULL;
#else
	struct cf_obj *o __kc_free(cf_obj) = NULL;
#endif

	return o ? 1 : 0;
}
