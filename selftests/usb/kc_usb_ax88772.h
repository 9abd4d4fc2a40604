/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kc_usb_ax88772: private header of the emulated ASIX AX88772A/AX88772C
 * USB Ethernet adapter (test infrastructure, runs in QEMU guests only).
 *
 * One adapter per module instance: a legacy composite gadget driver bound
 * to the first free UDC (dummy_hcd's dummy_udc), with one vendor-specific
 * interface (interrupt IN, bulk IN, bulk OUT) and the chip's vendor
 * control requests on ep0. The internal PHY (MDIO address 0x10) is the
 * simulated PHY of the board, kc_phy_model.ko (selftests/sim), with the
 * same knobs, error injection and trace.
 *
 * Files: gadget.c (module, composite driver, endpoints, interrupt reports,
 * frames), vendor.c (vendor requests: MAC registers, EEPROM, MII access to
 * the model), debugfs.c (the adapter's files, in the simulated PHY's
 * instance directory).
 * selftests/usb/README.rst describes the interface.
 */
#ifndef KC_USB_AX88772_H
#define KC_USB_AX88772_H

#include <linux/if_ether.h>
#include <linux/list.h>
#include <linux/types.h>
#include <linux/usb/ch9.h>
#include <linux/usb/composite.h>

#include <core/context.h>
#include <core/locked.h>
#include <core/work.h>

#include "../sim/kc_phy_sim.h"

#define KC_AX_NAME		"kc_usb_ax88772"
#define KC_AX_PHY_ADDR		0x10	/* the internal PHY's MDIO address */
#define KC_AX_EEPROM_WORDS	256
#define KC_AX_NR_OUT_REQS	4
#define KC_AX_NR_IN_REQS	16
#define KC_AX_BULK_BUFLEN	2048
#define KC_AX_INT_LEN		8

/* What differs between the emulated chips. */
struct kc_ax_chip {
	const char *name;	/* module parameter value and product string */
	u16 product;		/* USB product id (vendor 0x0b95, ASIX) */
	u8 chipcode;		/* STATMNGSTS bits 6:4 */
	u32 phy_id;		/* PHYSID1/2 of the internal PHY */
	u8 mac[ETH_ALEN];	/* node id and EEPROM words 4..6 */
};

/* The MAC side of the chip as the vendor requests see it. */
struct kc_ax_mac {
	u8 node_id[ETH_ALEN];
	u8 multi_filter[8];
	u16 rx_ctl;
	u16 medium;
	u16 ipg[3];
	u8 gpio;
	u8 sw_reset;
	u8 phy_select;
	u8 monitor;
	bool sw_mii;		/* software (host) MII access enabled */
	bool eeprom_we;		/* EEPROM write enable */
	u16 eeprom[KC_AX_EEPROM_WORDS];
};

/* Counters, read through debugfs ("counters"). */
struct kc_ax_counters {
	u32 requests[256];	/* vendor requests by bRequest */
	u32 unknown;		/* vendor requests refused (stalled) */
	u32 mii_hw_mode;	/* MII accesses while not in software MII mode */
	u32 mii_stalled;	/* MII accesses failed by error injection */
	u64 tx_frames, tx_bytes, tx_bad;	/* host -> adapter (bulk OUT) */
	u64 rx_frames, rx_bytes, rx_dropped;	/* adapter -> host (bulk IN) */
	u32 int_reports;	/* interrupt reports delivered */
	u32 enables, disables;	/* set_alt / disable of the function */
};

/*
 * What the USB completions and the setup handler (atomic context) share
 * with process context (set_alt, unbind, debugfs).
 */
struct kc_ax_shared {
	struct kc_ax_mac mac;
	struct kc_ax_counters cnt;
	bool loopback;		/* frames from the host go back to it */
	struct list_head in_free;	/* idle bulk IN requests */
	bool online;		/* endpoints enabled (configured by the host) */
	bool int_busy;		/* the interrupt request is queued */
	bool int_dequeuing;
	int int_queued_link;	/* link bit of the queued report */
	int int_reported_link;	/* last delivered, -1: none since enable */
};

/* Taken from completions, which run with interrupts off: irqsave. */
KC_DEFINE_LOCKED(kc_ax_locked, spinlock_irqsave, struct kc_ax_shared);

/*
 * The function's requests and their buffers, from bind to unbind; each
 * request's endpoint is kept for its release.
 */
struct kc_ax_reqs {
	struct usb_ep *ep_int, *ep_in, *ep_out;
	struct usb_request *int_req;
	struct usb_request *out[KC_AX_NR_OUT_REQS];
	struct usb_request *in[KC_AX_NR_IN_REQS];
};

struct kc_ax {
	const struct kc_ax_chip *chip;

	/*
	 * The simulated board's instance: only its model, inject, trace and
	 * debugfs knobs are used (no platform device, bus or net_device).
	 */
	struct kc_sim_dev sim;

	struct kc_ax_locked shared;

	/* USB side */
	struct usb_function func;
	struct usb_ep *ep_int, *ep_in, *ep_out;
	struct kc_ax_reqs *reqs;	/* bound: between bind and unbind */
	struct kc_delayed_work link_work;	/* polls the model for link changes */

	/* ep0 OUT data stage in progress */
	struct usb_ctrlrequest ep0_ctrl;

	/* kc_usb_ax88772/ and its 0/, the board's files and the adapter's */
	struct kc_debugfs_dir *droot;
};

extern struct kc_ax *kc_ax_dev;

/*
 * Little-endian byte access without <asm/unaligned.h> (moved to
 * <linux/unaligned.h> in 6.12): the buffers are byte arrays.
 */
static inline u16 kc_ax_get_le16(const u8 *p)
{
	return p[0] | p[1] << 8;
}

static inline u32 kc_ax_get_le32(const u8 *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24;
}

static inline void kc_ax_put_le16(u16 v, u8 *p)
{
	p[0] = v;
	p[1] = v >> 8;
}

static inline void kc_ax_put_le32(u32 v, u8 *p)
{
	p[0] = v;
	p[1] = v >> 8;
	p[2] = v >> 16;
	p[3] = v >> 24;
}

/* vendor.c: called from the setup handler (atomic context). */
void kc_ax_vendor_init(struct kc_ax *ax);
/* IN request: fill @buf (at most @len bytes); returns bytes or -errno (stall). */
int kc_ax_vendor_in(struct kc_ax *ax, const struct usb_ctrlrequest *ctrl,
		    u8 *buf, unsigned int len);
/* OUT request, before its data stage: 0 to accept, -errno to stall. */
int kc_ax_vendor_out_check(struct kc_ax *ax, const struct usb_ctrlrequest *ctrl);
/* OUT request, with its data (NULL/0 without data stage). */
void kc_ax_vendor_out(struct kc_ax *ax, const struct usb_ctrlrequest *ctrl,
		      const u8 *data, unsigned int len);

/* gadget.c */
void kc_ax_link_kick(struct kc_ax *ax);

/* debugfs.c: process context */
__kc_might_sleep void kc_ax_debugfs_create(struct kc_ax *ax);
__kc_might_sleep void kc_ax_debugfs_destroy(struct kc_ax *ax);

#endif /* KC_USB_AX88772_H */
