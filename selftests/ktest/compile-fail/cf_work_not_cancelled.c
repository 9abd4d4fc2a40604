// SPDX-License-Identifier: GPL-2.0
/* expect: storage size of .__kc_work_cf_poll_work_is_not_cancelled_by_its_owner. */
/*
 * A work item its owner's release does not cancel would run on freed
 * memory once the owner is gone: every work item must be listed in its
 * owner's KC_DEFINE_OWNER().
 */
#include "cf_common.h"
#include <core/work.h>

struct cf_board {
	struct kc_work kick;
	struct kc_delayed_work poll;
};

static void cf_kick(struct cf_board *b)
{
}

static void cf_poll(struct cf_board *b)
{
}

KC_DEFINE_WORK(cf_kick_work, struct cf_board, kick, cf_kick);
KC_DEFINE_DELAYED_WORK(cf_poll_work, struct cf_board, poll, cf_poll);

static void cf_board_drop(struct cf_board *b)
{
}

#ifdef KC_CF_BAD
KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_kick_work);
#else
KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_kick_work, cf_poll_work);
#endif

int cf_fn(void);
int cf_fn(void)
{
	struct cf_board *b __kc_free(cf_board) = kc_box_new(struct cf_board, GFP_KERNEL);

	if (!b)
		return -ENOMEM;
	cf_kick_work_init(b);
	cf_poll_work_init(b);
	return cf_kick_work_queue(b) && cf_poll_work_schedule(b, KC_SECS(1));
}
