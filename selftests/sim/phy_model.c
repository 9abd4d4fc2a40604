// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: register model of a 10/100 clause-22 PHY (ASIX AX88772A,
 * AX88772C, AX88796B) and of its link partner. No bus or netdev knowledge.
 *
 * Register defaults and access types follow the ASIX AX88772 datasheet's
 * embedded PHY chapter (same OUI 0x003b and register set as the later
 * parts) and IEEE 802.3 clause 22; the rest is an assumption, listed in
 * Documentation/simulator.rst.
 */
#include <linux/mii.h>

#include "phy_model.h"
#include <helpers/export.h>

/* BMCR bits that are stored as written (6:0 are reserved, read 0). */
#define KC_BMCR_RW	(BMCR_LOOPBACK | BMCR_SPEED100 | BMCR_ANENABLE | \
			 BMCR_PDOWN | BMCR_ISOLATE | BMCR_FULLDPLX | BMCR_CTST)
#define KC_BMCR_DEFAULT	(BMCR_SPEED100 | BMCR_ANENABLE | BMCR_FULLDPLX)

/* BMSR: 100BASE-TX/10BASE-T half and full, aneg able, extended registers. */
#define KC_BMSR_ABILITIES (BMSR_100FULL | BMSR_100HALF | BMSR_10FULL | \
			   BMSR_10HALF | BMSR_ANEGCAPABLE | BMSR_ERCAP)

/* ANAR: NP (15), ACK (14) and T4 (9) are read-only 0, the rest is RW. */
#define KC_ADV_RW	0x3dff
#define KC_ADV_DEFAULT	(ADVERTISE_ALL | ADVERTISE_CSMA)	/* 0x01e1 */

/* Registers 16..31 are vendor specific: modelled as plain RW storage. */
#define KC_VENDOR_FIRST	16

static void kc_model_defaults(struct kc_phy_model_data *m)
{
	unsigned int i;

	for (i = 0; i < KC_PHY_MODEL_NREGS; i++)
		m->regs[i] = 0;
	m->regs[MII_BMCR] = KC_BMCR_DEFAULT;
	m->regs[MII_PHYSID1] = m->phy_id >> 16;
	m->regs[MII_PHYSID2] = m->phy_id & 0xffff;
	m->regs[MII_ADVERTISE] = KC_ADV_DEFAULT;
}

/* Highest common mode, IEEE 802.3 Annex 28B priority (10/100 subset). */
static bool kc_model_resolve(u16 common, int *speed, bool *full)
{
	if (common & ADVERTISE_100FULL) {
		*speed = 100;
		*full = true;
	} else if (common & ADVERTISE_100HALF) {
		*speed = 100;
		*full = false;
	} else if (common & ADVERTISE_10FULL) {
		*speed = 10;
		*full = true;
	} else if (common & ADVERTISE_10HALF) {
		*speed = 10;
		*full = false;
	} else {
		return false;
	}
	return true;
}

/*
 * Re-evaluate the link after an event. @renegotiate: the event restarts
 * autonegotiation (restart bit, reset, partner change, link coming up).
 * A link that was up and goes down, renegotiates or changes mode drops
 * for a moment, which BMSR's latched-low link bit remembers.
 */
static void kc_model_update(struct kc_phy_model_data *m, bool renegotiate)
{
	bool was_link = m->link;
	int old_speed = m->speed;
	bool old_full = m->full_duplex;
	u16 bmcr = m->regs[MII_BMCR];

	if (!m->partner_link || (bmcr & BMCR_PDOWN) || m->reset_pending) {
		m->link = false;
		m->aneg_complete = false;
		m->lpa = 0;
		m->speed = 0;
		m->full_duplex = false;
	} else if (bmcr & BMCR_ANENABLE) {
		if (renegotiate || !m->aneg_complete) {
			u16 common = m->regs[MII_ADVERTISE] & m->partner_adv &
				     ADVERTISE_ALL;

			m->renegotiations++;
			m->page_received = true;
			m->aneg_complete = kc_model_resolve(common, &m->speed,
							    &m->full_duplex);
			m->link = m->aneg_complete;
			m->lpa = m->aneg_complete ? (m->partner_adv | LPA_LPACK) : 0;
			if (!m->link) {
				m->speed = 0;
				m->full_duplex = false;
			}
		}
	} else {
		/* Forced mode: the partner finds the speed by parallel detection. */
		m->aneg_complete = false;
		m->lpa = 0;
		m->link = true;
		m->speed = (bmcr & BMCR_SPEED100) ? 100 : 10;
		m->full_duplex = !!(bmcr & BMCR_FULLDPLX);
	}

	if (was_link && (!m->link || renegotiate || m->speed != old_speed ||
			 m->full_duplex != old_full))
		m->link_failed = true;
}

static void kc_model_reset(struct kc_phy_model_data *m)
{
	kc_model_defaults(m);
	m->resets++;
	m->reset_pending = m->reset_stuck;
	kc_model_update(m, true);
}

/* The data starts zeroed (kc_phy_model_locked_init()). */
void kc_phy_model_init(struct kc_phy_model *model, u32 phy_id)
{
	kc_phy_model_locked_init(&model->data);
	{
		kc_locked(kc_phy_model_locked, &model->data, m);

		m->phy_id = phy_id;
		m->partner_link = true;
		m->partner_adv = KC_PHY_MODEL_PARTNER_DEFAULT;
		kc_model_defaults(m);
		kc_model_update(m, true);
	}
}
KC_EXPORT_SYMBOL(kc_phy_model_init);

/* Value of @reg as a read would return it, without read side effects. */
static u16 kc_model_value(const struct kc_phy_model_data *m, unsigned int reg)
{
	u16 v;

	switch (reg) {
	case MII_BMCR:
		v = m->regs[MII_BMCR];
		if (m->reset_pending)
			v |= BMCR_RESET;
		return v;
	case MII_BMSR:
		v = KC_BMSR_ABILITIES;
		if (m->link && !m->link_failed)
			v |= BMSR_LSTATUS;
		if (m->aneg_complete)
			v |= BMSR_ANEGCOMPLETE;
		return v;
	case MII_LPA:
		return (m->aneg_complete && !m->lpa_zero) ? m->lpa : 0;
	case MII_EXPANSION:
		v = 0;
		if (m->aneg_complete)
			v |= EXPANSION_NWAY;
		if (m->page_received)
			v |= EXPANSION_LCWP;
		return v;
	default:
		return m->regs[reg];
	}
}

u16 kc_phy_model_read(struct kc_phy_model *model, unsigned int reg)
{
	kc_locked(kc_phy_model_locked, &model->data, m);
	u16 v;

	if (reg >= KC_PHY_MODEL_NREGS)
		return 0xffff;
	v = kc_model_value(m, reg);
	/* Latched bits show their event once, then the current state. */
	if (reg == MII_BMSR)
		m->link_failed = false;
	else if (reg == MII_EXPANSION)
		m->page_received = false;
	return v;
}
KC_EXPORT_SYMBOL(kc_phy_model_read);

static void kc_model_write_bmcr(struct kc_phy_model_data *m, u16 val)
{
	u16 old = m->regs[MII_BMCR];
	u16 new = val & KC_BMCR_RW;
	bool reset_edge = (val & BMCR_RESET) && !m->reset_written;
	bool renegotiate;

	/* The reset happens only when the written bit goes 0 -> 1. */
	m->reset_written = !!(val & BMCR_RESET);
	if (reset_edge) {
		kc_model_reset(m);
		return;
	}

	m->regs[MII_BMCR] = new;
	renegotiate = ((val & BMCR_ANRESTART) && (new & BMCR_ANENABLE)) ||
		      ((new ^ old) & (BMCR_ANENABLE | BMCR_PDOWN));
	if (renegotiate || ((new ^ old) & (BMCR_SPEED100 | BMCR_FULLDPLX)))
		kc_model_update(m, renegotiate);
}

void kc_phy_model_write(struct kc_phy_model *model, unsigned int reg, u16 val)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	if (reg >= KC_PHY_MODEL_NREGS)
		return;
	switch (reg) {
	case MII_BMCR:
		kc_model_write_bmcr(m, val);
		break;
	case MII_ADVERTISE:
		/* Takes effect at the next negotiation (restart), like hardware. */
		m->regs[MII_ADVERTISE] = val & KC_ADV_RW;
		break;
	default:
		if (reg >= KC_VENDOR_FIRST)
			m->regs[reg] = val;
		/* Registers 1..3 and 5..15 are read-only: writes are ignored. */
		break;
	}
}
KC_EXPORT_SYMBOL(kc_phy_model_write);

void kc_phy_model_peek_all(struct kc_phy_model *model, u16 regs[KC_PHY_MODEL_NREGS])
{
	kc_locked(kc_phy_model_locked, &model->data, m);
	unsigned int i;

	for (i = 0; i < KC_PHY_MODEL_NREGS; i++)
		regs[i] = kc_model_value(m, i);
}
KC_EXPORT_SYMBOL(kc_phy_model_peek_all);

void kc_phy_model_set_partner_link(struct kc_phy_model *model, bool up)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	if (m->partner_link != up) {
		m->partner_link = up;
		kc_model_update(m, up);
	}
}
KC_EXPORT_SYMBOL(kc_phy_model_set_partner_link);

bool kc_phy_model_partner_link(struct kc_phy_model *model)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	return m->partner_link;
}
KC_EXPORT_SYMBOL(kc_phy_model_partner_link);

void kc_phy_model_set_partner_adv(struct kc_phy_model *model, u16 adv)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	if (m->partner_adv != adv) {
		m->partner_adv = adv;
		/* The partner restarts negotiation with its new abilities. */
		if (m->regs[MII_BMCR] & BMCR_ANENABLE)
			kc_model_update(m, true);
	}
}
KC_EXPORT_SYMBOL(kc_phy_model_set_partner_adv);

u16 kc_phy_model_partner_adv(struct kc_phy_model *model)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	return m->partner_adv;
}
KC_EXPORT_SYMBOL(kc_phy_model_partner_adv);

void kc_phy_model_set_lpa_zero(struct kc_phy_model *model, bool on)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	m->lpa_zero = on;
}
KC_EXPORT_SYMBOL(kc_phy_model_set_lpa_zero);

bool kc_phy_model_lpa_zero(struct kc_phy_model *model)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	return m->lpa_zero;
}
KC_EXPORT_SYMBOL(kc_phy_model_lpa_zero);

void kc_phy_model_set_reset_stuck(struct kc_phy_model *model, bool on)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	m->reset_stuck = on;
	/* Releasing a stuck reset lets the pending one complete. */
	if (!on && m->reset_pending) {
		m->reset_pending = false;
		kc_model_update(m, true);
	}
}
KC_EXPORT_SYMBOL(kc_phy_model_set_reset_stuck);

bool kc_phy_model_reset_stuck(struct kc_phy_model *model)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	return m->reset_stuck;
}
KC_EXPORT_SYMBOL(kc_phy_model_reset_stuck);

void kc_phy_model_get_status(struct kc_phy_model *model, struct kc_phy_model_status *st)
{
	kc_locked(kc_phy_model_locked, &model->data, m);

	st->link = m->link;
	st->aneg_complete = m->aneg_complete;
	st->speed = m->speed;
	st->full_duplex = m->full_duplex;
	st->resets = m->resets;
	st->renegotiations = m->renegotiations;
}
KC_EXPORT_SYMBOL(kc_phy_model_get_status);
