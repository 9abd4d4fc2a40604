// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit value\.store: it must be int cf_store ?\(struct cf_dev \*o, const char */
/*
 * A store that takes the user's pointer and count: the copy, the bound
 * and the NUL are the abstraction's, and no __user pointer reaches it.
 */
#include "cf_common.h"
#include <abstractions/debugfs.h>

struct cf_dev {
	u32 v;
};

#ifdef KC_CF_BAD
static int cf_store(struct cf_dev *d, const char __user *buf, size_t count)
{
	return 0;
}
#else
static int cf_store(struct cf_dev *d, const char *text)
{
	return kstrtou32(text, 0, &d->v);
}
#endif

KC_DEFINE_DEBUGFS_FILE(value, struct cf_dev, NULL, cf_store);
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, value);

struct kc_debugfs_dir *cf_fn(struct cf_dev *d);
struct kc_debugfs_dir *cf_fn(struct cf_dev *d)
{
	return cf_dir_create(d, NULL, "cf");
}
