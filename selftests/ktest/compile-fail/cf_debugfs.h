/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The debugfs compile-fail cases' common parts: an owner type, and a
 * directory of one file "status" whose show is the case's cf_show().
 */
#ifndef KC_CF_DEBUGFS_H
#define KC_CF_DEBUGFS_H

#include <abstractions/debugfs.h>

struct cf_dev {
	u32 v;
};

#define CF_DEBUGFS_STATUS_DIR()						\
	KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);	\
	KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);		\
	struct kc_debugfs_dir *cf_fn(struct cf_dev *d);			\
	struct kc_debugfs_dir *cf_fn(struct cf_dev *d)			\
	{								\
		return cf_dir_create(d, NULL, "cf");			\
	}

#endif
