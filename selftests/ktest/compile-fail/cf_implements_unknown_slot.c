// SPDX-License-Identifier: GPL-2.0
/* expect: cf_ops_slot_close. undeclared */
/* KC_VTABLE_IMPLEMENTS() on a slot the vtable kind does not have. */
#include "cf_common.h"
#include <core/handle.h>
#include <core/vtable.h>

struct cf_raw {
	int id;
};

struct cf_raw_ops {
	int (*open)(struct cf_raw *raw);
	int (*read)(struct cf_raw *raw);
};

KC_DEFINE_HANDLE(cf_dev, struct cf_raw, cf_raw);
KC_VTABLE_SLOTS(cf_ops, open, read);
typedef int cf_ops_open_t(struct cf_dev *d);
#define cf_ops_open_TRAMPOLINE(tramp, fn)				\
	static int tramp(struct cf_raw *raw)				\
	{								\
		return fn(kc_unsafe_from_cf_raw(raw));			\
	}

static int cf_open(struct cf_dev *d)
{
	return 0;
}

#define cf_list (open, cf_open)
KC_VTABLE_DEFINE(cf_ops, cf_drv, cf_list);
const struct cf_raw_ops cf_raw_ops = { KC_VTABLE_INIT(cf_ops, cf_drv, cf_list) };

static_assert(!KC_VTABLE_IMPLEMENTS(cf_ops, cf_drv, read));
#ifdef KC_CF_BAD
static_assert(!KC_VTABLE_IMPLEMENTS(cf_ops, cf_drv, close));
#endif
