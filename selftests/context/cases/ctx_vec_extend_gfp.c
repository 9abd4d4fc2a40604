// SPDX-License-Identifier: GPL-2.0
/*
 * A vector extend with GFP_KERNEL with bottom halves disabled is refused;
 * with GFP_ATOMIC accepted.
 */
/* expect: may sleep in atomic context: kc_vec_u8_extend\(\) \(held: bh local_bh_disable */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
int ctx_case(struct kc_vec_u8 *v, const u8 *frame, size_t len)
{
	int err;

	local_bh_disable();
	err = kc_vec_u8_extend(v, frame, len, GFP_KERNEL);
	local_bh_enable();
	return err;
}
#else
int ctx_case(struct kc_vec_u8 *v, const u8 *frame, size_t len)
{
	int err;

	local_bh_disable();
	err = kc_vec_u8_extend(v, frame, len, GFP_ATOMIC);
	local_bh_enable();
	return err;
}
#endif
