// SPDX-License-Identifier: GPL-2.0
/* expect: has no member named .val. */
/* A result's value read past its error: the field is not there to read. */
#include "cf_common.h"

struct kc_result_u16 cf_read(void);

int cf_fn(void);
int cf_fn(void)
{
	u16 v;

#ifdef KC_CF_BAD
	v = cf_read().val;
#else
	kc_try_val(v, cf_read());
#endif
	return v;
}
