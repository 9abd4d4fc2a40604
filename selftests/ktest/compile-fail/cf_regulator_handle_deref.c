// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_regulator. */
/* The regulator handle is opaque: the kernel struct behind it has no field to reach. */
#include "cf_common.h"
#include <abstractions/regulator.h>

int cf_fn(struct kc_regulator *h);
int cf_fn(struct kc_regulator *h)
{
#ifdef KC_CF_BAD
	return sizeof(*h);
#else
	return !!kc_regulator_name(h);
#endif
}
