// SPDX-License-Identifier: GPL-2.0
/* expect: incompatible pointer type */
/*
 * A bus registered with an owner of another type than its callbacks
 * take: they would read the wrong object.
 */
#include "cf_common.h"
#include <abstractions/mdio.h>

struct cf_mac {
	u16 regs[32];
};

struct cf_other {
	long w;
};

static struct kc_result_u16 cf_read(struct cf_mac *m, u8 addr, struct kc_c22_reg reg)
{
	return KC_OK(struct kc_result_u16, m->regs[kc_c22_num(reg)]);
}

static int cf_write(struct cf_mac *m, u8 addr, struct kc_c22_reg reg, u16 val)
{
	m->regs[kc_c22_num(reg)] = val;
	return 0;
}

KC_DEFINE_MDIO_BUS(cf_mdio, struct cf_mac, cf_read, cf_write);

int cf_fn(struct cf_mac *m, struct cf_other *o, struct kc_device *dev);
int cf_fn(struct cf_mac *m, struct cf_other *o, struct kc_device *dev)
{
#ifdef KC_CF_BAD
	return kc_result_err(cf_mdio_register(o, dev, "cf", "cf-0", ~1u));
#else
	return kc_result_err(cf_mdio_register(m, dev, "cf", "cf-0", ~1u));
#endif
}
