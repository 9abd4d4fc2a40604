// SPDX-License-Identifier: GPL-2.0
/*
 * kc_usb_ax88772: the chip's vendor control requests (bmRequestType
 * vendor/device, as the asix driver sends them).
 *
 * Sources: the request codes and their value/index/data layout as the
 * kernel's asix driver uses them (drivers/net/usb/asix.h); register
 * meanings from the ASIX AX88772 datasheet. MAC registers are stored and
 * read back; only MII access has behaviour (the PHY register model).
 *
 * Everything here runs in the gadget's setup handler or in the completion
 * of an ep0 data stage, i.e. in atomic context: the model, inject and trace
 * take spinlocks only.
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

#include "kc_usb_ax88772.h"

/* Vendor requests of the AX88772 family (numbering as in asix.h). */
enum {
	AX_SET_SW_MII		= 0x06,
	AX_READ_MII_REG		= 0x07,
	AX_WRITE_MII_REG	= 0x08,
	AX_STATMNGSTS_REG	= 0x09,
	AX_SET_HW_MII		= 0x0a,
	AX_READ_EEPROM		= 0x0b,
	AX_WRITE_EEPROM		= 0x0c,
	AX_WRITE_ENABLE		= 0x0d,
	AX_WRITE_DISABLE	= 0x0e,
	AX_READ_RX_CTL		= 0x0f,
	AX_WRITE_RX_CTL		= 0x10,
	AX_READ_IPG012		= 0x11,
	AX_WRITE_IPG0		= 0x12,
	AX_WRITE_IPG1_READ_NODE_ID = 0x13,	/* OUT: IPG1, IN: node id */
	AX_WRITE_NODE_ID_IPG2	= 0x14,		/* OUT 6 bytes: node id, else IPG2 */
	AX_WRITE_MULTI_FILTER	= 0x16,
	AX_READ_PHY_ID		= 0x19,
	AX_READ_MEDIUM_STATUS	= 0x1a,
	AX_WRITE_MEDIUM_MODE	= 0x1b,
	AX_READ_MONITOR_MODE	= 0x1c,
	AX_WRITE_MONITOR_MODE	= 0x1d,
	AX_READ_GPIOS		= 0x1e,
	AX_WRITE_GPIOS		= 0x1f,
	AX_SW_RESET		= 0x20,
	AX_SW_PHY_STATUS	= 0x21,
	AX_SW_PHY_SELECT	= 0x22,
	AX_QCTCTRL		= 0x2a,	/* AX88772B/C queue control */
};

#define AX_HOST_EN		0x01	/* STATMNGSTS: host owns the MII */
#define AX_PHY_ID_SECONDARY	0xe0	/* READ_PHY_ID byte 0: no external PHY */
#define AX_MEDIUM_RESET		0x0000
#define AX_RX_CTL_RESET		0x0000

void kc_ax_vendor_init(struct kc_ax *ax)
{
	kc_locked(kc_ax_locked, &ax->shared, s);
	struct kc_ax_mac *m = &s->mac;
	const u8 *mac = ax->chip->mac;
	int i;

	memset(m, 0, sizeof(*m));
	memcpy(m->node_id, mac, ETH_ALEN);
	m->rx_ctl = AX_RX_CTL_RESET;
	m->medium = AX_MEDIUM_RESET;
	/* EEPROM: words 4..6 hold the node id, byte order as on the wire. */
	for (i = 0; i < ETH_ALEN / 2; i++)
		m->eeprom[4 + i] = mac[2 * i] | mac[2 * i + 1] << 8;
	/* Product/vendor ids as a real EEPROM carries them (words 0x0b, 0x0c). */
	m->eeprom[0x0b] = 0x0b95;
	m->eeprom[0x0c] = ax->chip->product;
}

/* MII read through the model, with injection and trace (atomic context). */
static int kc_ax_mii_read(struct kc_ax *ax, unsigned int addr, unsigned int reg,
			  u16 *val)
{
	struct kc_sim_dev *sd = &ax->sim;
	int ret;

	if (addr != KC_AX_PHY_ADDR || reg >= KC_PHY_MODEL_NREGS) {
		*val = 0xffff;	/* nothing answers at other addresses */
		return 0;
	}
	ret = kc_sim_inject_check(&sd->inject, KC_SIM_OP_READ, reg);
	if (ret) {
		kc_sim_trace_add(&sd->trace, KC_SIM_OP_READ, reg, 0, ret);
		return ret;
	}
	*val = kc_phy_model_read(&sd->model, reg);
	kc_sim_trace_add(&sd->trace, KC_SIM_OP_READ, reg, *val, 0);
	return 0;
}

/* READ_MII_REG: the model is read outside the adapter's lock. */
static int kc_ax_mii_in(struct kc_ax *ax, u16 value, u16 index, u8 *buf)
{
	int n;
	u16 v;

	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		s->cnt.requests[AX_READ_MII_REG]++;
		if (!s->mac.sw_mii)
			s->cnt.mii_hw_mode++;
	}
	n = kc_ax_mii_read(ax, value & 0x1f, index, &v);
	if (n) {
		kc_locked(kc_ax_locked, &ax->shared, s);

		s->cnt.mii_stalled++;
		/* An injected -EOPNOTSUPP is counted as any refused request. */
		if (n == -EOPNOTSUPP)
			s->cnt.unknown++;
		return n;
	}
	kc_ax_put_le16(v, buf);
	return 2;
}

/* The other IN requests, under the adapter's lock, whose data @s is. */
static int kc_ax_regs_in(struct kc_ax *ax, struct kc_ax_shared *s,
			 const struct usb_ctrlrequest *ctrl, u8 *buf)
{
	u16 value = le16_to_cpu(ctrl->wValue);
	struct kc_ax_mac *m = &s->mac;

	s->cnt.requests[ctrl->bRequest]++;
	switch (ctrl->bRequest) {
	case AX_STATMNGSTS_REG:
		buf[0] = ax->chip->chipcode | (m->sw_mii ? AX_HOST_EN : 0);
		return 1;
	case AX_READ_EEPROM:
		kc_ax_put_le16(m->eeprom[value % KC_AX_EEPROM_WORDS], buf);
		return 2;
	case AX_READ_RX_CTL:
		kc_ax_put_le16(m->rx_ctl, buf);
		return 2;
	case AX_READ_IPG012:
		buf[0] = m->ipg[0];
		buf[1] = m->ipg[1];
		buf[2] = m->ipg[2];
		return 3;
	case AX_WRITE_IPG1_READ_NODE_ID:
		memcpy(buf, m->node_id, ETH_ALEN);
		return ETH_ALEN;
	case AX_READ_PHY_ID:
		buf[0] = AX_PHY_ID_SECONDARY;
		buf[1] = KC_AX_PHY_ADDR;
		return 2;
	case AX_READ_MEDIUM_STATUS:
		kc_ax_put_le16(m->medium, buf);
		return 2;
	case AX_READ_MONITOR_MODE:
		buf[0] = m->monitor;
		return 1;
	case AX_READ_GPIOS:
		buf[0] = m->gpio;
		return 1;
	case AX_SW_PHY_STATUS:
		buf[0] = m->phy_select;
		return 1;
	default:
		s->cnt.unknown++;
		return -EOPNOTSUPP;
	}
}

int kc_ax_vendor_in(struct kc_ax *ax, const struct usb_ctrlrequest *ctrl,
		    u8 *buf, unsigned int len)
{
	int n;

	if (len > 64)
		len = 64;
	memset(buf, 0, len);
	if (ctrl->bRequest == AX_READ_MII_REG) {
		n = kc_ax_mii_in(ax, le16_to_cpu(ctrl->wValue),
				 le16_to_cpu(ctrl->wIndex), buf);
	} else {
		kc_locked(kc_ax_locked, &ax->shared, s);

		n = kc_ax_regs_in(ax, s, ctrl, buf);
	}
	if (n == -EOPNOTSUPP)
		pr_warn_ratelimited(KC_AX_NAME ": unknown IN request 0x%02x value 0x%04x index 0x%04x length %u\n",
				    ctrl->bRequest, le16_to_cpu(ctrl->wValue),
				    le16_to_cpu(ctrl->wIndex),
				    le16_to_cpu(ctrl->wLength));
	if (n > (int)len)
		n = len;
	return n;
}

/* Data length the OUT request must carry, or -1 if it takes none. */
static int kc_ax_out_len(const struct usb_ctrlrequest *ctrl)
{
	u16 length = le16_to_cpu(ctrl->wLength);

	switch (ctrl->bRequest) {
	case AX_WRITE_MII_REG:
		return 2;
	case AX_WRITE_MULTI_FILTER:
		return 8;
	case AX_WRITE_NODE_ID_IPG2:
		return length ? ETH_ALEN : 0;
	case AX_SET_SW_MII:
	case AX_SET_HW_MII:
	case AX_WRITE_EEPROM:
	case AX_WRITE_ENABLE:
	case AX_WRITE_DISABLE:
	case AX_WRITE_RX_CTL:
	case AX_WRITE_IPG0:
	case AX_WRITE_IPG1_READ_NODE_ID:
	case AX_WRITE_MEDIUM_MODE:
	case AX_WRITE_MONITOR_MODE:
	case AX_WRITE_GPIOS:
	case AX_SW_RESET:
	case AX_SW_PHY_SELECT:
	case AX_QCTCTRL:
		return 0;
	default:
		return -1;
	}
}

/* A refused OUT request, or one failed by error injection. */
static void kc_ax_out_refused(struct kc_ax *ax, u8 request, bool stalled)
{
	kc_locked(kc_ax_locked, &ax->shared, s);

	s->cnt.requests[request]++;
	if (stalled)
		s->cnt.mii_stalled++;
	else
		s->cnt.unknown++;
}

int kc_ax_vendor_out_check(struct kc_ax *ax, const struct usb_ctrlrequest *ctrl)
{
	u16 value = le16_to_cpu(ctrl->wValue);
	u16 index = le16_to_cpu(ctrl->wIndex);
	int want = kc_ax_out_len(ctrl);
	int ret;

	if (want < 0 || want != le16_to_cpu(ctrl->wLength)) {
		kc_ax_out_refused(ax, ctrl->bRequest, false);
		pr_warn_ratelimited(KC_AX_NAME ": unknown OUT request 0x%02x value 0x%04x index 0x%04x length %u\n",
				    ctrl->bRequest, value, index,
				    le16_to_cpu(ctrl->wLength));
		return -EOPNOTSUPP;
	}
	/*
	 * An injected MII write error stalls the request before its data
	 * stage (the host sees -EPIPE): the write never reaches the PHY.
	 */
	if (ctrl->bRequest == AX_WRITE_MII_REG && (value & 0x1f) == KC_AX_PHY_ADDR &&
	    index < KC_PHY_MODEL_NREGS) {
		ret = kc_sim_inject_check(&ax->sim.inject, KC_SIM_OP_WRITE, index);
		if (ret) {
			kc_sim_trace_add(&ax->sim.trace, KC_SIM_OP_WRITE, index, 0, ret);
			kc_ax_out_refused(ax, ctrl->bRequest, true);
			return ret;
		}
	}
	return 0;
}

/*
 * An OUT request's effect on the MAC registers, under the adapter's lock,
 * whose data @s is. Returns whether it is an MII write to the PHY, whose
 * value is then in @mii_val.
 */
static bool kc_ax_regs_out(struct kc_ax_shared *s, const struct usb_ctrlrequest *ctrl,
			   const u8 *data, unsigned int len, u16 *mii_val)
{
	u16 value = le16_to_cpu(ctrl->wValue);
	u16 index = le16_to_cpu(ctrl->wIndex);
	struct kc_ax_mac *m = &s->mac;

	s->cnt.requests[ctrl->bRequest]++;
	switch (ctrl->bRequest) {
	case AX_SET_SW_MII:
		m->sw_mii = true;
		break;
	case AX_SET_HW_MII:
		m->sw_mii = false;
		break;
	case AX_WRITE_MII_REG:
		if (len < 2)
			break;
		if (!m->sw_mii)
			s->cnt.mii_hw_mode++;
		*mii_val = kc_ax_get_le16(data);
		return (value & 0x1f) == KC_AX_PHY_ADDR && index < KC_PHY_MODEL_NREGS;
	case AX_WRITE_EEPROM:
		if (m->eeprom_we)
			m->eeprom[value % KC_AX_EEPROM_WORDS] = index;
		break;
	case AX_WRITE_ENABLE:
		m->eeprom_we = true;
		break;
	case AX_WRITE_DISABLE:
		m->eeprom_we = false;
		break;
	case AX_WRITE_RX_CTL:
		m->rx_ctl = value;
		break;
	case AX_WRITE_IPG0:
		/* asix writes IPG0 | IPG1 in value and IPG2 in index at once. */
		m->ipg[0] = value & 0xff;
		m->ipg[2] = index & 0xff;
		break;
	case AX_WRITE_IPG1_READ_NODE_ID:
		m->ipg[1] = value & 0xff;
		break;
	case AX_WRITE_NODE_ID_IPG2:
		if (len == ETH_ALEN)
			memcpy(m->node_id, data, ETH_ALEN);
		else
			m->ipg[2] = value & 0xff;
		break;
	case AX_WRITE_MULTI_FILTER:
		if (len == sizeof(m->multi_filter))
			memcpy(m->multi_filter, data, len);
		break;
	case AX_WRITE_MEDIUM_MODE:
		m->medium = value;
		break;
	case AX_WRITE_MONITOR_MODE:
		m->monitor = value & 0xff;
		break;
	case AX_WRITE_GPIOS:
		m->gpio = value & 0xff;
		break;
	case AX_SW_RESET:
		/*
		 * Stored only: the internal PHY's power-down/reset lines
		 * (IPPD, IPRL) are not modelled, the PHY keeps its registers.
		 */
		m->sw_reset = value & 0xff;
		break;
	case AX_SW_PHY_SELECT:
		m->phy_select = value & 0xff;
		break;
	case AX_QCTCTRL:
		break;
	}
	return false;
}

void kc_ax_vendor_out(struct kc_ax *ax, const struct usb_ctrlrequest *ctrl,
		      const u8 *data, unsigned int len)
{
	u16 index = le16_to_cpu(ctrl->wIndex);
	bool mii;
	u16 v = 0;

	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		mii = kc_ax_regs_out(s, ctrl, data, len, &v);
	}
	/* The model and the trace have their own locks. */
	if (mii) {
		kc_phy_model_write(&ax->sim.model, index, v);
		kc_sim_trace_add(&ax->sim.trace, KC_SIM_OP_WRITE, index, v, 0);
	}
}
