// SPDX-License-Identifier: GPL-2.0
/* expect: __kc_work_cf_chip_is_not_cancelled_by_its_owner */
/*
 * A chip whose owner's release does not list it: the owner would be
 * freed with the chip still registered, and gpiolib would call into
 * freed memory.
 */
#include "cf_common.h"
#include "cf_gpiochip.h"

#ifdef KC_CF_BAD
KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop);
#else
KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);
#endif

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	return cf_chip_add(b, NULL, "cf");
}
