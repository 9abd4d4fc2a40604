// SPDX-License-Identifier: GPL-2.0
/* expect: request for member .__kc_result_err. in something not a structure */
/* kc_try_val() unwraps result types only. */
#include "cf_common.h"

int cf_fn(int x);
int cf_fn(int x)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, x);
#else
	kc_try_val(v, KC_OK(struct kc_result_u16, x));
#endif
	return v;
}
