/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kc_phy_sim: register model of a 10/100 clause-22 PHY and its link partner.
 *
 * The model knows nothing about MDIO buses, net_devices or USB: it is a set
 * of 32 16-bit registers plus the state of a simulated link partner, and it
 * is driven by kc_phy_model_read() / kc_phy_model_write() and the partner
 * setters. The MDIO bus of kc_phy_sim (mdio.c) uses it today; an emulated
 * USB adapter (AX88772A gadget) can embed the same struct and forward its
 * vendor PHY read/write requests to it.
 *
 * Locking: the state is reachable only under the model's spinlock
 * (core/locked.h), held with irqs off, so the model may be used from
 * atomic context (a USB gadget's setup handler) as well as from process
 * context (an MDIO bus op). No entry point sleeps.
 *
 * Documentation/simulator.rst describes the behaviour and which parts of it
 * are assumptions rather than datasheet facts.
 */
#ifndef KC_SIM_PHY_MODEL_H
#define KC_SIM_PHY_MODEL_H

#include <linux/types.h>

#include <core/locked.h>

#define KC_PHY_MODEL_NREGS	32

/* Partner's default abilities: 10/100 half/full, pause, CSMA selector. */
#define KC_PHY_MODEL_PARTNER_DEFAULT	0x05e1

/* Snapshot of the model's state, for debugfs and tests. */
struct kc_phy_model_status {
	bool link;		/* the PHY's own link (not the latched bit) */
	bool aneg_complete;
	int speed;		/* 10 or 100, 0 when the link is down */
	bool full_duplex;
	u32 resets;		/* soft resets performed since creation */
	u32 renegotiations;	/* negotiations run since creation */
};

struct kc_phy_model_data {
	u32 phy_id;
	u16 regs[KC_PHY_MODEL_NREGS];

	/* BMCR bit 15 as last written: a reset needs it to go 0 -> 1. */
	bool reset_written;
	/* A reset is in progress and BMCR_RESET reads 1 (reset_stuck). */
	bool reset_pending;
	/* BMSR_LSTATUS latched low: the link failed since BMSR was read. */
	bool link_failed;
	/* EXPANSION_LCWP latched high: a page arrived since EXPANSION was read. */
	bool page_received;

	/* Result of the last negotiation / link evaluation. */
	bool link;
	bool aneg_complete;
	u16 lpa;		/* partner's base page as received (ACK set) */
	int speed;
	bool full_duplex;

	/* Simulated link partner and quirk knobs. */
	bool partner_link;
	u16 partner_adv;
	bool lpa_zero;
	bool reset_stuck;

	u32 resets;
	u32 renegotiations;
};

KC_DEFINE_LOCKED(kc_phy_model_locked, spinlock_irqsave, struct kc_phy_model_data);

struct kc_phy_model {
	struct kc_phy_model_locked data;
};

void kc_phy_model_init(struct kc_phy_model *m, u32 phy_id);

/* Register access; @reg must be 0..31 (other values read 0xffff / are ignored). */
u16 kc_phy_model_read(struct kc_phy_model *m, unsigned int reg);
void kc_phy_model_write(struct kc_phy_model *m, unsigned int reg, u16 val);
/* Register contents without side effects (no latch clearing), for dumps. */
void kc_phy_model_peek_all(struct kc_phy_model *m, u16 regs[KC_PHY_MODEL_NREGS]);

/* Link partner and quirk knobs. */
void kc_phy_model_set_partner_link(struct kc_phy_model *m, bool up);
bool kc_phy_model_partner_link(struct kc_phy_model *m);
void kc_phy_model_set_partner_adv(struct kc_phy_model *m, u16 adv);
u16 kc_phy_model_partner_adv(struct kc_phy_model *m);
void kc_phy_model_set_lpa_zero(struct kc_phy_model *m, bool on);
bool kc_phy_model_lpa_zero(struct kc_phy_model *m);
void kc_phy_model_set_reset_stuck(struct kc_phy_model *m, bool on);
bool kc_phy_model_reset_stuck(struct kc_phy_model *m);

void kc_phy_model_get_status(struct kc_phy_model *m, struct kc_phy_model_status *st);

#endif /* KC_SIM_PHY_MODEL_H */
