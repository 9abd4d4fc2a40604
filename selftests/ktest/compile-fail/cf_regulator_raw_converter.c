// SPDX-License-Identifier: GPL-2.0
/* expect: implicit declaration of function .__kc_regulator_raw. */
/* No converter to the raw struct regulator_dev but the kc_unsafe_ escape hatch. */
#include "cf_common.h"
#include <abstractions/regulator.h>

int cf_fn(struct kc_regulator *h);
int cf_fn(struct kc_regulator *h)
{
#ifdef KC_CF_BAD
	return !!__kc_regulator_raw(h);
#else
	return !!kc_regulator_name(h);
#endif
}
