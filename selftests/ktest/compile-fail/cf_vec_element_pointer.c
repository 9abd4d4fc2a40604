// SPDX-License-Identifier: GPL-2.0
/* expect: too few arguments to function .kc_vec_int_get. */
/*
 * A pointer into a vector, kept across a push that may move the buffer:
 * no function hands one out; elements come out by value.
 */
#include "cf_common.h"

int cf_fn(struct kc_vec_int *v);
int cf_fn(struct kc_vec_int *v)
{
#ifdef KC_CF_BAD
	int *first = kc_vec_int_get(v, 0);

	kc_try(kc_vec_int_push(v, 1, GFP_KERNEL));
	return *first;
#else
	int first;

	kc_try(kc_vec_int_get(v, 0, &first));
	kc_try(kc_vec_int_push(v, 1, GFP_KERNEL));
	return first;
#endif
}
