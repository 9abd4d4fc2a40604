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
 * What is kcrate's here: the module (KC_MODULE), the adapter's lifetime
 * (a box whose release cancels the link poll), the state the completions
 * share with process context (locked data), the requests' buffers and
 * the debugfs files. The USB gadget API (usb_function, endpoints,
 * requests, the composite driver) has no kcrate abstraction and is called
 * as the kernel declares it.
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
#include <linux/usb/composite.h>
#include <linux/usb/gadget.h>

#include "kc_usb_ax88772.h"
#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/error.h>
#include <core/module.h>

#define KC_AX_DESCRIPTION \
	"kcrate selftests: emulated ASIX AX88772A/C USB Ethernet adapter (gadget)"

KC_MODULE(kc_usb_ax88772,
	  KC_STATE(struct kc_ax, kc_ax_init, kc_ax_exit),
	  KC_DESCRIPTION(KC_AX_DESCRIPTION),
	  KC_LICENSE("GPL"),
	  KC_PARAM_STRING(chip, "ax88772a", "emulated chip: ax88772a or ax88772c"));

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

#define KC_AX_LINK_POLL		KC_MSECS(50)

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

enum kc_ax_int_action { KC_AX_INT_NONE, KC_AX_INT_QUEUE, KC_AX_INT_DEQUEUE };

/* What the interrupt endpoint must do for the model's @link. */
static enum kc_ax_int_action kc_ax_int_next(struct kc_ax *ax, int link)
{
	kc_locked(kc_ax_locked, &ax->shared, s);
	u8 *buf;

	if (!s->online)
		return KC_AX_INT_NONE;
	if (s->int_busy) {
		/* A stale report is pending: take it back, the completion requeues. */
		if (link != s->int_queued_link && !s->int_dequeuing) {
			s->int_dequeuing = true;
			return KC_AX_INT_DEQUEUE;
		}
		return KC_AX_INT_NONE;
	}
	if (link == s->int_reported_link)
		return KC_AX_INT_NONE;
	/* Online: the requests are bound, and the idle one is ours to fill. */
	buf = ax->reqs->int_req->buf;
	memset(buf, 0, KC_AX_INT_LEN);
	buf[0] = 0xa1;
	buf[2] = link ? 0x01 : 0x00;
	ax->reqs->int_req->length = KC_AX_INT_LEN;
	s->int_queued_link = link;
	s->int_busy = true;
	return KC_AX_INT_QUEUE;
}

void kc_ax_link_kick(struct kc_ax *ax)
{
	struct kc_phy_model_status st;

	kc_phy_model_get_status(&ax->sim.model, &st);
	switch (kc_ax_int_next(ax, st.link)) {
	case KC_AX_INT_QUEUE:
		if (usb_ep_queue(ax->ep_int, ax->reqs->int_req, GFP_ATOMIC)) {
			kc_locked(kc_ax_locked, &ax->shared, s);

			s->int_busy = false;
		}
		break;
	case KC_AX_INT_DEQUEUE:
		usb_ep_dequeue(ax->ep_int, ax->reqs->int_req);
		break;
	case KC_AX_INT_NONE:
		break;
	}
}

static __kc_atomic_context void kc_ax_int_complete(struct usb_ep *ep, struct usb_request *req)
{
	struct kc_ax *ax = req->context;

	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		s->int_busy = false;
		s->int_dequeuing = false;
		if (req->status == 0) {
			s->int_reported_link = s->int_queued_link;
			s->cnt.int_reports++;
		}
	}
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

/*
 * The adapter's release, once its link poll is cancelled (core/work.h):
 * the files first, whose removal waits for their handlers.
 */
static __kc_might_sleep void kc_ax_drop(struct kc_ax *ax)
{
	kc_ax_debugfs_destroy(ax);
	kc_sim_trace_destroy(&ax->sim.trace);
	kc_ax_locked_destroy(&ax->shared);
	kc_ax_dev = NULL;
}

KC_DEFINE_OWNER(kc_ax, struct kc_ax, kc_ax_drop, kc_ax_link_work);

/* --- bulk endpoints: frames --- */

static __kc_atomic_context void kc_ax_in_complete(struct usb_ep *ep, struct usb_request *req)
{
	struct kc_ax *ax = req->context;

	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		if (req->status == 0) {
			s->cnt.rx_frames++;
			s->cnt.rx_bytes += req->actual > 4 ? req->actual - 4 : 0;
		} else {
			s->cnt.rx_dropped++;
		}
		list_add_tail(&req->list, &s->in_free);
	}
}

/* An idle bulk IN request, or NULL (the frame is dropped, and counted). */
static struct usb_request *kc_ax_in_get(struct kc_ax *ax)
{
	kc_locked(kc_ax_locked, &ax->shared, s);
	struct usb_request *req;

	if (!s->online || list_empty(&s->in_free)) {
		s->cnt.rx_dropped++;
		return NULL;
	}
	req = list_first_entry(&s->in_free, struct usb_request, list);
	list_del(&req->list);
	return req;
}

/* A request that could not be queued goes back to the idle ones. */
static void kc_ax_in_put(struct kc_ax *ax, struct usb_request *req)
{
	kc_locked(kc_ax_locked, &ax->shared, s);

	s->cnt.rx_dropped++;
	list_add_tail(&req->list, &s->in_free);
}

/* One frame back to the host in the RX framing (atomic context). */
static void kc_ax_rx_frame(struct kc_ax *ax, const u8 *frame, unsigned int len)
{
	struct usb_request *req = kc_ax_in_get(ax);
	unsigned int total;
	u8 *buf;

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
	if (usb_ep_queue(ax->ep_in, req, GFP_ATOMIC))
		kc_ax_in_put(ax, req);
}

static void kc_ax_tx_bad(struct kc_ax *ax)
{
	kc_locked(kc_ax_locked, &ax->shared, s);

	s->cnt.tx_bad++;
}

/* Counts a frame from the host; returns whether it goes back (loopback). */
static bool kc_ax_tx_frame(struct kc_ax *ax, unsigned int len)
{
	kc_locked(kc_ax_locked, &ax->shared, s);

	s->cnt.tx_frames++;
	s->cnt.tx_bytes += len;
	return s->loopback;
}

static void kc_ax_tx_parse(struct kc_ax *ax, const u8 *buf, unsigned int len)
{
	unsigned int off = 0, flen;
	u32 hdr;

	while (off + 4 <= len) {
		hdr = kc_ax_get_le32(buf + off);
		if (hdr == 0xffff0000 && off + 4 == len)
			break;		/* padding, see asix_tx_fixup() */
		flen = hdr & 0xffff;
		if ((hdr >> 16) != (~flen & 0xffff) || !flen ||
		    flen > KC_AX_BULK_BUFLEN - 8 || off + 4 + flen > len) {
			kc_ax_tx_bad(ax);
			return;
		}
		off += 4;
		if (kc_ax_tx_frame(ax, flen))
			kc_ax_rx_frame(ax, buf + off, flen);
		off += flen;
	}
	if (off != len)
		kc_ax_tx_bad(ax);
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
	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		s->online = false;
	}
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
	kc_try(config_ep_by_speed(f->config->cdev->gadget, f, ep));
	return usb_ep_enable(ep);
}

static int kc_ax_enable_eps(struct usb_function *f, struct kc_ax *ax)
{
	kc_try(kc_ax_enable_ep(f, ax->ep_int));
	kc_try(kc_ax_enable_ep(f, ax->ep_in));
	return kc_ax_enable_ep(f, ax->ep_out);
}

static int kc_ax_set_alt(struct usb_function *f, unsigned int intf,
			 unsigned int alt)
{
	struct kc_ax *ax = func_to_ax(f);
	int ret, i;

	if (alt)
		return -EINVAL;
	kc_ax_disable_eps(ax);
	ret = kc_ax_enable_eps(f, ax);
	if (ret) {
		kc_ax_disable_eps(ax);
		return ret;
	}

	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		s->online = true;
		s->int_busy = false;
		s->int_dequeuing = false;
		s->int_reported_link = -1;
		s->cnt.enables++;
	}

	for (i = 0; i < KC_AX_NR_OUT_REQS; i++) {
		ax->reqs->out[i]->length = KC_AX_BULK_BUFLEN;
		usb_ep_queue(ax->ep_out, ax->reqs->out[i], GFP_ATOMIC);
	}
	kc_ax_link_kick(ax);
	return 0;
}

static void kc_ax_disable(struct usb_function *f)
{
	struct kc_ax *ax = func_to_ax(f);

	kc_ax_disable_eps(ax);
	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		s->cnt.disables++;
	}
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
		kc_try(kc_ax_vendor_out_check(ax, ctrl));
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

/* --- requests: allocated at bind, released at unbind --- */

/* A request and its buffer (a box, released with it). */
static __kc_might_sleep struct usb_request *
kc_ax_alloc_req(struct kc_ax *ax, struct usb_ep *ep, unsigned int len,
		void (*complete)(struct usb_ep *, struct usb_request *))
{
	u8 *buf __kc_free(kc_box) = kc_box_new_array(u8, len, GFP_KERNEL);
	struct usb_request *req;

	if (!buf)
		return NULL;
	req = usb_ep_alloc_request(ep, GFP_KERNEL);
	if (!req)
		return NULL;
	req->buf = kc_take(buf);
	req->length = len;
	req->complete = complete;
	req->context = ax;
	return req;
}

static void kc_ax_free_req(struct usb_ep *ep, struct usb_request *req)
{
	if (!req)
		return;
	kc_box_free(req->buf);
	usb_ep_free_request(ep, req);
}

/* Every request made so far (NULL for those not made), then the set. */
static void kc_ax_reqs_free(struct kc_ax_reqs *r)
{
	int i;

	if (!r)
		return;
	kc_ax_free_req(r->ep_int, r->int_req);
	for (i = 0; i < KC_AX_NR_OUT_REQS; i++)
		kc_ax_free_req(r->ep_out, r->out[i]);
	for (i = 0; i < KC_AX_NR_IN_REQS; i++)
		kc_ax_free_req(r->ep_in, r->in[i]);
	kc_box_free(r);
}

KC_DEFINE_FREE(kc_ax_reqs, struct kc_ax_reqs *, kc_ax_reqs_free(_T))

static __kc_might_sleep struct kc_ax_reqs *kc_ax_reqs_new(struct kc_ax *ax)
{
	struct kc_ax_reqs *r __kc_free(kc_ax_reqs) = kc_box_new(struct kc_ax_reqs, GFP_KERNEL);
	int i;

	if (!r)
		return NULL;
	r->ep_int = ax->ep_int;
	r->ep_in = ax->ep_in;
	r->ep_out = ax->ep_out;
	r->int_req = kc_ax_alloc_req(ax, r->ep_int, KC_AX_INT_LEN, kc_ax_int_complete);
	if (!r->int_req)
		return NULL;
	for (i = 0; i < KC_AX_NR_OUT_REQS; i++) {
		r->out[i] = kc_ax_alloc_req(ax, r->ep_out, KC_AX_BULK_BUFLEN,
					    kc_ax_out_complete);
		if (!r->out[i])
			return NULL;
	}
	for (i = 0; i < KC_AX_NR_IN_REQS; i++) {
		r->in[i] = kc_ax_alloc_req(ax, r->ep_in, KC_AX_BULK_BUFLEN,
					   kc_ax_in_complete);
		if (!r->in[i])
			return NULL;
	}
	kc_return_take(r);
}

/* The requests, then the descriptors: a failure releases the requests. */
static __kc_might_sleep int kc_ax_bind_reqs(struct usb_function *f, struct kc_ax *ax)
{
	struct kc_ax_reqs *r __kc_free(kc_ax_reqs) = kc_ax_reqs_new(ax);
	int i;

	if (!r)
		return -ENOMEM;
	kc_try(usb_assign_descriptors(f, kc_ax_fs_function, kc_ax_hs_function,
				      NULL, NULL));
	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		INIT_LIST_HEAD(&s->in_free);
		for (i = 0; i < KC_AX_NR_IN_REQS; i++)
			list_add_tail(&r->in[i]->list, &s->in_free);
	}
	ax->reqs = kc_take(r);
	return 0;
}

static __kc_might_sleep int kc_ax_bind(struct usb_configuration *c, struct usb_function *f)
{
	struct usb_composite_dev *cdev = c->cdev;
	struct kc_ax *ax = func_to_ax(f);
	int id;

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

	kc_try(kc_ax_bind_reqs(f, ax));
	kc_ax_link_work_schedule(ax, KC_AX_LINK_POLL);
	return 0;
}

static __kc_might_sleep void kc_ax_unbind(struct usb_configuration *c, struct usb_function *f)
{
	struct kc_ax *ax = func_to_ax(f);

	/* Endpoints are disabled (composite called disable() first). */
	kc_ax_link_work_cancel(ax);
	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		INIT_LIST_HEAD(&s->in_free);
	}
	kc_ax_reqs_free(ax->reqs);
	ax->reqs = NULL;
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
	kc_try(usb_string_ids_tab(cdev, kc_ax_strings_dev));
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

/* --- the module --- */

static const struct kc_ax_chip *kc_ax_chip_find(const char *name)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(kc_ax_chips); i++)
		if (!strcmp(name, kc_ax_chips[i].name))
			return &kc_ax_chips[i];
	return NULL;
}

/*
 * The adapter, registered with the composite framework, which binds it to
 * the first free UDC at once (config_bind finds it in kc_ax_dev).
 */
static __kc_might_sleep struct kc_ax *kc_ax_new(const struct kc_ax_chip *c)
{
	struct kc_ax *ax __kc_free(kc_ax) = kc_box_new(struct kc_ax, GFP_KERNEL);

	if (!ax)
		return ERR_PTR(-ENOMEM);
	ax->chip = c;
	kc_ax_locked_init(&ax->shared);
	{
		kc_locked(kc_ax_locked, &ax->shared, s);

		INIT_LIST_HEAD(&s->in_free);
	}
	kc_ax_link_work_init(ax);
	ax->sim.id = 0;
	ax->sim.phy_id = c->phy_id;
	ax->sim.addr = KC_AX_PHY_ADDR;
	kc_phy_model_init(&ax->sim.model, c->phy_id);
	kc_sim_inject_init(&ax->sim.inject);
	kc_try_err_ptr(kc_sim_trace_init(&ax->sim.trace));
	kc_ax_vendor_init(ax);

	kc_ax_device_desc.idProduct = cpu_to_le16(c->product);
	snprintf(kc_ax_product, sizeof(kc_ax_product), "%s (emulated)",
		 c->name);

	kc_ax_debugfs_create(ax);
	kc_ax_dev = ax;
	kc_try_err_ptr(usb_composite_probe(&kc_ax_driver));
	kc_return_take(ax);
}

static struct kc_ax *kc_ax_init(void)
{
	const struct kc_ax_chip *c = kc_ax_chip_find(chip);

	if (!c) {
		pr_err(KC_AX_NAME ": unknown chip \"%s\" (ax88772a or ax88772c)\n",
		       chip);
		return ERR_PTR(-EINVAL);
	}
	return kc_ax_new(c);
}

/* The gadget unplugs (unbind cancels the link poll), then the adapter goes. */
static void kc_ax_exit(struct kc_ax *ax)
{
	usb_composite_unregister(&kc_ax_driver);
	kc_ax_free(ax);
}
