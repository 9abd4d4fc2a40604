// SPDX-License-Identifier: GPL-2.0
/* expect: kc_try\(\) takes an int errno */
/* A long would be truncated to int: an error could read as success. */
#include "cf_common.h"

static inline long cf_count(void)
{
	return 1L << 40;
}

static inline int cf_errno(void)
{
	return -EIO;
}

int cf_fn(void);
int cf_fn(void)
{
#ifdef KC_CF_BAD
	kc_try(cf_count());
#else
	kc_try(cf_errno());
#endif
	return 0;
}
