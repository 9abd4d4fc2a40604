// SPDX-License-Identifier: GPL-2.0
/* expect: kc_try\(\) takes an int errno */
/* A result goes through kc_try_val(): kc_try() would not see its error. */
#include "cf_common.h"

static inline struct kc_result_u16 cf_read(void)
{
	return KC_ERR(struct kc_result_u16, -EIO);
}

static inline int cf_errno(void)
{
	return -EIO;
}

int cf_fn(void);
int cf_fn(void)
{
#ifdef KC_CF_BAD
	kc_try(cf_read());
#else
	kc_try(cf_errno());
#endif
	return 0;
}
