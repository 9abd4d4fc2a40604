// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_vec_len. */
/* A vector's length written by hand: its fields are private. */
#include "cf_common.h"

void cf_fn(struct kc_vec_int *v);
void cf_fn(struct kc_vec_int *v)
{
#ifdef KC_CF_BAD
	v->__kc_vec_len = 1000;
#else
	kc_vec_int_truncate(v, 0);
#endif
}
