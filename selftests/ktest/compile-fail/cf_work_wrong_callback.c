// SPDX-License-Identifier: GPL-2.0
/* expect: cf_kick does not fit cf_kick_work: it must be void cf_kick ?\(struct cf_board \*o\) */
/*
 * A work callback that takes something else than its owner (here the raw
 * work_struct, to container_of() by hand) or returns a value no one reads.
 */
#include "cf_common.h"
#include <core/work.h>

struct cf_board {
	struct kc_work kick;
};

#ifdef KC_CF_BAD
static int cf_kick(struct work_struct *w)
{
	return 0;
}
#else
static void cf_kick(struct cf_board *b)
{
}
#endif

KC_DEFINE_WORK(cf_kick_work, struct cf_board, kick, cf_kick);

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_kick_work);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	cf_kick_work_init(b);
	return cf_kick_work_queue(b);
}
