// SPDX-License-Identifier: GPL-2.0
/* expect: jump skips variable initialization */
/*
 * A goto past a cleanup variable's declaration, to a label in its scope,
 * would run its release on garbage (gcc accepts it unless
 * -Werror=jump-misses-init).
 */
#include "cf_common.h"

int cf_fn(int fail);
int cf_fn(int fail)
{
#ifdef KC_CF_BAD
	if (fail)
		goto out;
#endif
	{
		struct cf_obj *o __kc_free(cf_obj) =
			kc_box_new(struct cf_obj, GFP_KERNEL);

		if (!o)
			return -ENOMEM;
#ifdef KC_CF_BAD
out:
#endif
		return fail;
	}
}
