// SPDX-License-Identifier: GPL-2.0
/* expect: cf_board_drop does not fit cf_board\.drop: it must be void cf_board_drop */
/*
 * An owner's drop that returns an error nobody reads: the release cannot
 * fail, so a drop that can is a design error, refused with the signature
 * it must have.
 */
#include "cf_common.h"
#include <core/work.h>

struct cf_board {
	struct kc_work kick;
};

static void cf_kick(struct cf_board *b)
{
}

KC_DEFINE_WORK(cf_kick_work, struct cf_board, kick, cf_kick);

#ifdef KC_CF_BAD
static int cf_board_drop(struct cf_board *b)
{
	return 0;
}
#else
static void cf_board_drop(struct cf_board *b)
{
}
#endif

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_kick_work);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	cf_kick_work_init(b);
	return cf_kick_work_queue(b);
}
