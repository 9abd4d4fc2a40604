// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_seq. */
/* A show's text is opaque: the seq_file behind it (its buffer, its count) is not the driver's. */
#include "cf_common.h"
#include "cf_debugfs.h"

static int cf_show(struct cf_dev *d, struct kc_seq *s)
{
#ifdef KC_CF_BAD
	return sizeof(*s);
#else
	kc_seq_printf(s, "%u\n", d->v);
	return 0;
#endif
}

CF_DEBUGFS_STATUS_DIR();
