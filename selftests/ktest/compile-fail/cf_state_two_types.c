// SPDX-License-Identifier: GPL-2.0
/* expect: conflicting types for .kc_device_state_t */
/* A second state type in one file: a state could be read as the other. */
#include "cf_common.h"
#include <core/state.h>

struct cf_state {
	int v;
};

KC_DEVICE_STATE(struct cf_state);

#ifdef KC_CF_BAD
struct cf_other {
	long w;
};

KC_DEVICE_STATE(struct cf_other);
#endif

int cf_fn(kc_device_state_t *s);
int cf_fn(kc_device_state_t *s)
{
	return s->v;
}
