/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the compile-fail cases: each case builds cleanly as it is, and
 * must fail to build with -DKC_CF_BAD, with the message named on its
 * "expect:" line. See ../compile-fail.sh.
 */
#ifndef KC_CF_COMMON_H
#define KC_CF_COMMON_H

#include <linux/module.h>

#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/error.h>

MODULE_LICENSE("GPL");

struct cf_obj {
	int v;
};

static inline void cf_obj_free(struct cf_obj *o)
{
	kc_box_free(o);
}

KC_DEFINE_FREE(cf_obj, struct cf_obj *, cf_obj_free(_T))

#endif
