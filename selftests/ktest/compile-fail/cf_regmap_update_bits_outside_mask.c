// SPDX-License-Identifier: GPL-2.0
/* expect: kc_regmap_update_bits\(\): the value has bits outside the mask */
/* kc_regmap_update_bits() with the mask and the value swapped (constants). */
#include "cf_common.h"
#include <abstractions/regmap.h>

#define CF_REG_CTRL	0x02
#define CF_CTRL_EN	BIT(0)
#define CF_CTRL_MODE	GENMASK(3, 1)

int cf_fn(struct kc_regmap *map, u32 mode);
__kc_might_sleep int cf_fn(struct kc_regmap *map, u32 mode)
{
#ifdef KC_CF_BAD
	kc_try(kc_regmap_update_bits(map, CF_REG_CTRL, CF_CTRL_EN | (2 << 1),
				     CF_CTRL_EN | CF_CTRL_MODE));
#else
	kc_try(kc_regmap_update_bits(map, CF_REG_CTRL, CF_CTRL_EN | CF_CTRL_MODE,
				     CF_CTRL_EN | (2 << 1)));
#endif
	/* A variable value: -EINVAL at run time for bits outside the mask. */
	return kc_regmap_update_bits(map, CF_REG_CTRL, CF_CTRL_MODE, mode << 1);
}
