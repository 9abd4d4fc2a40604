// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: module entry, control files and instance lifetime.
 *
 * /sys/kernel/debug/kc_phy_sim/new_device  "ID PHYID [ADDR [on-create]]"
 * /sys/kernel/debug/kc_phy_sim/del_device  "ID"
 *
 * Like netdevsim's bus, but in debugfs: the simulator is test-only and
 * needs nothing from sysfs. Each instance is the per-device state of the
 * kc_phy_sim platform driver (abstractions/platform.h): new_device creates
 * the platform device "kc_phy_sim.ID" with the instance's (id, phy_id,
 * addr) as typed platform data, and the driver's probe builds the instance
 * on it, each piece device-managed: trace, MDIO bus, net_device, debugfs
 * directory (phylib insists that a net_device's parent has a driver).
 * The net_device connects its PHY when it opens, or with "on-create" for
 * its whole life, as a MAC driver that connects in its probe does.
 * del_device and module unload unregister the device; its unbind tears the
 * pieces down in reverse order and frees the state. The driver refuses
 * manual unbind: an instance goes only through the registry of the
 * control files.
 */
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/module.h>
#include <linux/string.h>

#include "kc_phy_sim.h"
#include <abstractions/debugfs.h>
#include <abstractions/platform.h>
#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/module.h>

/* The instances' devices by ID; its mutex serialises creation and deletion. */
struct kc_sim_registry {
	struct kc_platform_device *devs[KC_SIM_MAX_ID + 1];
};

KC_DEFINE_LOCKED(kc_sim_registry_locked, mutex, struct kc_sim_registry);

/*
 * The errno of the last probe: the driver core keeps it from the caller
 * that registers the device, in whose thread the probe runs (synchronous).
 */
KC_DEFINE_LOCKED(kc_sim_probe_result, spinlock, int);

/*
 * The module's state and the owner of the control files. @root holds the
 * control files and the instances' directories.
 */
struct kc_sim_controls {
	struct kc_sim_registry_locked registry;
	struct kc_sim_probe_result probe_err;
	struct kc_debugfs_dir *root;
};

KC_MODULE(kc_phy_sim,
	  KC_STATE(struct kc_sim_controls, kc_sim_init, kc_sim_exit),
	  KC_DESCRIPTION("kcrate simulated board: MDIO bus, PHY model, net_device"),
	  KC_LICENSE("GPL"));

static void kc_sim_probe_result_set(struct kc_sim_controls *c, int err)
{
	kc_locked(kc_sim_probe_result, &c->probe_err, last);

	*last = err;
}

static int kc_sim_probe_result_get(struct kc_sim_controls *c)
{
	kc_locked(kc_sim_probe_result, &c->probe_err, last);

	return *last;
}

/* What new_device gives the probe. */
struct kc_sim_pdata {
	struct kc_sim_controls *controls;
	unsigned int id;
	u32 phy_id;
	unsigned int addr;
	enum kc_netdev_phy_connect connect;
};
KC_PLATFORM_DATA(struct kc_sim_pdata);

KC_DEVICE_STATE(struct kc_sim_dev);

KC_DEFINE_DEVM_ACTION(kc_sim_trace_devm, struct kc_sim_trace, kc_sim_trace_destroy);
KC_DEFINE_DEVM_ACTION(kc_sim_debugfs_devm, struct kc_sim_dev, kc_sim_debugfs_destroy);

static __kc_might_sleep int kc_sim_build(struct kc_platform_device *pdev, struct kc_sim_dev *sd,
					 const struct kc_sim_pdata *pd)
{
	struct kc_device *dev = kc_platform_device_dev(pdev);

	sd->id = pd->id;
	sd->phy_id = pd->phy_id;
	sd->addr = pd->addr;
	sd->connect = pd->connect;
	sd->pdev = pdev;
	kc_phy_model_init(&sd->model, sd->phy_id);
	kc_sim_inject_init(&sd->inject);
	kc_try(kc_sim_trace_init(&sd->trace));
	kc_try(kc_sim_trace_devm_add(dev, &sd->trace));
	kc_try(kc_sim_mdio_create(sd));
	kc_try(kc_sim_netdev_create(sd));
	kc_sim_debugfs_create(sd, pd->controls->root);
	kc_try(kc_sim_debugfs_devm_add(dev, sd));

	pr_info(KC_SIM_NAME ": %u: PHY 0x%08x at " KC_SIM_NAME "-%u:%02x, interface kcsim%u\n",
		sd->id, sd->phy_id, sd->id, sd->addr, sd->id);
	return 0;
}

static __kc_might_sleep int kc_sim_probe(struct kc_platform_device *pdev, struct kc_sim_dev *sd)
{
	const struct kc_sim_pdata *pd = kc_platform_data(pdev);
	int err;

	if (!pd) {
		kc_platform_err(pdev, "no instance data\n");
		return -EINVAL;
	}
	err = kc_sim_build(pdev, sd, pd);
	kc_sim_probe_result_set(pd->controls, err);
	return err;
}
KC_PLATFORM_CALLBACK(probe, kc_sim_probe);

KC_PLATFORM_DRIVER(kc_sim_pdrv, KC_PLATFORM_NO_IDS, KC_OF_NO_IDS,
		   .driver.name			= KC_SIM_NAME,
		   .driver.suppress_bind_attrs	= true,
		   .driver.probe_type		= PROBE_FORCE_SYNCHRONOUS,
		   KC_PLATFORM_CB(probe, kc_sim_probe));

/* Under the registry's lock, whose data @r is. */
static __kc_might_sleep int kc_sim_dev_create(struct kc_sim_registry *r,
					      const struct kc_sim_pdata *pd)
{
	struct kc_platform_device *pdev __kc_free(kc_platform_device) = NULL;
	struct kc_sim_controls *c = pd->controls;
	unsigned int id = pd->id;
	int err;

	kc_sim_probe_result_set(c, -ENODEV);	/* unless the probe runs */
	err = kc_unwrap(pdev, kc_platform_device_register(NULL, KC_SIM_NAME, id, pd));
	if (err) {
		pr_err(KC_SIM_NAME ": %u: platform device registration failed: %d\n",
		       id, err);
		return err;
	}
	if (!kc_platform_device_bound(pdev)) {
		pr_err(KC_SIM_NAME ": %u: platform driver did not bind\n", id);
		err = kc_sim_probe_result_get(c);
		return err ? err : -ENODEV;
	}
	r->devs[id] = kc_take(pdev);
	return 0;
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

static int kc_sim_new_parse(const char *cmd, struct kc_sim_pdata *pd)
{
	char **argv __kc_free(kc_sim_argv) = NULL;
	int argc;

	argv = argv_split(GFP_KERNEL, cmd, &argc);
	if (!argv)
		return -ENOMEM;

	if (argc < 2 || argc > 4) {
		pr_err(KC_SIM_NAME ": new_device: expected \"ID PHYID [ADDR [on-create]]\", got \"%s\"\n",
		       cmd);
		return -EINVAL;
	}
	if (kc_sim_parse_id(argv[0], "new_device", &pd->id))
		return -EINVAL;
	/* phylib reads an all-ones id (no device) or zero as "nothing here". */
	if (kstrtou32(argv[1], 16, &pd->phy_id) || !pd->phy_id ||
	    (pd->phy_id & 0x1fffffff) == 0x1fffffff) {
		pr_err(KC_SIM_NAME ": new_device: bad PHYID \"%s\" (hex, e.g. 0x003b1861)\n",
		       argv[1]);
		return -EINVAL;
	}
	pd->addr = 1;
	if (argc >= 3 && (kstrtouint(argv[2], 10, &pd->addr) ||
			  pd->addr > KC_SIM_MAX_ADDR)) {
		pr_err(KC_SIM_NAME ": new_device: bad ADDR \"%s\" (decimal 0..%d)\n",
		       argv[2], KC_SIM_MAX_ADDR);
		return -EINVAL;
	}
	pd->connect = KC_NETDEV_PHY_ON_OPEN;
	if (argc == 4) {
		if (strcmp(argv[3], "on-create")) {
			pr_err(KC_SIM_NAME ": new_device: bad mode \"%s\" (on-create, or none)\n",
			       argv[3]);
			return -EINVAL;
		}
		pd->connect = KC_NETDEV_PHY_ON_CREATE;
	}
	return 0;
}

static __kc_might_sleep int kc_sim_new_store(struct kc_sim_controls *c, const char *cmd)
{
	struct kc_sim_pdata pd = { .controls = c };
	int ret;

	ret = kc_sim_new_parse(cmd, &pd);
	if (ret)
		return ret;

	{
		kc_locked(kc_sim_registry_locked, &c->registry, r);

		if (r->devs[pd.id]) {
			pr_err(KC_SIM_NAME ": new_device: ID %u already exists\n", pd.id);
			return -EEXIST;
		}
		return kc_sim_dev_create(r, &pd);
	}
}

static __kc_might_sleep int kc_sim_del_store(struct kc_sim_controls *c, const char *cmd)
{
	struct kc_platform_device *pdev;
	unsigned int id;
	int ret;

	ret = kc_sim_parse_id(cmd, "del_device", &id);
	if (ret)
		return ret;

	{
		kc_locked(kc_sim_registry_locked, &c->registry, r);

		pdev = r->devs[id];
		r->devs[id] = NULL;
		/* Unbinds: debugfs, net_device, MDIO bus, trace, then the state. */
		kc_platform_device_unregister(pdev);
	}

	if (!pdev) {
		pr_err(KC_SIM_NAME ": del_device: no device with ID %u\n", id);
		return -ENOENT;
	}
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(new_device, struct kc_sim_controls, NULL, kc_sim_new_store);
KC_DEFINE_DEBUGFS_FILE(del_device, struct kc_sim_controls, NULL, kc_sim_del_store);
KC_DEFINE_DEBUGFS_DIR(kc_sim_root_dir, struct kc_sim_controls, new_device, del_device);

static struct kc_sim_controls *kc_sim_init(void)
{
	struct kc_sim_controls *c __kc_free(kc_box) =
		kc_box_new(struct kc_sim_controls, GFP_KERNEL);
	int ret;

	if (!c)
		return ERR_PTR(-ENOMEM);
	kc_sim_registry_locked_init(&c->registry);
	kc_sim_probe_result_init(&c->probe_err);
	ret = kc_platform_driver_register(&kc_sim_pdrv);
	if (ret) {
		kc_sim_registry_locked_destroy(&c->registry);
		return ERR_PTR(ret);
	}

	c->root = kc_sim_root_dir_create(c, NULL, KC_SIM_NAME);
	return kc_take(c);
}

static void kc_sim_exit(struct kc_sim_controls *c)
{
	unsigned int id;

	/*
	 * No control write runs or starts: an open file holds a reference on
	 * the module (the files' owner), and none is taken once it is going.
	 * The instances first: their directories are in the root.
	 */
	{
		kc_locked(kc_sim_registry_locked, &c->registry, r);

		for (id = 0; id <= KC_SIM_MAX_ID; id++) {
			kc_platform_device_unregister(r->devs[id]);
			r->devs[id] = NULL;
		}
	}
	kc_sim_registry_locked_destroy(&c->registry);

	kc_debugfs_dir_remove(c->root);
	kc_platform_driver_unregister(&kc_sim_pdrv);
	kc_box_free(c);
}
