// SPDX-License-Identifier: GPL-2.0
/* expect: debugfs file status: needs a show or a store callback, both are NULL */
/* A file with neither callback would be a file nobody can use. */
#include "cf_common.h"
#include <abstractions/debugfs.h>

struct cf_dev {
	u32 v;
};

static int cf_show(struct cf_dev *d, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", d->v);
	return 0;
}

#ifdef KC_CF_BAD
KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, NULL, NULL);
#else
KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);
#endif
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);

struct kc_debugfs_dir *cf_fn(struct cf_dev *d);
struct kc_debugfs_dir *cf_fn(struct cf_dev *d)
{
	return cf_dir_create(d, NULL, "cf");
}
