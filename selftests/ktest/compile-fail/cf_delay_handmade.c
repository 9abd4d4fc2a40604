// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A delay written by hand: 100 is jiffies, whatever the reader took it
 * for, and no KC_MSECS() or KC_SECS() says the unit.
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
	return cf_poll_work_schedule(b, (struct kc_delay){ 100 });
#else
	return cf_poll_work_schedule(b, KC_MSECS(100));
#endif
}
