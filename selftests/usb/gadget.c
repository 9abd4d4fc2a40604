// SPDX-License-Identifier: GPL-2.0
/*
 * kc_usb_ax88772: module, composite gadget driver and the function's
 * endpoints.
 *
 * Loading the module registers a legacy composite driver; it binds to the
 * first free UDC (dummy_hcd's dummy_udc in the test guest), and the host
 * side of dummy_hcd enumerates an ASIX adapter: vendor 0x0b95, product
 * 0x772a (AX88772A) or 0x772b (AX88772C), one vendor-specific interface
 * with an interrupt IN endpoint (link reports), a bulk IN endpoint (frames
 * to the host) and a bulk OUT endpoint (frames from the host). Unloading
 * the module, or "disconnect" written to the UDC's soft_connect, unplugs it.
 *
 * The interrupt endpoint carries the chip's 8-byte status report (byte 2
 * bit 0: the PHY's link). Unlike the real chip, which reports on every
 * interval, a report is queued only when the model's link differs from the
 * last one delivered (a work item polls the model every 50 ms); the host
 * acts only on changes, and this keeps dummy_hcd quiet.
 *
 * Frames: the host's bulk OUT transfers carry the chip's TX framing
 * (4-byte header len | ~len << 16, the frame, maybe a 0xffff0000 pad);
 * they are parsed and counted. With "loopback" set, each frame goes back to
 * the host on bulk IN in the RX framing (same header, padded to even).
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/usb/composite.h>
#include <linux/usb/gadget.h>

#include "kc_usb_ax88772.h"
#include <core/context.h>

static char *chip = "ax88772a";
module_param(chip, charp, 0444);
MODULE_PARM_DESC(chip, "emulated chip: ax88772a (default) or ax88772c");

static const struct kc_ax_chip kc_ax_chips[] = {
	{
		.name = "ax88772a", .product = 0x772a, .chipcode = 0x10,
		.phy_id = 0x003b1861,
		.mac = { 0x02, 0x6b, 0x63, 0x77, 0x2a, 0x01 },
	},
	{
		/* The AX88772C reports the AX88772B chip code. */
		.name = "ax88772c", .product = 0x772b, .chipcode = 0x20,
		.phy_id = 0x003b1881,
		.mac = { 0x02, 0x6b, 0x63, 0x77, 0x2c, 0x01 },
	},
};

struct kc_ax *kc_ax_dev;

#define KC_AX_LINK_POLL		msecs_to_jiffies(50)

/* --- descriptors --- */

static struct usb_interface_descriptor kc_ax_intf = {
	.bLength		= USB_DT_INTERFACE_SIZE,
	.bDescriptorType	= USB_DT_INTERFACE,
	.bNumEndpoints		= 3,
	.bInterfaceClass	= USB_CLASS_VENDOR_SPEC,
	.bInterfaceSubClass	= 0xff,
	.bInterfaceProtocol	= 0x00,
};

static struct usb_endpoint_descriptor kc_ax_fs_int = {
	.bLength		= USB_DT_ENDPOINT_SIZE,
	.bDescriptorType	= USB_DT_ENDPOINT,
	.bEndpointAddress	= USB_DIR_IN,
	.bmAttributes		= USB_ENDPOINT_XFER_INT,
	.wMaxPacketSize		= cpu_to_le16(KC_AX_INT_LEN),
	.bInterval		= 10,	/* ms */
};

static struct usb_endpoint_descriptor kc_ax_fs_in = {
	.bLength		= USB_DT_ENDPOINT_SIZE,
	.bDescriptorType	= USB_DT_ENDPOINT,
	.bEndpointAddress	= USB_DIR_IN,
	.bmAttributes		= USB_ENDPOINT_XFER_BULK,
	.wMaxPacketSize		= cpu_to_le16(64),
};

static struct usb_endpoint_descriptor kc_ax_fs_out = {
	.bLength		= USB_DT_ENDPOINT_SIZE,
	.bDescriptorType	= USB_DT_ENDPOINT,
	.bEndpointAddress	= USB_DIR_OUT,
	.bmAttributes		= USB_ENDPOINT_XFER_BULK,
	.wMaxPacketSize		= cpu_to_le16(64),
};

static struct usb_endpoint_descriptor kc_ax_hs_int = {
	.bLength		= USB_DT_ENDPOINT_SIZE,
	.bDescriptorType	= USB_DT_ENDPOINT,
	.bmAttributes		= USB_ENDPOINT_XFER_INT,
	.wMaxPacketSize		= cpu_to_le16(KC_AX_INT_LEN),
	.bInterval		= 8,	/* 2^7 microframes = 16 ms */
};

static struct usb_endpoint_descriptor kc_ax_hs_in = {
	.bLength		= USB_DT_ENDPOINT_SIZE,
	.bDescriptorType	= USB_DT_ENDPOINT,
	.bmAttributes		= USB_ENDPOINT_XFER_BULK,
	.wMaxPacketSize		= cpu_to_le16(512),
};

static struct usb_endpoint_descriptor kc_ax_hs_out = {
	.bLength		= USB_DT_ENDPOINT_SIZE,
	.bDescriptorType	= USB_DT_ENDPOINT,
	.bmAttributes		= USB_ENDPOINT_XFER_BULK,
	.wMaxPacketSize		= cpu_to_le16(512),
};

static struct usb_descriptor_header *kc_ax_fs_function[] = {
	(struct usb_descriptor_header *)&kc_ax_intf,
	(struct usb_descriptor_header *)&kc_ax_fs_int,
	(struct usb_descriptor_header *)&kc_ax_fs_in,
	(struct usb_descriptor_header *)&kc_ax_fs_out,
	NULL,
};

static struct usb_descriptor_header *kc_ax_hs_function[] = {
	(struct usb_descriptor_header *)&kc_ax_intf,
	(struct usb_descriptor_header *)&kc_ax_hs_int,
	(struct usb_descriptor_header *)&kc_ax_hs_in,
	(struct usb_descriptor_header *)&kc_ax_hs_out,
	NULL,
};

static struct usb_device_descriptor kc_ax_device_desc = {
	.bLength		= USB_DT_DEVICE_SIZE,
	.bDescriptorType	= USB_DT_DEVICE,
	.bcdUSB			= cpu_to_le16(0x0200),
	.bDeviceClass		= USB_CLASS_VENDOR_SPEC,
	.bDeviceSubClass	= 0xff,
	.bDeviceProtocol	= 0x00,
	.idVendor		= cpu_to_le16(0x0b95),
	.bcdDevice		= cpu_to_le16(0x0001),
	.bNumConfigurations	= 1,
};

static char kc_ax_product[32];

static struct usb_string kc_ax_strings_dev[] = {
	[USB_GADGET_MANUFACTURER_IDX].s = "kcrate (emulated ASIX)",
	[USB_GADGET_PRODUCT_IDX].s = kc_ax_product,
	[USB_GADGET_SERIAL_IDX].s = "kc0001",
	{ }
};

static struct usb_gadget_strings kc_ax_stringtab_dev = {
	.language	= 0x0409,
	.strings	= kc_ax_strings_dev,
};

static struct usb_gadget_strings *kc_ax_dev_strings[] = {
	&kc_ax_stringtab_dev,
	NULL,
};

static inline struct kc_ax *func_to_ax(struct usb_function *f)
{
	return container_of(f, struct kc_ax, func);
}

/* --- interrupt endpoint: link reports --- */

static __kc_atomic_context void kc_ax_int_complete(struct usb_ep *ep, struct usb_request *req);

void kc_ax_link_kick(struct kc_ax *ax)
{
	struct kc_phy_model_status st;
	bool queue = false, dequeue = false;
	unsigned long flags;
	u8 *buf;

	kc_phy_model_get_status(&ax->sim.model, &st);
	spin_lock_irqsave(&ax->lock, flags);
	if (!ax->online) {
		spin_unlock_irqrestore(&ax->lock, flags);
		return;
	}
	if (ax->int_busy) {
		/* A stale report is pending: take it back, the completion requeues. */
		if (st.link != ax->int_queued_link && !ax->int_dequeuing) {
			ax->int_dequeuing = true;
			dequeue = true;
		}
	} else if (st.link != ax->int_reported_link) {
		buf = ax->int_req->buf;
		memset(buf, 0, KC_AX_INT_LEN);
		buf[0] = 0xa1;
		buf[2] = st.link ? 0x01 : 0x00;
		ax->int_req->length = KC_AX_INT_LEN;
		ax->int_queued_link = st.link;
		ax->int_busy = true;
		queue = true;
	}
	spin_unlock_irqrestore(&ax->lock, flags);

	if (queue && usb_ep_queue(ax->ep_int, ax->int_req, GFP_ATOMIC)) {
		spin_lock_irqsave(&ax->lock, flags);
		ax->int_busy = false;
		spin_unlock_irqrestore(&ax->lock, flags);
	}
	if (dequeue)
		usb_ep_dequeue(ax->ep_int, ax->int_req);
}

static __kc_atomic_context void kc_ax_int_complete(struct usb_ep *ep, struct usb_request *req)
{
	struct kc_ax *ax = req->context;
	unsigned long flags;

	spin_lock_irqsave(&ax->lock, flags);
	ax->int_busy = false;
	ax->int_dequeuing = false;
	if (req->status == 0) {
		ax->int_reported_link = ax->int_queued_link;
		ax->cnt.int_reports++;
	}
	spin_unlock_irqrestore(&ax->lock, flags);
	if (req->status != -ESHUTDOWN)
		kc_ax_link_kick(ax);
}

static void kc_ax_link_poll(struct kc_ax *ax);
KC_DEFINE_DELAYED_WORK(kc_ax_link_work, struct kc_ax, link_work, kc_ax_link_poll);

static void kc_ax_link_poll(struct kc_ax *ax)
{
	kc_ax_link_kick(ax);
	kc_ax_link_work_schedule(ax, KC_AX_LINK_POLL);
}

/* The adapter's release: its link poll is cancelled first (core/work.h). */
static void kc_ax_drop(struct kc_ax *ax)
{
	kc_sim_trace_destroy(&ax->sim.trace);
}

KC_DEFINE_OWNER(kc_ax, struct kc_ax, kc_ax_drop, kc_ax_link_work);

/* --- bulk endpoints: frames --- */

static __kc_atomic_context void kc_ax_in_complete(struct usb_ep *ep, struct usb_request *req)
{
	struct kc_ax *ax = req->context;
	unsigned long flags;

	spin_lock_irqsave(&ax->lock, flags);
	if (req->status == 0) {
		ax->cnt.rx_frames++;
		ax->cnt.rx_bytes += req->actual > 4 ? req->actual - 4 : 0;
	} else {
		ax->cnt.rx_dropped++;
	}
	list_add_tail(&req->list, &ax->in_free);
	spin_unlock_irqrestore(&ax->lock, flags);
}

/* One frame back to the host in the RX framing (atomic context). */
static void kc_ax_rx_frame(struct kc_ax *ax, const u8 *frame, unsigned int len)
{
	struct usb_request *req = NULL;
	unsigned long flags;
	unsigned int total;
	u8 *buf;

	spin_lock_irqsave(&ax->lock, flags);
	if (ax->online && !list_empty(&ax->in_free)) {
		req = list_first_entry(&ax->in_free, struct usb_request, list);
		list_del(&req->list);
	} else {
		ax->cnt.rx_dropped++;
	}
	spin_unlock_irqrestore(&ax->lock, flags);
	if (!req)
		return;

	buf = req->buf;
	kc_ax_put_le32(len | (~len & 0xffff) << 16, buf);
	memcpy(buf + 4, frame, len);
	total = 4 + len;
	if (total & 1)
		buf[total++] = 0;
	req->length = total;
	/* A transfer that fills whole packets ends with a zero-length one. */
	req->zero = 1;
	if (usb_ep_queue(ax->ep_in, req, GFP_ATOMIC)) {
		spin_lock_irqsave(&ax->lock, flags);
		ax->cnt.rx_dropped++;
		list_add_tail(&req->list, &ax->in_free);
		spin_unlock_irqrestore(&ax->lock, flags);
	}
}

static void kc_ax_tx_parse(struct kc_ax *ax, const u8 *buf, unsigned int len)
{
	unsigned int off = 0, flen;
	unsigned long flags;
	bool loop;
	u32 hdr;

	while (off + 4 <= len) {
		hdr = kc_ax_get_le32(buf + off);
		if (hdr == 0xffff0000 && off + 4 == len)
			break;		/* padding, see asix_tx_fixup() */
		flen = hdr & 0xffff;
		if ((hdr >> 16) != (~flen & 0xffff) || !flen ||
		    flen > KC_AX_BULK_BUFLEN - 8 || off + 4 + flen > len) {
			spin_lock_irqsave(&ax->lock, flags);
			ax->cnt.tx_bad++;
			spin_unlock_irqrestore(&ax->lock, flags);
			return;
		}
		off += 4;
		spin_lock_irqsave(&ax->lock, flags);
		ax->cnt.tx_frames++;
		ax->cnt.tx_bytes += flen;
		loop = ax->loopback;
		spin_unlock_irqrestore(&ax->lock, flags);
		if (loop)
			kc_ax_rx_frame(ax, buf + off, flen);
		off += flen;
	}
	if (off != len) {
		spin_lock_irqsave(&ax->lock, flags);
		ax->cnt.tx_bad++;
		spin_unlock_irqrestore(&ax->lock, flags);
	}
}

static __kc_atomic_context void kc_ax_out_complete(struct usb_ep *ep, struct usb_request *req)
{
	struct kc_ax *ax = req->context;

	switch (req->status) {
	case 0:
		kc_ax_tx_parse(ax, req->buf, req->actual);
		break;
	case -ESHUTDOWN:	/* disabled, disconnected */
	case -ECONNRESET:	/* dequeued */
		return;
	default:
		break;
	}
	req->length = KC_AX_BULK_BUFLEN;
	usb_ep_queue(ep, req, GFP_ATOMIC);
}

/* --- the function --- */

static void kc_ax_disable_eps(struct kc_ax *ax)
{
	unsigned long flags;

	spin_lock_irqsave(&ax->lock, flags);
	ax->online = false;
	spin_unlock_irqrestore(&ax->lock, flags);
	/* Pending requests complete with -ESHUTDOWN inside these calls. */
	if (ax->ep_int->enabled)
		usb_ep_disable(ax->ep_int);
	if (ax->ep_in->enabled)
		usb_ep_disable(ax->ep_in);
	if (ax->ep_out->enabled)
		usb_ep_disable(ax->ep_out);
}

static int kc_ax_enable_ep(struct usb_function *f, struct usb_ep *ep)
{
	int ret;

	ret = config_ep_by_speed(f->config->cdev->gadget, f, ep);
	if (ret)
		return ret;
	return usb_ep_enable(ep);
}

static int kc_ax_set_alt(struct usb_function *f, unsigned int intf,
			 unsigned int alt)
{
	struct kc_ax *ax = func_to_ax(f);
	unsigned long flags;
	int ret, i;

	if (alt)
		return -EINVAL;
	kc_ax_disable_eps(ax);
	ret = kc_ax_enable_ep(f, ax->ep_int);
	if (!ret)
		ret = kc_ax_enable_ep(f, ax->ep_in);
	if (!ret)
		ret = kc_ax_enable_ep(f, ax->ep_out);
	if (ret) {
		kc_ax_disable_eps(ax);
		return ret;
	}

	spin_lock_irqsave(&ax->lock, flags);
	ax->online = true;
	ax->int_busy = false;
	ax->int_dequeuing = false;
	ax->int_reported_link = -1;
	ax->cnt.enables++;
	spin_unlock_irqrestore(&ax->lock, flags);

	for (i = 0; i < KC_AX_NR_OUT_REQS; i++) {
		ax->out_reqs[i]->length = KC_AX_BULK_BUFLEN;
		usb_ep_queue(ax->ep_out, ax->out_reqs[i], GFP_ATOMIC);
	}
	kc_ax_link_kick(ax);
	return 0;
}

static void kc_ax_disable(struct usb_function *f)
{
	struct kc_ax *ax = func_to_ax(f);
	unsigned long flags;

	kc_ax_disable_eps(ax);
	spin_lock_irqsave(&ax->lock, flags);
	ax->cnt.disables++;
	spin_unlock_irqrestore(&ax->lock, flags);
}

static bool kc_ax_req_match(struct usb_function *f,
			    const struct usb_ctrlrequest *ctrl, bool config0)
{
	return (ctrl->bRequestType & (USB_TYPE_MASK | USB_RECIP_MASK)) ==
	       (USB_TYPE_VENDOR | USB_RECIP_DEVICE);
}

static __kc_atomic_context void kc_ax_ep0_out_complete(struct usb_ep *ep, struct usb_request *req)
{
	struct kc_ax *ax = req->context;

	if (req->status == 0)
		kc_ax_vendor_out(ax, &ax->ep0_ctrl, req->buf, req->actual);
}

/* Vendor requests; composite calls this in atomic context. */
static __kc_atomic_context int kc_ax_setup(struct usb_function *f,
					   const struct usb_ctrlrequest *ctrl)
{
	struct kc_ax *ax = func_to_ax(f);
	struct usb_composite_dev *cdev = f->config->cdev;
	struct usb_request *req = cdev->req;
	u16 w_length = le16_to_cpu(ctrl->wLength);
	int ret;

	if (!kc_ax_req_match(f, ctrl, false))
		return -EOPNOTSUPP;

	if (ctrl->bRequestType & USB_DIR_IN) {
		ret = kc_ax_vendor_in(ax, ctrl, req->buf, w_length);
		if (ret < 0)
			return ret;
		req->length = ret;
		req->zero = ret < w_length;
	} else {
		ret = kc_ax_vendor_out_check(ax, ctrl);
		if (ret < 0)
			return ret;
		if (w_length) {
			ax->ep0_ctrl = *ctrl;
			req->complete = kc_ax_ep0_out_complete;
			req->context = ax;
		} else {
			kc_ax_vendor_out(ax, ctrl, NULL, 0);
		}
		req->length = w_length;
		req->zero = 0;
	}
	ret = usb_ep_queue(cdev->gadget->ep0, req, GFP_ATOMIC);
	if (ret)
		pr_warn_ratelimited(KC_AX_NAME ": ep0 queue failed: %d\n", ret);
	return ret;
}

static __kc_might_sleep struct usb_request *
kc_ax_alloc_req(struct kc_ax *ax, struct usb_ep *ep,
		unsigned int len,
		void (*complete)(struct usb_ep *,
				 struct usb_request *))
{
	struct usb_request *req;

	req = usb_ep_alloc_request(ep, GFP_KERNEL);
	if (!req)
		return NULL;
	req->buf = kzalloc(len, GFP_KERNEL);
	if (!req->buf) {
		usb_ep_free_request(ep, req);
		return NULL;
	}
	req->length = len;
	req->complete = complete;
	req->context = ax;
	return req;
}

static void kc_ax_free_req(struct usb_ep *ep, struct usb_request *req)
{
	if (!req)
		return;
	kfree(req->buf);
	usb_ep_free_request(ep, req);
}

static void kc_ax_free_reqs(struct kc_ax *ax)
{
	int i;

	kc_ax_free_req(ax->ep_int, ax->int_req);
	ax->int_req = NULL;
	for (i = 0; i < KC_AX_NR_OUT_REQS; i++) {
		kc_ax_free_req(ax->ep_out, ax->out_reqs[i]);
		ax->out_reqs[i] = NULL;
	}
	for (i = 0; i < KC_AX_NR_IN_REQS; i++) {
		kc_ax_free_req(ax->ep_in, ax->in_reqs[i]);
		ax->in_reqs[i] = NULL;
	}
	INIT_LIST_HEAD(&ax->in_free);
}

static __kc_might_sleep int kc_ax_alloc_reqs(struct kc_ax *ax)
{
	int i;

	ax->int_req = kc_ax_alloc_req(ax, ax->ep_int, KC_AX_INT_LEN,
				      kc_ax_int_complete);
	if (!ax->int_req)
		return -ENOMEM;
	for (i = 0; i < KC_AX_NR_OUT_REQS; i++) {
		ax->out_reqs[i] = kc_ax_alloc_req(ax, ax->ep_out,
						  KC_AX_BULK_BUFLEN,
						  kc_ax_out_complete);
		if (!ax->out_reqs[i])
			return -ENOMEM;
	}
	for (i = 0; i < KC_AX_NR_IN_REQS; i++) {
		ax->in_reqs[i] = kc_ax_alloc_req(ax, ax->ep_in,
						 KC_AX_BULK_BUFLEN,
						 kc_ax_in_complete);
		if (!ax->in_reqs[i])
			return -ENOMEM;
		list_add_tail(&ax->in_reqs[i]->list, &ax->in_free);
	}
	return 0;
}

static __kc_might_sleep int kc_ax_bind(struct usb_configuration *c, struct usb_function *f)
{
	struct usb_composite_dev *cdev = c->cdev;
	struct kc_ax *ax = func_to_ax(f);
	int id, ret;

	id = usb_interface_id(c, f);
	if (id < 0)
		return id;
	kc_ax_intf.bInterfaceNumber = id;

	ax->ep_int = usb_ep_autoconfig(cdev->gadget, &kc_ax_fs_int);
	ax->ep_in = usb_ep_autoconfig(cdev->gadget, &kc_ax_fs_in);
	ax->ep_out = usb_ep_autoconfig(cdev->gadget, &kc_ax_fs_out);
	if (!ax->ep_int || !ax->ep_in || !ax->ep_out)
		return -ENODEV;
	kc_ax_hs_int.bEndpointAddress = kc_ax_fs_int.bEndpointAddress;
	kc_ax_hs_in.bEndpointAddress = kc_ax_fs_in.bEndpointAddress;
	kc_ax_hs_out.bEndpointAddress = kc_ax_fs_out.bEndpointAddress;

	ret = usb_assign_descriptors(f, kc_ax_fs_function, kc_ax_hs_function,
				     NULL, NULL);
	if (ret)
		return ret;
	ret = kc_ax_alloc_reqs(ax);
	if (ret) {
		kc_ax_free_reqs(ax);
		usb_free_all_descriptors(f);
		return ret;
	}
	kc_ax_link_work_schedule(ax, KC_AX_LINK_POLL);
	return 0;
}

static __kc_might_sleep void kc_ax_unbind(struct usb_configuration *c, struct usb_function *f)
{
	struct kc_ax *ax = func_to_ax(f);

	/* Endpoints are disabled (composite called disable() first). */
	kc_ax_link_work_cancel(ax);
	kc_ax_free_reqs(ax);
	usb_free_all_descriptors(f);
}

/* --- the composite driver --- */

static int kc_ax_config_bind(struct usb_configuration *c)
{
	struct kc_ax *ax = kc_ax_dev;

	ax->func.name = "ax88772";
	ax->func.bind = kc_ax_bind;
	ax->func.unbind = kc_ax_unbind;
	ax->func.set_alt = kc_ax_set_alt;
	ax->func.disable = kc_ax_disable;
	ax->func.setup = kc_ax_setup;
	ax->func.req_match = kc_ax_req_match;
	return usb_add_function(c, &ax->func);
}

static struct usb_configuration kc_ax_config = {
	.label			= "ax88772",
	.bConfigurationValue	= 1,
	.bmAttributes		= USB_CONFIG_ATT_ONE | USB_CONFIG_ATT_SELFPOWER,
	.MaxPower		= 100,
};

static int kc_ax_cdev_bind(struct usb_composite_dev *cdev)
{
	int ret;

	ret = usb_string_ids_tab(cdev, kc_ax_strings_dev);
	if (ret < 0)
		return ret;
	kc_ax_device_desc.iManufacturer =
		kc_ax_strings_dev[USB_GADGET_MANUFACTURER_IDX].id;
	kc_ax_device_desc.iProduct = kc_ax_strings_dev[USB_GADGET_PRODUCT_IDX].id;
	kc_ax_device_desc.iSerialNumber =
		kc_ax_strings_dev[USB_GADGET_SERIAL_IDX].id;

	return usb_add_config(cdev, &kc_ax_config, kc_ax_config_bind);
}

static int kc_ax_cdev_unbind(struct usb_composite_dev *cdev)
{
	return 0;
}

static struct usb_composite_driver kc_ax_driver = {
	.name		= KC_AX_NAME,
	.dev		= &kc_ax_device_desc,
	.strings	= kc_ax_dev_strings,
	.max_speed	= USB_SPEED_HIGH,
	.bind		= kc_ax_cdev_bind,
	.unbind		= kc_ax_cdev_unbind,
};

static __kc_might_sleep int __init kc_ax_init(void)
{
	const struct kc_ax_chip *c = NULL;
	struct kc_ax *ax;
	int i, ret;

	for (i = 0; i < ARRAY_SIZE(kc_ax_chips); i++)
		if (!strcmp(chip, kc_ax_chips[i].name))
			c = &kc_ax_chips[i];
	if (!c) {
		pr_err(KC_AX_NAME ": unknown chip \"%s\" (ax88772a or ax88772c)\n",
		       chip);
		return -EINVAL;
	}

	ax = kc_box_new(struct kc_ax, GFP_KERNEL);
	if (!ax)
		return -ENOMEM;
	ax->chip = c;
	spin_lock_init(&ax->lock);
	INIT_LIST_HEAD(&ax->in_free);
	kc_ax_link_work_init(ax);
	ax->sim.id = 0;
	ax->sim.phy_id = c->phy_id;
	ax->sim.addr = KC_AX_PHY_ADDR;
	kc_phy_model_init(&ax->sim.model, c->phy_id);
	kc_sim_inject_init(&ax->sim.inject);
	ret = kc_sim_trace_init(&ax->sim.trace);
	if (ret) {
		kc_ax_free(ax);
		return ret;
	}
	kc_ax_vendor_init(ax);
	kc_ax_dev = ax;

	kc_ax_device_desc.idProduct = cpu_to_le16(c->product);
	snprintf(kc_ax_product, sizeof(kc_ax_product), "%s (emulated)",
		 c->name);

	kc_ax_debugfs_create(ax);

	ret = usb_composite_probe(&kc_ax_driver);
	if (ret) {
		kc_ax_debugfs_destroy(ax);
		kc_ax_free(ax);
		kc_ax_dev = NULL;
	}
	return ret;
}
module_init(kc_ax_init);

static __kc_might_sleep void __exit kc_ax_exit(void)
{
	struct kc_ax *ax = kc_ax_dev;

	usb_composite_unregister(&kc_ax_driver);
	kc_ax_debugfs_destroy(ax);
	kc_ax_free(ax);
	kc_ax_dev = NULL;
}
module_exit(kc_ax_exit);

MODULE_DESCRIPTION("kcrate selftests: emulated ASIX AX88772A/C USB Ethernet adapter (gadget)");
MODULE_LICENSE("GPL");
