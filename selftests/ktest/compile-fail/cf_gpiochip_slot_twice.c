// SPDX-License-Identifier: GPL-2.0
/* expect: redefinition of .__kc_vt_kc_gpio_chip_ops_cf_chip_get. */
/*
 * A slot given twice: one of the two callbacks would never be called, and
 * which one would depend on the order of the list.
 */
#include "cf_common.h"
#include <abstractions/gpio_chip.h>

struct cf_board {
	struct kc_gpio_chip chip;
	bool level[4];
};

static struct kc_result_bool cf_get(struct cf_board *b, struct kc_gpio_offset off)
{
	return KC_OK(struct kc_result_bool, b->level[kc_gpio_offset_num(off)]);
}

static __maybe_unused struct kc_result_bool cf_get_inverted(struct cf_board *b,
							    struct kc_gpio_offset off)
{
	return KC_OK(struct kc_result_bool, !b->level[kc_gpio_offset_num(off)]);
}

#ifdef KC_CF_BAD
KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get, cf_get),
		    (get, cf_get_inverted));
#else
KC_DEFINE_GPIO_CHIP(cf_chip, struct cf_board, chip, atomic, 4, (get, cf_get));
#endif

static void cf_board_drop(struct cf_board *b)
{
}

KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_chip);

int cf_fn(struct cf_board *b);
int cf_fn(struct cf_board *b)
{
	return cf_chip_add(b, NULL, "cf");
}
