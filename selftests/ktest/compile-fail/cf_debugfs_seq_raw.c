// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_seq. */
/* A show's text is opaque: the seq_file behind it (its buffer, its count) is not the driver's. */
#include "cf_common.h"
#include <abstractions/debugfs.h>

struct cf_dev {
	u32 v;
};

static int cf_show(struct cf_dev *d, struct kc_seq *s)
{
#ifdef KC_CF_BAD
	return sizeof(*s);
#else
	kc_seq_printf(s, "%u\n", d->v);
	return 0;
#endif
}

KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);

struct kc_debugfs_dir *cf_fn(struct cf_dev *d);
struct kc_debugfs_dir *cf_fn(struct cf_dev *d)
{
	return cf_dir_create(d, NULL, "cf");
}
