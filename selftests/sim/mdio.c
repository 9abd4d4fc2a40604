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
#include <linux/phy.h>
#include <linux/platform_device.h>

#include "kc_phy_sim.h"
#include <core/context.h>

static __kc_might_sleep void kc_sim_mdio_delay(struct kc_sim_dev *sd)
{
	u32 us = READ_ONCE(sd->delay_us);

	if (us)
		fsleep(us);
}

static __kc_might_sleep int kc_sim_mdio_read(struct mii_bus *bus, int addr, int reg)
{
	struct kc_sim_dev *sd = bus->priv;
	int ret;
	u16 val;

	if (addr != sd->addr)
		return 0xffff;
	/* Clause-45 requests (MII_ADDR_C45 in reg before 6.3) are not supported. */
	if (reg < 0 || reg >= KC_PHY_MODEL_NREGS)
		return -EOPNOTSUPP;

	kc_sim_mdio_delay(sd);
	ret = kc_sim_inject_check(&sd->inject, KC_SIM_OP_READ, reg);
	if (ret) {
		kc_sim_trace_add(&sd->trace, KC_SIM_OP_READ, reg, 0, ret);
		return ret;
	}
	val = kc_phy_model_read(&sd->model, reg);
	kc_sim_trace_add(&sd->trace, KC_SIM_OP_READ, reg, val, 0);
	return val;
}

static __kc_might_sleep int kc_sim_mdio_write(struct mii_bus *bus, int addr, int reg, u16 val)
{
	struct kc_sim_dev *sd = bus->priv;
	int ret;

	if (addr != sd->addr)
		return 0;
	if (reg < 0 || reg >= KC_PHY_MODEL_NREGS)
		return -EOPNOTSUPP;

	kc_sim_mdio_delay(sd);
	ret = kc_sim_inject_check(&sd->inject, KC_SIM_OP_WRITE, reg);
	if (!ret)
		kc_phy_model_write(&sd->model, reg, val);
	kc_sim_trace_add(&sd->trace, KC_SIM_OP_WRITE, reg, val, ret);
	return ret;
}

__kc_might_sleep int kc_sim_mdio_create(struct kc_sim_dev *sd)
{
	struct mii_bus *bus;
	int ret;

	bus = mdiobus_alloc();
	if (!bus)
		return -ENOMEM;

	bus->name = KC_SIM_NAME;
	snprintf(bus->id, MII_BUS_ID_SIZE, KC_SIM_NAME "-%u", sd->id);
	bus->priv = sd;
	bus->read = kc_sim_mdio_read;
	bus->write = kc_sim_mdio_write;
	bus->parent = &sd->pdev->dev;
	/* Scan only our address; bus->irq[] already says PHY_POLL. */
	bus->phy_mask = ~BIT(sd->addr);

	ret = mdiobus_register(bus);
	if (ret) {
		pr_err(KC_SIM_NAME ": %u: mdiobus_register failed: %d\n",
		       sd->id, ret);
		mdiobus_free(bus);
		return ret;
	}
	if (!mdiobus_get_phy(bus, sd->addr)) {
		pr_err(KC_SIM_NAME ": %u: no PHY found at address %u\n",
		       sd->id, sd->addr);
		mdiobus_unregister(bus);
		mdiobus_free(bus);
		return -ENODEV;
	}
	sd->bus = bus;
	return 0;
}

__kc_might_sleep void kc_sim_mdio_destroy(struct kc_sim_dev *sd)
{
	if (!sd->bus)
		return;
	mdiobus_unregister(sd->bus);
	mdiobus_free(sd->bus);
	sd->bus = NULL;
}
