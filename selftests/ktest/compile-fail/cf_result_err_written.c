// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_result_err. */
/* A result is built by KC_OK()/KC_ERR() only: its error cannot be forged. */
#include "cf_common.h"

struct kc_result_u16 cf_read(void);
struct kc_result_u16 cf_read(void)
{
	struct kc_result_u16 r = KC_OK(struct kc_result_u16, 1);

#ifdef KC_CF_BAD
	r.__kc_result_err = 0;
#else
	r = KC_ERR(struct kc_result_u16, -EIO);
#endif
	return r;
}
