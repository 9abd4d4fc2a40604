// SPDX-License-Identifier: GPL-2.0
/* expect: ignoring return value of .kc_vec_int_push */
/* An allocating call whose failure is ignored. */
#include "cf_common.h"

int cf_fn(struct kc_vec_int *v);
int cf_fn(struct kc_vec_int *v)
{
#ifdef KC_CF_BAD
	kc_vec_int_push(v, 1, GFP_KERNEL);
	return 0;
#else
	return kc_vec_int_push(v, 1, GFP_KERNEL);
#endif
}
