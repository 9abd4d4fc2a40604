// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: per-instance debugfs directory /sys/kernel/debug/kc_phy_sim/ID/
 * (knobs of the link partner and of the quirks, error injection, trace and
 * register dump). Documentation/simulator.rst is the reference.
 *
 * The files are created with debugfs_create_file(), whose proxy makes
 * debugfs_remove_recursive() wait for handlers in progress, so a handler
 * never sees a freed instance.
 */
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "kc_phy_sim.h"
#include <core/context.h>

#define KC_SIM_TEXT_MAX		4096
#define KC_SIM_CMD_MAX		128

/* --- numeric knobs: one u32 each, decimal or hex --- */

static ssize_t kc_sim_knob_read(char __user *ubuf, size_t count, loff_t *ppos,
				u32 val, bool hex)
{
	char buf[16];
	int len;

	len = scnprintf(buf, sizeof(buf), hex ? "0x%04x\n" : "%u\n", val);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static ssize_t kc_sim_knob_write(struct file *file, const char __user *ubuf,
				 size_t count, bool hex, u32 max,
				 void (*set)(struct kc_sim_dev *sd, u32 val))
{
	struct kc_sim_dev *sd = file->private_data;
	u32 val;
	int ret;

	ret = kstrtou32_from_user(ubuf, count, hex ? 16 : 10, &val);
	if (ret) {
		pr_err(KC_SIM_NAME ": %u: %pD: not a %s number\n", sd->id, file,
		       hex ? "hexadecimal" : "decimal");
		return ret;
	}
	if (val > max) {
		pr_err(KC_SIM_NAME ": %u: %pD: %u is above the maximum %u\n",
		       sd->id, file, val, max);
		return -EINVAL;
	}
	set(sd, val);
	return count;
}

#define KC_SIM_KNOB(_name, _hex, _max)					\
static ssize_t kc_sim_##_name##_read(struct file *file,		\
				     char __user *ubuf,			\
				     size_t count, loff_t *ppos)	\
{									\
	return kc_sim_knob_read(ubuf, count, ppos,			\
				kc_sim_##_name##_get(file->private_data), \
				_hex);					\
}									\
static ssize_t kc_sim_##_name##_write(struct file *file,		\
				      const char __user *ubuf,		\
				      size_t count, loff_t *ppos)	\
{									\
	return kc_sim_knob_write(file, ubuf, count, _hex, _max,	\
				 kc_sim_##_name##_set);			\
}									\
static const struct file_operations kc_sim_##_name##_fops = {		\
	.owner	= THIS_MODULE,						\
	.open	= simple_open,						\
	.read	= kc_sim_##_name##_read,				\
	.write	= kc_sim_##_name##_write,				\
	.llseek	= default_llseek,					\
}

static u32 kc_sim_link_get(struct kc_sim_dev *sd)
{
	return kc_phy_model_partner_link(&sd->model);
}

static void kc_sim_link_set(struct kc_sim_dev *sd, u32 val)
{
	kc_phy_model_set_partner_link(&sd->model, val);
}

KC_SIM_KNOB(link, false, 1);

static u32 kc_sim_partner_advertise_get(struct kc_sim_dev *sd)
{
	return kc_phy_model_partner_adv(&sd->model);
}

static void kc_sim_partner_advertise_set(struct kc_sim_dev *sd, u32 val)
{
	kc_phy_model_set_partner_adv(&sd->model, val);
}

KC_SIM_KNOB(partner_advertise, true, 0xffff);

static u32 kc_sim_lpa_zero_get(struct kc_sim_dev *sd)
{
	return kc_phy_model_lpa_zero(&sd->model);
}

static void kc_sim_lpa_zero_set(struct kc_sim_dev *sd, u32 val)
{
	kc_phy_model_set_lpa_zero(&sd->model, val);
}

KC_SIM_KNOB(lpa_zero, false, 1);

static u32 kc_sim_reset_stuck_get(struct kc_sim_dev *sd)
{
	return kc_phy_model_reset_stuck(&sd->model);
}

static void kc_sim_reset_stuck_set(struct kc_sim_dev *sd, u32 val)
{
	kc_phy_model_set_reset_stuck(&sd->model, val);
}

KC_SIM_KNOB(reset_stuck, false, 1);

static u32 kc_sim_delay_us_get(struct kc_sim_dev *sd)
{
	return READ_ONCE(sd->delay_us);
}

static void kc_sim_delay_us_set(struct kc_sim_dev *sd, u32 val)
{
	WRITE_ONCE(sd->delay_us, val);
}

KC_SIM_KNOB(delay_us, false, KC_SIM_MAX_DELAY_US);

/* --- read-only text files --- */

static __kc_might_sleep ssize_t
kc_sim_read_text(char __user *ubuf, size_t count, loff_t *ppos,
		 struct kc_sim_dev *sd,
		 size_t (*fmt)(struct kc_sim_dev *sd, char *buf,
			       size_t size))
{
	ssize_t ret;
	size_t len;
	char *buf;

	buf = kmalloc(KC_SIM_TEXT_MAX, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	len = fmt(sd, buf, KC_SIM_TEXT_MAX);
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
	kfree(buf);
	return ret;
}

static size_t kc_sim_regs_fmt(struct kc_sim_dev *sd, char *buf, size_t size)
{
	u16 regs[KC_PHY_MODEL_NREGS];
	size_t len = 0;
	unsigned int i;

	kc_phy_model_peek_all(&sd->model, regs);
	for (i = 0; i < KC_PHY_MODEL_NREGS; i++)
		len += scnprintf(buf + len, size - len, "%02u 0x%04x\n", i, regs[i]);
	return len;
}

static __kc_might_sleep ssize_t
kc_sim_regs_read(struct file *file, char __user *ubuf,
		 size_t count, loff_t *ppos)
{
	return kc_sim_read_text(ubuf, count, ppos, file->private_data,
				kc_sim_regs_fmt);
}

/*
 * Back door for tests: "REG VALUE" is written straight into the model, as
 * an MDIO write would be, but without delay, injection or trace. phylib is
 * not told: its view of the PHY can go stale.
 */
static __kc_might_sleep ssize_t
kc_sim_regs_write(struct file *file, const char __user *ubuf,
		  size_t count, loff_t *ppos)
{
	struct kc_sim_dev *sd = file->private_data;
	char buf[KC_SIM_CMD_MAX];
	unsigned int reg;
	char **argv;
	int argc;
	u16 val;
	int ret = -EINVAL;

	if (count >= sizeof(buf)) {
		pr_err(KC_SIM_NAME ": %u: regs: input too long\n", sd->id);
		return -EINVAL;
	}
	if (copy_from_user(buf, ubuf, count))
		return -EFAULT;
	buf[count] = '\0';
	argv = argv_split(GFP_KERNEL, buf, &argc);
	if (!argv)
		return -ENOMEM;
	if (argc != 2 || kstrtouint(argv[0], 10, &reg) ||
	    reg >= KC_PHY_MODEL_NREGS || kstrtou16(argv[1], 16, &val)) {
		pr_err(KC_SIM_NAME ": %u: regs: expected \"REG VALUE\" (REG decimal 0..31, VALUE hex)\n",
		       sd->id);
	} else {
		kc_phy_model_write(&sd->model, reg, val);
		ret = count;
	}
	argv_free(argv);
	return ret;
}

static const struct file_operations kc_sim_regs_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= kc_sim_regs_read,
	.write	= kc_sim_regs_write,
	.llseek	= default_llseek,
};

static size_t kc_sim_status_fmt(struct kc_sim_dev *sd, char *buf, size_t size)
{
	struct kc_phy_model_status st;

	kc_phy_model_get_status(&sd->model, &st);
	return scnprintf(buf, size,
			 "link %d\naneg_complete %d\nspeed %d\nduplex %s\nresets %u\nnegotiations %u\n",
			 st.link, st.aneg_complete, st.speed,
			 !st.link ? "unknown" : st.full_duplex ? "full" : "half",
			 st.resets, st.renegotiations);
}

static __kc_might_sleep ssize_t
kc_sim_status_read(struct file *file, char __user *ubuf,
		   size_t count, loff_t *ppos)
{
	return kc_sim_read_text(ubuf, count, ppos, file->private_data,
				kc_sim_status_fmt);
}

static const struct file_operations kc_sim_status_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= kc_sim_status_read,
	.llseek	= default_llseek,
};

static ssize_t kc_sim_trace_dropped_read(struct file *file, char __user *ubuf,
					 size_t count, loff_t *ppos)
{
	struct kc_sim_dev *sd = file->private_data;

	return kc_sim_knob_read(ubuf, count, ppos,
				kc_sim_trace_dropped(&sd->trace), false);
}

static const struct file_operations kc_sim_trace_dropped_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= kc_sim_trace_dropped_read,
	.llseek	= default_llseek,
};

/* --- inject: read lists pending rules, write adds one or clears --- */

static size_t kc_sim_inject_fmt(struct kc_sim_dev *sd, char *buf, size_t size)
{
	return kc_sim_inject_format(&sd->inject, buf, size);
}

static __kc_might_sleep ssize_t
kc_sim_inject_read(struct file *file, char __user *ubuf,
		   size_t count, loff_t *ppos)
{
	return kc_sim_read_text(ubuf, count, ppos, file->private_data,
				kc_sim_inject_fmt);
}

static __kc_might_sleep ssize_t
kc_sim_inject_write(struct file *file, const char __user *ubuf,
		    size_t count, loff_t *ppos)
{
	struct kc_sim_dev *sd = file->private_data;
	char buf[KC_SIM_CMD_MAX];
	int ret;

	if (count >= sizeof(buf)) {
		pr_err(KC_SIM_NAME ": %u: inject: command too long\n", sd->id);
		return -EINVAL;
	}
	if (copy_from_user(buf, ubuf, count))
		return -EFAULT;
	buf[count] = '\0';

	ret = kc_sim_inject_command(&sd->inject, strim(buf));
	return ret ? ret : count;
}

static const struct file_operations kc_sim_inject_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= kc_sim_inject_read,
	.write	= kc_sim_inject_write,
	.llseek	= default_llseek,
};

/* --- trace: read a snapshot taken at open, write anything to clear --- */

struct kc_sim_trace_snap {
	char *text;
	size_t len;
};

static __kc_might_sleep int kc_sim_trace_open(struct inode *inode, struct file *file)
{
	struct kc_sim_dev *sd = inode->i_private;
	struct kc_sim_trace_snap *snap;

	snap = kzalloc(sizeof(*snap), GFP_KERNEL);
	if (!snap)
		return -ENOMEM;
	if (file->f_mode & FMODE_READ) {
		snap->text = kc_sim_trace_format(&sd->trace, &snap->len);
		if (!snap->text) {
			kfree(snap);
			return -ENOMEM;
		}
	}
	file->private_data = snap;
	return 0;
}

static ssize_t kc_sim_trace_read(struct file *file, char __user *ubuf,
				 size_t count, loff_t *ppos)
{
	struct kc_sim_trace_snap *snap = file->private_data;

	return simple_read_from_buffer(ubuf, count, ppos, snap->text, snap->len);
}

static ssize_t kc_sim_trace_write(struct file *file, const char __user *ubuf,
				  size_t count, loff_t *ppos)
{
	struct kc_sim_dev *sd = file_inode(file)->i_private;

	kc_sim_trace_clear(&sd->trace);
	return count;
}

static int kc_sim_trace_release(struct inode *inode, struct file *file)
{
	struct kc_sim_trace_snap *snap = file->private_data;

	kvfree(snap->text);
	kfree(snap);
	return 0;
}

static const struct file_operations kc_sim_trace_fops = {
	.owner		= THIS_MODULE,
	.open		= kc_sim_trace_open,
	.read		= kc_sim_trace_read,
	.write		= kc_sim_trace_write,
	.release	= kc_sim_trace_release,
	.llseek		= default_llseek,
};

__kc_might_sleep void kc_sim_debugfs_create(struct kc_sim_dev *sd, struct dentry *root)
{
	char name[8];
	struct dentry *d;

	snprintf(name, sizeof(name), "%u", sd->id);
	d = debugfs_create_dir(name, root);
	sd->ddir = d;

	debugfs_create_file("link", 0600, d, sd, &kc_sim_link_fops);
	debugfs_create_file("partner_advertise", 0600, d, sd,
			    &kc_sim_partner_advertise_fops);
	debugfs_create_file("lpa_zero", 0600, d, sd, &kc_sim_lpa_zero_fops);
	debugfs_create_file("reset_stuck", 0600, d, sd, &kc_sim_reset_stuck_fops);
	debugfs_create_file("delay_us", 0600, d, sd, &kc_sim_delay_us_fops);
	debugfs_create_file("inject", 0600, d, sd, &kc_sim_inject_fops);
	debugfs_create_file("trace", 0600, d, sd, &kc_sim_trace_fops);
	debugfs_create_file("trace_dropped", 0400, d, sd,
			    &kc_sim_trace_dropped_fops);
	debugfs_create_file("regs", 0600, d, sd, &kc_sim_regs_fops);
	debugfs_create_file("status", 0400, d, sd, &kc_sim_status_fops);
}

__kc_might_sleep void kc_sim_debugfs_destroy(struct kc_sim_dev *sd)
{
	debugfs_remove_recursive(sd->ddir);
	sd->ddir = NULL;
}
