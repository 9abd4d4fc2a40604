// SPDX-License-Identifier: GPL-2.0
/* expect: assignment of read-only location */
/*
 * An owner of locked data copied over another: the copy would carry a
 * lock that is held or queued on, to an address lockdep never saw
 * initialised. Copying the data out under the lock is the way.
 */
#include "cf_common.h"
#include <core/locked.h>

struct cf_counts {
	int reads;
};

KC_DEFINE_LOCKED(cf_locked_counts, mutex, struct cf_counts);

struct cf_board {
	int id;
	struct cf_locked_counts counts;
};

void cf_fn(struct cf_board *to, struct cf_board *from);
void cf_fn(struct cf_board *to, struct cf_board *from)
{
#ifdef KC_CF_BAD
	*to = *from;
#else
	struct cf_counts snapshot;

	{
		kc_locked(cf_locked_counts, &from->counts, c);

		snapshot = *c;
	}
	{
		kc_locked(cf_locked_counts, &to->counts, c);

		*c = snapshot;
	}
	to->id = from->id;
#endif
}
