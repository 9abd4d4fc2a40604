// SPDX-License-Identifier: GPL-2.0
/* expect: debugfs file other_status is not a file of struct cf_dev */
/*
 * A directory lists a file of another owner type: the file's handlers
 * would get the directory's owner as the wrong type.
 */
#include "cf_common.h"
#include <abstractions/debugfs.h>

struct cf_dev {
	u32 v;
};

struct cf_other {
	u32 w;
};

static int cf_show(struct cf_dev *d, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", d->v);
	return 0;
}

static int cf_other_show(struct cf_other *o, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", o->w);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);
KC_DEFINE_DEBUGFS_FILE(other_status, struct cf_other, cf_other_show, NULL);
KC_DEFINE_DEBUGFS_DIR(cf_other_dir, struct cf_other, other_status);

#ifdef KC_CF_BAD
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status, other_status);
#else
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);
#endif

struct kc_debugfs_dir *cf_fn(struct cf_dev *d);
struct kc_debugfs_dir *cf_fn(struct cf_dev *d)
{
	return cf_dir_create(d, NULL, "cf");
}
