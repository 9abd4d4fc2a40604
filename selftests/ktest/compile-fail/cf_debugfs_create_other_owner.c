// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A directory created on an object of another type than its files' owner. */
#include "cf_common.h"
#include <abstractions/debugfs.h>

struct cf_dev {
	u32 v;
};

struct cf_other {
	char name[8];
};

static int cf_show(struct cf_dev *d, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", d->v);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);

struct kc_debugfs_dir *cf_fn(struct cf_dev *d, struct cf_other *o);
struct kc_debugfs_dir *cf_fn(struct cf_dev *d, struct cf_other *o)
{
#ifdef KC_CF_BAD
	return cf_dir_create(o, NULL, "cf");
#else
	return cf_dir_create(d, NULL, "cf");
#endif
}
