// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_result_val. */
/* Naming a result's private field, to read it unchecked, does not compile. */
#include "cf_common.h"

struct kc_result_u16 cf_read(void);

int cf_fn(void);
int cf_fn(void)
{
	u16 v = 0;

#ifdef KC_CF_BAD
	v = cf_read().__kc_result_val;
#else
	if (kc_unwrap(v, cf_read()))
		return -EIO;
#endif
	return v;
}
