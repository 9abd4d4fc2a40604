// SPDX-License-Identifier: GPL-2.0
/* expect: kc_try\(\) takes an int errno */
/* A bool is never negative: kc_try() on it always "succeeds". */
#include "cf_common.h"

static inline bool cf_pop(void)
{
	return false;
}

static inline int cf_errno(void)
{
	return -EIO;
}

int cf_fn(void);
int cf_fn(void)
{
#ifdef KC_CF_BAD
	kc_try(cf_pop());
#else
	kc_try(cf_errno());
#endif
	return 0;
}
