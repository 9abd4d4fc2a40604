// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: module entry, control files and instance lifetime.
 *
 * /sys/kernel/debug/kc_phy_sim/new_device  "ID PHYID [ADDR]"
 * /sys/kernel/debug/kc_phy_sim/del_device  "ID"
 *
 * Like netdevsim's bus, but in debugfs: the simulator is test-only and
 * needs nothing from sysfs. Each instance is the per-device state of the
 * kc_phy_sim platform driver (abstractions/platform.h): new_device creates
 * the platform device "kc_phy_sim.ID" with the instance's (id, phy_id,
 * addr) as typed platform data, and the driver's probe builds the instance
 * on it, each piece device-managed: trace, MDIO bus, net_device, debugfs
 * directory (phylib insists that a net_device's parent has a driver).
 * del_device and module unload unregister the device; its unbind tears the
 * pieces down in reverse order and frees the state. The driver refuses
 * manual unbind: an instance goes only through its owner, kc_sim_devs[].
 */
#include <linux/debugfs.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "kc_phy_sim.h"
#include <abstractions/platform.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>

#define KC_SIM_CTRL_MAX		64

static struct dentry *kc_sim_root;
static struct dentry *kc_sim_new_file;
static struct dentry *kc_sim_del_file;

/*
 * Serialises creation and deletion; protects kc_sim_devs[] and
 * kc_sim_probe_err, which the probe sets: new_device holds the lock while
 * it registers a device, and the probe runs in its thread (synchronous).
 */
static DEFINE_MUTEX(kc_sim_lock);
static struct kc_platform_device *kc_sim_devs[KC_SIM_MAX_ID + 1];
static int kc_sim_probe_err;

/* What new_device gives the probe. */
struct kc_sim_pdata {
	unsigned int id;
	u32 phy_id;
	unsigned int addr;
};
KC_PLATFORM_DATA(struct kc_sim_pdata);

KC_DEVICE_STATE(struct kc_sim_dev);

KC_DEFINE_DEVM_ACTION(kc_sim_trace_devm, struct kc_sim_trace, kc_sim_trace_destroy);
KC_DEFINE_DEVM_ACTION(kc_sim_debugfs_devm, struct kc_sim_dev, kc_sim_debugfs_destroy);

static __kc_might_sleep int kc_sim_build(struct kc_platform_device *pdev, struct kc_sim_dev *sd)
{
	const struct kc_sim_pdata *pd = kc_platform_data(pdev);
	struct kc_device *dev = kc_platform_device_dev(pdev);

	if (!pd) {
		kc_platform_err(pdev, "no instance data\n");
		return -EINVAL;
	}
	sd->id = pd->id;
	sd->phy_id = pd->phy_id;
	sd->addr = pd->addr;
	sd->pdev = pdev;
	kc_phy_model_init(&sd->model, sd->phy_id);
	kc_sim_inject_init(&sd->inject);
	kc_try(kc_sim_trace_init(&sd->trace));
	kc_try(kc_sim_trace_devm_add(dev, &sd->trace));
	kc_try(kc_sim_mdio_create(sd));
	kc_try(kc_sim_netdev_create(sd));
	kc_sim_debugfs_create(sd, kc_sim_root);
	kc_try(kc_sim_debugfs_devm_add(dev, sd));

	pr_info(KC_SIM_NAME ": %u: PHY 0x%08x at " KC_SIM_NAME "-%u:%02x, interface kcsim%u\n",
		sd->id, sd->phy_id, sd->id, sd->addr, sd->id);
	return 0;
}

static __kc_might_sleep int kc_sim_probe(struct kc_platform_device *pdev, struct kc_sim_dev *sd)
{
	lockdep_assert_held(&kc_sim_lock);
	kc_sim_probe_err = kc_sim_build(pdev, sd);
	return kc_sim_probe_err;
}
KC_PLATFORM_CALLBACK(probe, kc_sim_probe);

KC_PLATFORM_DRIVER(kc_sim_pdrv) = {
	.driver	= {
		.name			= KC_SIM_NAME,
		.suppress_bind_attrs	= true,
		.probe_type		= PROBE_FORCE_SYNCHRONOUS,
	},
	KC_PLATFORM_CB(probe, kc_sim_probe),
};

/* Called with kc_sim_lock held. */
static __kc_might_sleep int kc_sim_dev_create(unsigned int id, u32 phy_id, unsigned int addr)
{
	struct kc_sim_pdata pd = { .id = id, .phy_id = phy_id, .addr = addr };
	struct kc_platform_device *pdev __kc_free(kc_platform_device) = NULL;

	kc_sim_probe_err = -ENODEV;	/* unless the probe runs */
	pdev = kc_platform_device_register(NULL, KC_SIM_NAME, id, &pd);
	if (IS_ERR(pdev)) {
		pr_err(KC_SIM_NAME ": %u: platform device registration failed: %ld\n",
		       id, PTR_ERR(pdev));
		return PTR_ERR(pdev);
	}
	if (!kc_platform_device_bound(pdev)) {
		pr_err(KC_SIM_NAME ": %u: platform driver did not bind\n", id);
		return kc_sim_probe_err ? kc_sim_probe_err : -ENODEV;
	}
	kc_sim_devs[id] = kc_take(pdev);
	return 0;
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

static void kc_sim_argv_free(char **argv)
{
	if (argv)
		argv_free(argv);
}

KC_DEFINE_FREE(kc_sim_argv, char **, kc_sim_argv_free(_T))

static int kc_sim_new_parse(const char *cmd, unsigned int *id, u32 *phy_id,
			    unsigned int *addr)
{
	char **argv __kc_free(kc_sim_argv) = NULL;
	int argc;

	argv = argv_split(GFP_KERNEL, cmd, &argc);
	if (!argv)
		return -ENOMEM;

	if (argc < 2 || argc > 3) {
		pr_err(KC_SIM_NAME ": new_device: expected \"ID PHYID [ADDR]\", got \"%s\"\n",
		       cmd);
		return -EINVAL;
	}
	if (kc_sim_parse_id(argv[0], "new_device", id))
		return -EINVAL;
	/* phylib reads an all-ones id (no device) or zero as "nothing here". */
	if (kstrtou32(argv[1], 16, phy_id) || !*phy_id ||
	    (*phy_id & 0x1fffffff) == 0x1fffffff) {
		pr_err(KC_SIM_NAME ": new_device: bad PHYID \"%s\" (hex, e.g. 0x003b1861)\n",
		       argv[1]);
		return -EINVAL;
	}
	*addr = 1;
	if (argc == 3 && (kstrtouint(argv[2], 10, addr) ||
			  *addr > KC_SIM_MAX_ADDR)) {
		pr_err(KC_SIM_NAME ": new_device: bad ADDR \"%s\" (decimal 0..%d)\n",
		       argv[2], KC_SIM_MAX_ADDR);
		return -EINVAL;
	}
	return 0;
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
	struct kc_platform_device *pdev;
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
	pdev = kc_sim_devs[id];
	kc_sim_devs[id] = NULL;
	/* Unbinds: debugfs, net_device, MDIO bus, trace, then the state. */
	kc_platform_device_unregister(pdev);
	mutex_unlock(&kc_sim_lock);

	if (!pdev) {
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

	ret = kc_platform_driver_register(&kc_sim_pdrv);
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
		kc_platform_device_unregister(kc_sim_devs[id]);
		kc_sim_devs[id] = NULL;
	}
	mutex_unlock(&kc_sim_lock);

	debugfs_remove_recursive(kc_sim_root);
	kc_platform_driver_unregister(&kc_sim_pdrv);
}

module_init(kc_sim_init);
module_exit(kc_sim_exit);

MODULE_DESCRIPTION("kcrate simulated board: MDIO bus, PHY model and net_device for selftests");
MODULE_LICENSE("GPL");
