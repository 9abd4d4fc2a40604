// SPDX-License-Identifier: GPL-2.0
/* expect: __kc_free\(kc_box\): the variable is not a pointer */
/* kc_box's release on a variable that holds no pointer: it would free
 * whatever the variable's bytes say.
 */
#include "cf_common.h"

int cf_fn(void);
int cf_fn(void)
{
#ifdef KC_CF_BAD
	int n __kc_free(kc_box) = 5;

	return n;
#else
	int *n __kc_free(kc_box) = kc_box_new(int, GFP_KERNEL);

	return n ? 0 : -ENOMEM;
#endif
}
