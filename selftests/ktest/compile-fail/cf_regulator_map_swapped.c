// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regulator_map_voltage_linear\(\): min_uv is above max_uv */
/* kc_regulator_map_voltage_linear() with min and max swapped (constants). */
#include "cf_common.h"
#include <abstractions/regulator.h>

int cf_fn(struct kc_regulator *reg, int uv);
int cf_fn(struct kc_regulator *reg, int uv)
{
	u32 sel;

#ifdef KC_CF_BAD
	kc_try_val(sel, kc_regulator_map_voltage_linear(reg, 1350000, 1300000));
#else
	kc_try_val(sel, kc_regulator_map_voltage_linear(reg, 1300000, 1350000));
#endif
	/* A variable bound: an empty range is -EINVAL at run time. */
	kc_try_val(sel, kc_regulator_map_voltage_linear(reg, uv, 1350000));
	return sel;
}
