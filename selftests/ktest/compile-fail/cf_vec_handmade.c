// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A vector written by hand around the caller's buffer, which it does not
 * own: its release would kfree() that buffer.
 */
#include "cf_common.h"

int cf_fn(int *buf);
int cf_fn(int *buf)
{
#ifdef KC_CF_BAD
	struct kc_vec_int v __kc_free(kc_vec_int) = { buf, 4, 4 };
#else
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;

	kc_try(kc_vec_int_extend(&v, buf, 4, GFP_KERNEL));
#endif
	return kc_vec_len(&v);
}
