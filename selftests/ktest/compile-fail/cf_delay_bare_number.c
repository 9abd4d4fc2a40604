// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible type for argument 2 of .cf_poll_work_schedule. */
/*
 * A delay given as a bare number: 100 reads as milliseconds and runs as
 * jiffies (1 s at HZ=100, 400 ms at HZ=250).
 */
#include "cf_common.h"
#include <core/work.h>

struct cf_board {
	struct kc_delayed_work poll;
};

static void cf_poll(struct cf_board *b)
{
}

KC_DEFINE_DELAYED_WORK(cf_poll_work, struct cf_board, poll, cf_poll);

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_poll_work);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
#ifdef KC_CF_BAD
	return cf_poll_work_schedule(b, 100);
#else
	return cf_poll_work_schedule(b, KC_MSECS(100));
#endif
}
