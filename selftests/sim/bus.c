// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: module entry, control files and instance lifetime.
 *
 * /sys/kernel/debug/kc_phy_sim/new_device  "ID PHYID [ADDR]"
 * /sys/kernel/debug/kc_phy_sim/del_device  "ID"
 *
 * Like netdevsim's bus, but in debugfs: the simulator is test-only and
 * needs nothing from sysfs. Each instance is parented by a platform device
 * "kc_phy_sim.ID" bound to the (empty) kc_phy_sim platform driver: phylib
 * insists that a net_device's parent has a driver. The driver has no
 * remove callback and refuses manual unbind, so the instance is torn down
 * only by del_device or module unload, in one place and in one order.
 */
#include <linux/debugfs.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "kc_phy_sim.h"
#include <core/context.h>

#define KC_SIM_CTRL_MAX		64

static struct dentry *kc_sim_root;
static struct dentry *kc_sim_new_file;
static struct dentry *kc_sim_del_file;

/* Serialises creation and deletion; protects kc_sim_devs[]. */
static DEFINE_MUTEX(kc_sim_lock);
static struct kc_sim_dev *kc_sim_devs[KC_SIM_MAX_ID + 1];

static int kc_sim_pdrv_probe(struct platform_device *pdev)
{
	return 0;
}

static struct platform_driver kc_sim_pdrv = {
	.probe	= kc_sim_pdrv_probe,
	.driver	= {
		.name			= KC_SIM_NAME,
		.suppress_bind_attrs	= true,
		.probe_type		= PROBE_FORCE_SYNCHRONOUS,
	},
};

/* Tolerates a partly built instance: each piece is undone if present. */
static __kc_might_sleep void kc_sim_dev_destroy(struct kc_sim_dev *sd)
{
	kc_sim_debugfs_destroy(sd);
	kc_sim_netdev_destroy(sd);
	if (sd->pdev)
		platform_device_unregister(sd->pdev);
	kc_sim_trace_destroy(&sd->trace);
	kfree(sd);
}

static __kc_might_sleep int kc_sim_dev_create(unsigned int id, u32 phy_id, unsigned int addr)
{
	struct platform_device *pdev;
	struct kc_sim_dev *sd;
	int ret;

	sd = kzalloc(sizeof(*sd), GFP_KERNEL);
	if (!sd)
		return -ENOMEM;
	sd->id = id;
	sd->phy_id = phy_id;
	sd->addr = addr;
	kc_phy_model_init(&sd->model, phy_id);
	kc_sim_inject_init(&sd->inject);
	ret = kc_sim_trace_init(&sd->trace);
	if (ret)
		goto fail;

	pdev = platform_device_register_simple(KC_SIM_NAME, id, NULL, 0);
	if (IS_ERR(pdev)) {
		ret = PTR_ERR(pdev);
		pr_err(KC_SIM_NAME ": %u: platform device registration failed: %d\n",
		       id, ret);
		goto fail;
	}
	sd->pdev = pdev;
	if (!pdev->dev.driver) {
		pr_err(KC_SIM_NAME ": %u: platform driver did not bind\n", id);
		ret = -ENODEV;
		goto fail;
	}

	ret = kc_sim_mdio_create(sd);
	if (ret)
		goto fail;
	ret = kc_sim_netdev_create(sd);
	if (ret)
		goto fail;
	kc_sim_debugfs_create(sd, kc_sim_root);

	kc_sim_devs[id] = sd;
	pr_info(KC_SIM_NAME ": %u: PHY 0x%08x at " KC_SIM_NAME "-%u:%02x, interface kcsim%u\n",
		id, phy_id, id, addr, id);
	return 0;

fail:
	kc_sim_dev_destroy(sd);
	return ret;
}

/* Copies a control write into @buf as a trimmed string. */
static __kc_might_sleep char *
kc_sim_ctrl_copy(char *buf, size_t size, const char __user *ubuf,
		 size_t count, const char *file)
{
	if (count >= size) {
		pr_err(KC_SIM_NAME ": %s: input too long\n", file);
		return ERR_PTR(-EINVAL);
	}
	if (copy_from_user(buf, ubuf, count))
		return ERR_PTR(-EFAULT);
	buf[count] = '\0';
	return strim(buf);
}

static int kc_sim_parse_id(const char *s, const char *file, unsigned int *id)
{
	if (kstrtouint(s, 10, id) || *id > KC_SIM_MAX_ID) {
		pr_err(KC_SIM_NAME ": %s: bad ID \"%s\" (decimal 0..%d)\n",
		       file, s, KC_SIM_MAX_ID);
		return -EINVAL;
	}
	return 0;
}

static int kc_sim_new_parse(const char *cmd, unsigned int *id, u32 *phy_id,
			    unsigned int *addr)
{
	char **argv;
	int argc;
	int ret = -EINVAL;

	argv = argv_split(GFP_KERNEL, cmd, &argc);
	if (!argv)
		return -ENOMEM;

	if (argc < 2 || argc > 3) {
		pr_err(KC_SIM_NAME ": new_device: expected \"ID PHYID [ADDR]\", got \"%s\"\n",
		       cmd);
		goto out;
	}
	if (kc_sim_parse_id(argv[0], "new_device", id))
		goto out;
	/* phylib reads an all-ones id (no device) or zero as "nothing here". */
	if (kstrtou32(argv[1], 16, phy_id) || !*phy_id ||
	    (*phy_id & 0x1fffffff) == 0x1fffffff) {
		pr_err(KC_SIM_NAME ": new_device: bad PHYID \"%s\" (hex, e.g. 0x003b1861)\n",
		       argv[1]);
		goto out;
	}
	*addr = 1;
	if (argc == 3 && (kstrtouint(argv[2], 10, addr) ||
			  *addr > KC_SIM_MAX_ADDR)) {
		pr_err(KC_SIM_NAME ": new_device: bad ADDR \"%s\" (decimal 0..%d)\n",
		       argv[2], KC_SIM_MAX_ADDR);
		goto out;
	}
	ret = 0;
out:
	argv_free(argv);
	return ret;
}

static __kc_might_sleep ssize_t
kc_sim_new_write(struct file *file, const char __user *ubuf,
		 size_t count, loff_t *ppos)
{
	char buf[KC_SIM_CTRL_MAX];
	unsigned int id, addr;
	u32 phy_id;
	char *cmd;
	int ret;

	cmd = kc_sim_ctrl_copy(buf, sizeof(buf), ubuf, count, "new_device");
	if (IS_ERR(cmd))
		return PTR_ERR(cmd);
	ret = kc_sim_new_parse(cmd, &id, &phy_id, &addr);
	if (ret)
		return ret;

	mutex_lock(&kc_sim_lock);
	if (kc_sim_devs[id]) {
		pr_err(KC_SIM_NAME ": new_device: ID %u already exists\n", id);
		ret = -EEXIST;
	} else {
		ret = kc_sim_dev_create(id, phy_id, addr);
	}
	mutex_unlock(&kc_sim_lock);
	return ret ? ret : count;
}

static __kc_might_sleep ssize_t
kc_sim_del_write(struct file *file, const char __user *ubuf,
		 size_t count, loff_t *ppos)
{
	char buf[KC_SIM_CTRL_MAX];
	struct kc_sim_dev *sd;
	unsigned int id;
	char *cmd;
	int ret;

	cmd = kc_sim_ctrl_copy(buf, sizeof(buf), ubuf, count, "del_device");
	if (IS_ERR(cmd))
		return PTR_ERR(cmd);
	ret = kc_sim_parse_id(cmd, "del_device", &id);
	if (ret)
		return ret;

	mutex_lock(&kc_sim_lock);
	sd = kc_sim_devs[id];
	kc_sim_devs[id] = NULL;
	if (sd)
		kc_sim_dev_destroy(sd);
	mutex_unlock(&kc_sim_lock);

	if (!sd) {
		pr_err(KC_SIM_NAME ": del_device: no device with ID %u\n", id);
		return -ENOENT;
	}
	return count;
}

static const struct file_operations kc_sim_new_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.write	= kc_sim_new_write,
	.llseek	= noop_llseek,
};

static const struct file_operations kc_sim_del_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.write	= kc_sim_del_write,
	.llseek	= noop_llseek,
};

static __kc_might_sleep int __init kc_sim_init(void)
{
	int ret;

	ret = platform_driver_register(&kc_sim_pdrv);
	if (ret)
		return ret;

	kc_sim_root = debugfs_create_dir(KC_SIM_NAME, NULL);
	kc_sim_new_file = debugfs_create_file("new_device", 0200, kc_sim_root,
					      NULL, &kc_sim_new_fops);
	kc_sim_del_file = debugfs_create_file("del_device", 0200, kc_sim_root,
					      NULL, &kc_sim_del_fops);
	return 0;
}

static __kc_might_sleep void __exit kc_sim_exit(void)
{
	unsigned int id;

	/* No new instances from here on; then drop the existing ones. */
	debugfs_remove(kc_sim_new_file);
	debugfs_remove(kc_sim_del_file);

	mutex_lock(&kc_sim_lock);
	for (id = 0; id <= KC_SIM_MAX_ID; id++) {
		if (kc_sim_devs[id]) {
			kc_sim_dev_destroy(kc_sim_devs[id]);
			kc_sim_devs[id] = NULL;
		}
	}
	mutex_unlock(&kc_sim_lock);

	debugfs_remove_recursive(kc_sim_root);
	platform_driver_unregister(&kc_sim_pdrv);
}

module_init(kc_sim_init);
module_exit(kc_sim_exit);

MODULE_DESCRIPTION("kcrate simulated board: MDIO bus, PHY model and net_device for selftests");
MODULE_LICENSE("GPL");
