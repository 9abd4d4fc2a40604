// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit status\.show: it must be int cf_show ?\(struct cf_dev \*o, struct kc_seq */
/*
 * A show written as a raw read handler would be: it gets the user's
 * buffer and the offset, and returns a byte count.
 */
#include "cf_common.h"
#include "cf_debugfs.h"

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

CF_DEBUGFS_STATUS_DIR();
