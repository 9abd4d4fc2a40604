// SPDX-License-Identifier: GPL-2.0
/* expect: debugfs file status: the show callback must be int cf_show\(struct cf_dev \*, struct */
/*
 * A show written as a raw read handler would be: it gets the user's
 * buffer and the offset, and returns a byte count.
 */
#include "cf_common.h"
#include <abstractions/debugfs.h>

struct cf_dev {
	u32 v;
};

#ifdef KC_CF_BAD
static ssize_t cf_show(struct cf_dev *d, char __user *buf, size_t count, loff_t *ppos)
{
	return 0;
}
#else
static int cf_show(struct cf_dev *d, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", d->v);
	return 0;
}
#endif

KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);

struct kc_debugfs_dir *cf_fn(struct cf_dev *d);
struct kc_debugfs_dir *cf_fn(struct cf_dev *d)
{
	return cf_dir_create(d, NULL, "cf");
}
