// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A delay written by hand: 100 is jiffies, whatever the reader took it
 * for, and no KC_MSECS() or KC_SECS() says the unit.
 */
#include "cf_common.h"
#include "cf_work.h"

CF_POLL_BOARD();

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
#ifdef KC_CF_BAD
	return cf_poll_work_schedule(b, (struct kc_delay){ 100 });
#else
	return cf_poll_work_schedule(b, KC_MSECS(100));
#endif
}
