// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A result written by hand, its fields given in order: a bus error turned
 * into a success holding 0xffff, past KC_OK() and KC_ERR().
 */
#include "cf_common.h"

struct kc_result_u16 cf_fn(int ret);
struct kc_result_u16 cf_fn(int ret)
{
	if (ret < 0)
#ifdef KC_CF_BAD
		return (struct kc_result_u16){ 0, 0xffff };
#else
		return KC_ERR(struct kc_result_u16, ret);
#endif
	return KC_OK(struct kc_result_u16, ret);
}
