// SPDX-License-Identifier: GPL-2.0
/* expect: __kc_vt_kc_regulator_ops_set_suspend_mode_cf_set_mode. undeclared */
/* set_mode's callback put in set_suspend_mode, a slot of the same type. */
#include "cf_common.h"
#include <abstractions/regulator.h>

static int cf_set_mode(struct kc_regulator *reg, unsigned int mode)
{
	return mode ? -EINVAL : 0;
}
KC_REGULATOR_CALLBACK(set_mode, cf_set_mode);

KC_REGULATOR_OPS(cf_ops) = {
#ifdef KC_CF_BAD
	KC_REGULATOR_CB(set_suspend_mode, cf_set_mode),
#else
	KC_REGULATOR_CB(set_mode, cf_set_mode),
#endif
};
