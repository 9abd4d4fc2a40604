// SPDX-License-Identifier: GPL-2.0
/* expect: attempt to use poisoned .__kc_work_delayed. */
/*
 * A work item's kernel object queued (or re-initialised, or flushed) by
 * hand, outside what its owner's release cancels.
 */
#include "cf_common.h"
#include "cf_work.h"

CF_POLL_BOARD();

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
#ifdef KC_CF_BAD
	return schedule_delayed_work(&b->poll.__kc_work_delayed, HZ);
#else
	return cf_poll_work_schedule(b, KC_SECS(1));
#endif
}
