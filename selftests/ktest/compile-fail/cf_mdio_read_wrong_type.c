// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit cf_mdio\.read: it must be struct kc_result_u16 cf_read ?\(struct cf_mac */
/*
 * An MDIO read written as phylib's raw one: an int that mixes the value
 * with the errno, and a register number that may carry a clause-45 flag.
 */
#include "cf_common.h"
#include <abstractions/mdio.h>

struct cf_mac {
	u16 regs[32];
};

#ifdef KC_CF_BAD
static int cf_read(struct cf_mac *m, u8 addr, int reg)
{
	return m->regs[reg & 31];
}
#else
static struct kc_result_u16 cf_read(struct cf_mac *m, u8 addr, struct kc_c22_reg reg)
{
	return KC_OK(struct kc_result_u16, m->regs[kc_c22_num(reg)]);
}
#endif

static int cf_write(struct cf_mac *m, u8 addr, struct kc_c22_reg reg, u16 val)
{
	m->regs[kc_c22_num(reg)] = val;
	return 0;
}

KC_DEFINE_MDIO_BUS(cf_mdio, struct cf_mac, cf_read, cf_write);

int cf_fn(struct cf_mac *m, struct kc_device *dev);
int cf_fn(struct cf_mac *m, struct kc_device *dev)
{
	return kc_result_err(cf_mdio_register(m, dev, "cf", "cf-0", ~1u));
}
