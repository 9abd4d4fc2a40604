// SPDX-License-Identifier: GPL-2.0
/* expect: kc_discard\(\) takes an int errno */
/* kc_discard() drops an errno on purpose; a bool has none to drop. */
#include "cf_common.h"

static inline bool cf_pop(void)
{
	return false;
}

static inline int cf_errno(void)
{
	return -EIO;
}

void cf_fn(void);
void cf_fn(void)
{
#ifdef KC_CF_BAD
	kc_discard(cf_pop());
#else
	kc_discard(cf_errno());
#endif
}
