// SPDX-License-Identifier: GPL-2.0
/* expect: kc_try\(\) takes an int errno */
/* pop says "empty" with false: kc_try() on it would never stop. */
#include "cf_common.h"

int cf_fn(struct kc_vec_int *v);
int cf_fn(struct kc_vec_int *v)
{
	int last = 0;

#ifdef KC_CF_BAD
	kc_try(kc_vec_int_pop(v, &last));
#else
	if (!kc_vec_int_pop(v, &last))
		return -ENOENT;
#endif
	return last;
}
