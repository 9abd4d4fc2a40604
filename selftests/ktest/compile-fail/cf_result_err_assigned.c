// SPDX-License-Identifier: GPL-2.0
/* expect: lvalue required as left operand of assignment */
/*
 * A result's error cleared through its accessor: the failed read would
 * then hand out its value as a success.
 */
#include "cf_common.h"

struct kc_result_u16 cf_read(void);
struct kc_result_u16 cf_read(void)
{
	struct kc_result_u16 r = KC_ERR(struct kc_result_u16, -EIO);

#ifdef KC_CF_BAD
	kc_result_err(r) = 0;
#else
	if (kc_result_err(r) == -EIO)
		r = KC_OK(struct kc_result_u16, 0);
#endif
	return r;
}
