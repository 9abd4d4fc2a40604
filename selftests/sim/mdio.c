// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: the MDIO bus "kc_phy_sim-ID" with one clause-22 PHY.
 *
 * Each access to the PHY's address goes: delay (delay_us), error injection,
 * register model, trace. An injected error means the access never reached
 * the PHY: the model is not touched (a BMSR read that fails does not clear
 * the latched link bit). Other addresses answer like an empty bus (0xffff).
 * Bus ops run in process context and may sleep.
 */
#include <linux/delay.h>

#include "kc_phy_sim.h"
#include <abstractions/mdio.h>
#include <abstractions/platform.h>
#include <core/context.h>

static __kc_might_sleep void kc_sim_mdio_delay(struct kc_sim_dev *sd)
{
	u32 us = READ_ONCE(sd->delay_us);

	if (us)
		fsleep(us);
}

static __kc_might_sleep struct kc_result_u16
kc_sim_mdio_read(struct kc_sim_dev *sd, u8 addr, struct kc_c22_reg reg)
{
	u8 num = kc_c22_num(reg);
	int ret;
	u16 val;

	if (addr != sd->addr)
		return KC_OK(struct kc_result_u16, 0xffff);
	if (num >= KC_PHY_MODEL_NREGS)
		return KC_ERR(struct kc_result_u16, -EOPNOTSUPP);

	kc_sim_mdio_delay(sd);
	ret = kc_sim_inject_check(&sd->inject, KC_SIM_OP_READ, num);
	if (ret) {
		kc_sim_trace_add(&sd->trace, KC_SIM_OP_READ, num, 0, ret);
		return KC_ERR(struct kc_result_u16, ret);
	}
	val = kc_phy_model_read(&sd->model, num);
	kc_sim_trace_add(&sd->trace, KC_SIM_OP_READ, num, val, 0);
	return KC_OK(struct kc_result_u16, val);
}

static __kc_might_sleep int
kc_sim_mdio_write(struct kc_sim_dev *sd, u8 addr, struct kc_c22_reg reg, u16 val)
{
	u8 num = kc_c22_num(reg);
	int ret;

	if (addr != sd->addr)
		return 0;
	if (num >= KC_PHY_MODEL_NREGS)
		return -EOPNOTSUPP;

	kc_sim_mdio_delay(sd);
	ret = kc_sim_inject_check(&sd->inject, KC_SIM_OP_WRITE, num);
	if (!ret)
		kc_phy_model_write(&sd->model, num, val);
	kc_sim_trace_add(&sd->trace, KC_SIM_OP_WRITE, num, val, ret);
	return ret;
}

KC_DEFINE_MDIO_BUS(kc_sim_mdio, struct kc_sim_dev, kc_sim_mdio_read, kc_sim_mdio_write);

/*
 * The bus belongs to the platform device: unregistered and freed when
 * that device unbinds.
 */
__kc_might_sleep int kc_sim_mdio_create(struct kc_sim_dev *sd)
{
	char id[MII_BUS_ID_SIZE];
	struct kc_mdio_bus *bus = NULL;
	int err;

	snprintf(id, sizeof(id), KC_SIM_NAME "-%u", sd->id);
	/* Scan only our address; the PHY is polled (no interrupt). */
	err = kc_unwrap(bus, kc_sim_mdio_register(sd, kc_platform_device_dev(sd->pdev),
						  KC_SIM_NAME, id, ~BIT(sd->addr)));
	if (err) {
		pr_err(KC_SIM_NAME ": %u: MDIO bus registration failed: %d\n",
		       sd->id, err);
		return err;
	}
	if (!kc_mdio_bus_phy_present(bus, sd->addr)) {
		pr_err(KC_SIM_NAME ": %u: no PHY found at address %u\n",
		       sd->id, sd->addr);
		return -ENODEV;
	}
	sd->bus = bus;
	return 0;
}
