// SPDX-License-Identifier: GPL-2.0
/* expect: lvalue required as left operand of assignment */
/*
 * A vector's length set through its accessor: kc_vec_for_each() would
 * then read past the elements, past the buffer.
 */
#include "cf_common.h"

int cf_fn(struct kc_vec_int *v);
int cf_fn(struct kc_vec_int *v)
{
	size_t i;
	int e, sum = 0;

#ifdef KC_CF_BAD
	kc_vec_len(v) = 100;
#else
	kc_vec_int_truncate(v, 100);
#endif
	kc_vec_for_each(i, e, v)
		sum += e;
	return sum;
}
