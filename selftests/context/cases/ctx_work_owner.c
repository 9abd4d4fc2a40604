// SPDX-License-Identifier: GPL-2.0
/*
 * Work items (core/work.h): a callback runs in process context and may
 * sleep; an owner's release cancels its work items, which waits for a
 * running callback, so it may sleep too: releasing an owner under a
 * spinlock is refused.
 */
/* expect: may sleep in atomic context: ctx_board_free\(\) \(held: spinlock */
#include "ctx_common.h"
#include <core/work.h>

struct ctx_board {
	struct kc_delayed_work poll;
	int polls;
};

static __kc_might_sleep void ctx_board_poll(struct ctx_board *b)
{
	msleep(20);
	b->polls++;
}

KC_DEFINE_DELAYED_WORK(ctx_board_poll_work, struct ctx_board, poll, ctx_board_poll);

static void ctx_board_drop(struct ctx_board *b)
{
}

KC_DEFINE_OWNER(ctx_board, struct ctx_board, ctx_board_drop, ctx_board_poll_work);

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d, struct ctx_board *b)
{
	kc_guard(spinlock)(&d->lock);

	d->count++;
	ctx_board_free(b);
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d, struct ctx_board *b)
{
	{
		kc_guard(spinlock)(&d->lock);

		d->count++;
	}
	ctx_board_free(b);
}
#endif
