// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A regulator operation that reads the state as another type. */
#include "cf_common.h"
#include <abstractions/regulator.h>

struct cf_state {
	int v;
};

struct cf_other {
	long w;
};

KC_DEVICE_STATE(struct cf_state);

static int cf_enable(struct kc_regulator *reg)
{
#ifdef KC_CF_BAD
	struct cf_other *s = kc_regulator_state(reg);

	return s->w ? 0 : -EINVAL;
#else
	struct cf_state *s = kc_regulator_state(reg);

	return s->v ? 0 : -EINVAL;
#endif
}
KC_REGULATOR_CALLBACK(enable, cf_enable);

KC_REGULATOR_OPS(cf_ops) = {
	KC_REGULATOR_CB(enable, cf_enable),
};

const void *cf_use(void);
const void *cf_use(void)
{
	return &cf_ops;
}
