// SPDX-License-Identifier: GPL-2.0
/*
 * A helper that sleeps must say so: unmarked, its call to a sleeper is
 * refused even where nothing is held.
 */
/* expect: msleep\(\) may sleep: the calling function must be marked __kc_might_sleep */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
static void ctx_wait(void)
{
	msleep(20);
}

__kc_might_sleep void ctx_case(void)
{
	ctx_wait();
}
#else
static __kc_might_sleep void ctx_wait(void)
{
	msleep(20);
}

__kc_might_sleep void ctx_case(void)
{
	ctx_wait();
}
#endif
