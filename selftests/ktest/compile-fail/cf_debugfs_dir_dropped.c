// SPDX-License-Identifier: GPL-2.0
/* expect: ignoring return value of .cf_dir_create */
/*
 * An owned directory whose handle is dropped could never be removed: its
 * files would outlive their owner.
 */
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

KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);

void cf_fn(struct cf_dev *d);
void cf_fn(struct cf_dev *d)
{
#ifdef KC_CF_BAD
	cf_dir_create(d, NULL, "cf");
#else
	struct kc_debugfs_dir *dir __kc_free(kc_debugfs_dir) = cf_dir_create(d, NULL, "cf");

	(void)dir;
#endif
}
