// SPDX-License-Identifier: GPL-2.0
/* expect: switch jumps over variable initialization */
/* A case label inside the scope of a cleanup variable: the release would
 * run on a variable the jump skipped.
 */
#include "cf_common.h"

int cf_fn(int x);
int cf_fn(int x)
{
	switch (x) {
#ifdef KC_CF_BAD
	case 0: {
		struct cf_obj *o __kc_free(cf_obj) = kc_box_new(struct cf_obj, GFP_KERNEL);
	case 1:
		return o ? 0 : -ENOMEM;
	}
#else
	case 0: {
		struct cf_obj *o __kc_free(cf_obj) = kc_box_new(struct cf_obj, GFP_KERNEL);

		return o ? 0 : -ENOMEM;
	}
	case 1:
		return 1;
#endif
	}
	return 0;
}
