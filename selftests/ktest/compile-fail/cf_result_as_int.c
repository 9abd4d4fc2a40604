// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible types */
/* A register value cannot be mistaken for an errno, nor used unchecked. */
#include "cf_common.h"

int cf_fn(void);
int cf_fn(void)
{
#ifdef KC_CF_BAD
	int v = KC_OK(struct kc_result_u16, 5);
#else
	int v = kc_val_or(KC_OK(struct kc_result_u16, 5), 0);
#endif

	return v;
}
