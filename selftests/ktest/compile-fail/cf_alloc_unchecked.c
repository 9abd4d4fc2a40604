// SPDX-License-Identifier: GPL-2.0
/* expect: ignoring return value of .kc_alloc */
/* An allocation whose result is dropped. */
#include "cf_common.h"

void *cf_fn(void);
void *cf_fn(void)
{
#ifdef KC_CF_BAD
	kc_alloc(16, GFP_KERNEL);
	return NULL;
#else
	return kc_alloc(16, GFP_KERNEL);
#endif
}
