// SPDX-License-Identifier: GPL-2.0
/* expect: min, max or default of channel does not fit unsigned int */
/* -1 ("auto") as the min and default of an unsigned parameter: UINT_MAX. */
#include <linux/module.h>
#include <core/module.h>

struct cf_m {
	int unused;
};

KC_MODULE(cf_param_uint_negative,
	  KC_STATE(struct cf_m, cf_init, cf_drop),
	  KC_LICENSE("GPL"),
#ifdef KC_CF_BAD
	  KC_PARAM_UINT(channel, -1, -1, 15, "Channel, -1 for auto"));
#else
	  KC_PARAM_INT(channel, -1, -1, 15, "Channel, -1 for auto"));
#endif

static struct cf_m cf_m_state;

static struct cf_m *cf_init(void)
{
	cf_m_state.unused = channel;
	return &cf_m_state;
}

static void cf_drop(struct cf_m *m)
{
}
