// SPDX-License-Identifier: GPL-2.0
/* expect: has no member named .data. */
/* An index past the length, through the vector's buffer. */
#include "cf_common.h"

int cf_fn(struct kc_vec_int *v);
int cf_fn(struct kc_vec_int *v)
{
	int e = 0;

#ifdef KC_CF_BAD
	e = v->data[1000];
#else
	kc_try(kc_vec_int_get(v, 1000, &e));
#endif
	return e;
}
