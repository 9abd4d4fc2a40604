// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_debugfs_dir. */
/* The directory handle is opaque: the dentry behind it has no field to reach. */
#include "cf_common.h"
#include <abstractions/debugfs.h>

int cf_fn(struct kc_debugfs_dir *d);
int cf_fn(struct kc_debugfs_dir *d)
{
#ifdef KC_CF_BAD
	return sizeof(*d);
#else
	return kc_debugfs_dir_present(d);
#endif
}
