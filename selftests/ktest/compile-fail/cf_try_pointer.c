// SPDX-License-Identifier: GPL-2.0
/* expect: kc_try\(\) takes an int errno */
/* A pointer goes through kc_try_val() as a result, not through kc_try(). */
#include "cf_common.h"

static inline void *cf_get(void)
{
	return NULL;
}

static inline int cf_errno(void)
{
	return -EIO;
}

int cf_fn(void);
int cf_fn(void)
{
#ifdef KC_CF_BAD
	kc_try(cf_get());
#else
	kc_try(cf_errno());
#endif
	return 0;
}
