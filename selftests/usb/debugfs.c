// SPDX-License-Identifier: GPL-2.0
/*
 * kc_usb_ax88772: debugfs, /sys/kernel/debug/kc_usb_ax88772/0/.
 *
 * The PHY model's knobs (link, partner_advertise, lpa_zero, reset_stuck,
 * inject, trace, trace_dropped, regs, status) are the simulated board's own
 * files (selftests/sim/debugfs.c, compiled in), on this adapter's PHY.
 * delay_us exists but has no effect here (MII requests are answered in
 * atomic context). The adapter adds:
 *
 *   chip       r   "ax88772a" or "ax88772c"
 *   counters   r   "key value" lines: vendor requests, frames, reports
 *   mac        r   the MAC registers as the host last wrote them
 *   loopback   rw  0/1: frames from the host are sent back to it
 */
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "kc_usb_ax88772.h"
#include <abstractions/debugfs.h>
#include <core/context.h>

#define KC_AX_TEXT_MAX	8192

static __kc_might_sleep ssize_t
kc_ax_read_text(struct file *file, char __user *ubuf,
		size_t count, loff_t *ppos,
		size_t (*fmt)(struct kc_ax *ax, char *buf, size_t size))
{
	ssize_t ret;
	size_t len;
	char *buf;

	buf = kmalloc(KC_AX_TEXT_MAX, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	len = fmt(file->private_data, buf, KC_AX_TEXT_MAX);
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
	kfree(buf);
	return ret;
}

static size_t kc_ax_chip_fmt(struct kc_ax *ax, char *buf, size_t size)
{
	return scnprintf(buf, size, "%s\n", ax->chip->name);
}

static size_t kc_ax_counters_fmt(struct kc_ax *ax, char *buf, size_t size)
{
	struct kc_ax_counters c;
	unsigned long flags;
	size_t len = 0;
	int i;

	spin_lock_irqsave(&ax->lock, flags);
	c = ax->cnt;
	spin_unlock_irqrestore(&ax->lock, flags);

	len += scnprintf(buf + len, size - len,
			 "unknown_requests %u\nmii_hw_mode %u\nmii_stalled %u\n"
			 "tx_frames %llu\ntx_bytes %llu\ntx_bad %llu\n"
			 "rx_frames %llu\nrx_bytes %llu\nrx_dropped %llu\n"
			 "int_reports %u\nenables %u\ndisables %u\n",
			 c.unknown, c.mii_hw_mode, c.mii_stalled,
			 c.tx_frames, c.tx_bytes, c.tx_bad,
			 c.rx_frames, c.rx_bytes, c.rx_dropped,
			 c.int_reports, c.enables, c.disables);
	for (i = 0; i < ARRAY_SIZE(c.requests); i++)
		if (c.requests[i])
			len += scnprintf(buf + len, size - len,
					 "request_0x%02x %u\n", i, c.requests[i]);
	return len;
}

static size_t kc_ax_mac_fmt(struct kc_ax *ax, char *buf, size_t size)
{
	struct kc_ax_mac m;
	unsigned long flags;

	spin_lock_irqsave(&ax->lock, flags);
	m = ax->mac;
	spin_unlock_irqrestore(&ax->lock, flags);

	return scnprintf(buf, size,
			 "node_id %pM\nrx_ctl 0x%04x\nmedium 0x%04x\n"
			 "ipg 0x%02x 0x%02x 0x%02x\ngpio 0x%02x\nsw_reset 0x%02x\n"
			 "phy_select 0x%02x\nmonitor 0x%02x\nsw_mii %d\n"
			 "multi_filter %8phN\n",
			 m.node_id, m.rx_ctl, m.medium, m.ipg[0], m.ipg[1],
			 m.ipg[2], m.gpio, m.sw_reset, m.phy_select, m.monitor,
			 m.sw_mii, m.multi_filter);
}

#define KC_AX_TEXT_FILE(_name)						\
static __kc_might_sleep ssize_t kc_ax_##_name##_read(struct file *file,			\
				    char __user *ubuf, size_t count,	\
				    loff_t *ppos)			\
{									\
	return kc_ax_read_text(file, ubuf, count, ppos, kc_ax_##_name##_fmt); \
}									\
static const struct file_operations kc_ax_##_name##_fops = {		\
	.owner	= THIS_MODULE,						\
	.open	= simple_open,						\
	.read	= kc_ax_##_name##_read,					\
	.llseek	= default_llseek,					\
}

KC_AX_TEXT_FILE(chip);
KC_AX_TEXT_FILE(counters);
KC_AX_TEXT_FILE(mac);

static ssize_t kc_ax_loopback_read(struct file *file, char __user *ubuf,
				   size_t count, loff_t *ppos)
{
	struct kc_ax *ax = file->private_data;
	char buf[4];
	int len;

	len = scnprintf(buf, sizeof(buf), "%d\n", READ_ONCE(ax->loopback));
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static ssize_t kc_ax_loopback_write(struct file *file, const char __user *ubuf,
				    size_t count, loff_t *ppos)
{
	struct kc_ax *ax = file->private_data;
	unsigned long flags;
	bool on;
	int ret;

	ret = kstrtobool_from_user(ubuf, count, &on);
	if (ret)
		return ret;
	spin_lock_irqsave(&ax->lock, flags);
	ax->loopback = on;
	spin_unlock_irqrestore(&ax->lock, flags);
	return count;
}

static const struct file_operations kc_ax_loopback_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= kc_ax_loopback_read,
	.write	= kc_ax_loopback_write,
	.llseek	= default_llseek,
};

__kc_might_sleep void kc_ax_debugfs_create(struct kc_ax *ax)
{
	struct dentry *d;

	ax->droot = debugfs_create_dir(KC_AX_NAME, NULL);
	kc_sim_debugfs_create(&ax->sim, kc_unsafe_from_dentry(ax->droot));
	/* The board's files and ours share its directory, removed with droot. */
	d = kc_unsafe_raw_dentry(ax->sim.ddir);
	debugfs_create_file("chip", 0400, d, ax, &kc_ax_chip_fops);
	debugfs_create_file("counters", 0400, d, ax, &kc_ax_counters_fops);
	debugfs_create_file("mac", 0400, d, ax, &kc_ax_mac_fops);
	debugfs_create_file("loopback", 0600, d, ax, &kc_ax_loopback_fops);
}

__kc_might_sleep void kc_ax_debugfs_destroy(struct kc_ax *ax)
{
	debugfs_remove_recursive(ax->droot);
	ax->droot = NULL;
	ax->sim.ddir = NULL;
}
