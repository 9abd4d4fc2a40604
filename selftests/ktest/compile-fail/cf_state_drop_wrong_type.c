// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit KC_DEVICE_STATE_DROP\(struct cf_state\): it must be void cf_drop ?\( */
/* A drop that does not take the state it releases. */
#include "cf_common.h"
#include <core/state.h>

struct cf_state {
	int v;
};

#ifdef KC_CF_BAD
static void cf_drop(void *state)
#else
static void cf_drop(struct cf_state *state)
#endif
{
}
KC_DEVICE_STATE_DROP(struct cf_state, cf_drop);

int cf_fn(kc_device_state_t *s);
int cf_fn(kc_device_state_t *s)
{
	return s->v;
}
