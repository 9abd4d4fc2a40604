// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible type for argument 2 of .cf_poll_work_schedule. */
/*
 * A delay given as a bare number: 100 reads as milliseconds and runs as
 * jiffies (1 s at HZ=100, 400 ms at HZ=250).
 */
#include "cf_common.h"
#include "cf_work.h"

CF_POLL_BOARD();

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
#ifdef KC_CF_BAD
	return cf_poll_work_schedule(b, 100);
#else
	return cf_poll_work_schedule(b, KC_MSECS(100));
#endif
}
