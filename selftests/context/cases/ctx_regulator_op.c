// SPDX-License-Identifier: GPL-2.0
/*
 * A regulator op (its slot may sleep) that writes a regmap field under a
 * spinlock guard; the good twin writes after the guard's block.
 */
/* expect: in atomic context: kc_regmap_field_write\(\) \(held: spinlock */
#include "ctx_common.h"
#include <abstractions/regulator.h>

KC_REGMAP_FIELD(ctx_mode, 0x10, 0, 0, KC_RW);

static DEFINE_SPINLOCK(ctx_lock);
static unsigned int ctx_last;	/* under ctx_lock */

#ifdef KC_CTX_BAD
static __kc_might_sleep int ctx_set_mode(struct kc_regulator *reg, unsigned int mode)
{
	kc_guard(spinlock)(&ctx_lock);

	ctx_last = mode;
	return kc_regmap_field_write(kc_regulator_regmap(reg), &ctx_mode, mode == 1);
}
#else
static __kc_might_sleep int ctx_set_mode(struct kc_regulator *reg, unsigned int mode)
{
	{
		kc_guard(spinlock)(&ctx_lock);

		ctx_last = mode;
	}
	return kc_regmap_field_write(kc_regulator_regmap(reg), &ctx_mode, mode == 1);
}
#endif

KC_REGULATOR_CALLBACK(set_mode, ctx_set_mode);

KC_REGULATOR_OPS(ctx_case) = {
	KC_REGULATOR_CB(set_mode, ctx_set_mode),
};

const void *ctx_case_ops = &ctx_case;
