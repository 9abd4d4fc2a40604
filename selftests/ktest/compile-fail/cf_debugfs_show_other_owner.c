// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit status\.show: it must be int cf_show ?\(struct cf_dev \*o, struct kc_seq */
/* A show of another owner type than its file's: it would read the owner as that type. */
#include "cf_common.h"
#include "cf_debugfs.h"

struct cf_other {
	char name[8];
};

#ifdef KC_CF_BAD
static int cf_show(struct cf_other *o, struct kc_seq *s)
{
	kc_seq_puts(s, o->name);
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
