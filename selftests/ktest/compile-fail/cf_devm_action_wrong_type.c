// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_obj_devm: it must be void cf_obj_release ?\(struct cf_obj \*obj\) */
/*
 * A device-managed release that takes another type than the object it is
 * given: devres would hand it the object through a void pointer, and the
 * release would read it as something else.
 */
#include "cf_common.h"
#include <core/device.h>

struct cf_other {
	long v;
};

#ifdef KC_CF_BAD
static void cf_obj_release(struct cf_other *o)
#else
static void cf_obj_release(struct cf_obj *o)
#endif
{
	kc_box_free(o);
}

KC_DEFINE_DEVM_ACTION(cf_obj_devm, struct cf_obj, cf_obj_release);

int cf_fn(struct kc_device *dev);
int cf_fn(struct kc_device *dev)
{
	struct cf_obj *o = kc_box_new(struct cf_obj, GFP_KERNEL);

	if (!o)
		return -ENOMEM;
	return cf_obj_devm_add(dev, o);
}
