// SPDX-License-Identifier: GPL-2.0
/* expect: passing argument 1 of .kc_debugfs_dir_remove. from incompatible pointer type */
/*
 * A device-managed directory removed by hand: its action would remove it
 * again at unbind, a dentry freed twice. The good twin makes a
 * subdirectory in it, owned, and removes that.
 */
#include "cf_common.h"
#include "cf_debugfs.h"

static int cf_show(struct cf_dev *d, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", d->v);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(status, struct cf_dev, cf_show, NULL);
KC_DEFINE_DEBUGFS_DIR(cf_dir, struct cf_dev, status);

void cf_fn(struct cf_dev *d, struct kc_device *dev);
__kc_might_sleep void cf_fn(struct cf_dev *d, struct kc_device *dev)
{
	struct kc_debugfs_dir_devm *top = cf_dir_create_devm(d, dev, NULL, "cf");
#ifdef KC_CF_BAD
	kc_debugfs_dir_remove(top);
#else
	kc_debugfs_dir_remove(cf_dir_create(d, top, "sub"));
#endif
}
