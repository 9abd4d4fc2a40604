// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_regulator_ops.set_mode: it must be int cf_set_mode ?\(struct kc_reg */
/* A regulator callback whose parameters are not the slot's. */
#include "cf_common.h"
#include <abstractions/regulator.h>

#ifdef KC_CF_BAD
static int cf_set_mode(struct kc_regulator *reg, int mode)
#else
static int cf_set_mode(struct kc_regulator *reg, unsigned int mode)
#endif
{
	return mode ? -EINVAL : 0;
}
KC_REGULATOR_CALLBACK(set_mode, cf_set_mode);

KC_REGULATOR_OPS(cf_ops) = {
	KC_REGULATOR_CB(set_mode, cf_set_mode),
};
