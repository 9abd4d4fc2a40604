// SPDX-License-Identifier: GPL-2.0
/*
 * kc_reg_consumer: a regulator consumer for the guest tests, driven from
 * the shell through /sys/kernel/debug/kc_reg_consumer/ (the regulator
 * framework has no user-space interface for consumers). It uses the
 * kernel's consumer API directly: it is the test bench, not a kcrate driver.
 *
 *   get        write NAME: regulator_get() by regulator name; "put" puts
 *              it back (disabling it first if this consumer enabled it)
 *   enable     write 1/0: regulator_enable()/regulator_disable();
 *              read: regulator_is_enabled()
 *   voltage    write "MIN MAX" (µV): regulator_set_voltage();
 *              read: regulator_get_voltage()
 *   current    write "MIN MAX" (µA): regulator_set_current_limit();
 *              read: regulator_get_current_limit()
 *   mode       write fast|normal: regulator_set_mode(); read: the mode
 *   suspend_voltage
 *              write "MIN MAX" (µV): regulator_set_suspend_voltage() for
 *              suspend to RAM (the core applies it at the next suspend)
 *   board      write "BUS ADDR [bad]": instantiate an "ncv6336" client at
 *              ADDR on I2C adapter BUS the way board code does, described
 *              by a software node with the devicetree binding's properties
 *              (below; x86 guests have no devicetree); "bad" gives it a
 *              voltage range whose min is above its max. "remove" removes
 *              the client and its nodes.
 *
 * A refused request fails the write with the regulator core's errno.
 */
#include <linux/debugfs.h>
#include <linux/err.h>
#include <linux/i2c.h>
#include <linux/property.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/regulator/consumer.h>
#include <linux/uaccess.h>

#include <helpers/i2c.h>
#include <core/context.h>

static struct platform_device *kc_pdev;
static struct regulator *kc_reg;
static bool kc_enabled;
static DEFINE_MUTEX(kc_lock);
static struct dentry *kc_dir;

/*
 * The board's description of the chip, in devicetree terms:
 *
 *	regulator@1c {
 *		compatible = "onnn,ncv6336";
 *		regulator-name = "vdd-kc-board";
 *		regulator-min-microvolt = <700000>;
 *		regulator-max-microvolt = <1200000>;
 *		regulator-min-microamp = <4000000>;
 *		regulator-max-microamp = <4500000>;
 *		regulator-active-discharge = <0>;
 *		regulator-allowed-modes = <0 1>;
 *		regulator-initial-mode = <0>;
 *		regulator-state-mem {
 *			regulator-on-in-suspend;
 *			regulator-suspend-min-microvolt = <800000>;
 *			regulator-suspend-max-microvolt = <1000000>;
 *			regulator-suspend-microvolt = <900000>;
 *			regulator-changeable-in-suspend;
 *			regulator-mode = <1>;
 *		};
 *	};
 */
static const u32 kc_board_modes[] = { 0, 1 };

static const struct property_entry kc_board_props[] = {
	PROPERTY_ENTRY_STRING("compatible", "onnn,ncv6336"),
	PROPERTY_ENTRY_STRING("regulator-name", "vdd-kc-board"),
	PROPERTY_ENTRY_U32("regulator-min-microvolt", 700000),
	PROPERTY_ENTRY_U32("regulator-max-microvolt", 1200000),
	PROPERTY_ENTRY_U32("regulator-min-microamp", 4000000),
	PROPERTY_ENTRY_U32("regulator-max-microamp", 4500000),
	PROPERTY_ENTRY_U32("regulator-active-discharge", 0),
	PROPERTY_ENTRY_U32_ARRAY("regulator-allowed-modes", kc_board_modes),
	PROPERTY_ENTRY_U32("regulator-initial-mode", 0),
	{ }
};

static const struct property_entry kc_board_mem_props[] = {
	PROPERTY_ENTRY_BOOL("regulator-on-in-suspend"),
	PROPERTY_ENTRY_U32("regulator-suspend-min-microvolt", 800000),
	PROPERTY_ENTRY_U32("regulator-suspend-max-microvolt", 1000000),
	PROPERTY_ENTRY_U32("regulator-suspend-microvolt", 900000),
	PROPERTY_ENTRY_BOOL("regulator-changeable-in-suspend"),
	PROPERTY_ENTRY_U32("regulator-mode", 1),
	{ }
};

/* The same chip, described with its voltage range upside down. */
static const struct property_entry kc_board_bad_props[] = {
	PROPERTY_ENTRY_STRING("compatible", "onnn,ncv6336"),
	PROPERTY_ENTRY_U32("regulator-min-microvolt", 1200000),
	PROPERTY_ENTRY_U32("regulator-max-microvolt", 700000),
	{ }
};

static const struct software_node kc_board_node = {
	.name = "kc-ncv6336-board", .properties = kc_board_props,
};

static const struct software_node kc_board_mem = {
	.name = "regulator-state-mem", .parent = &kc_board_node,
	.properties = kc_board_mem_props,
};

static const struct software_node kc_board_bad_node = {
	.name = "kc-ncv6336-bad", .properties = kc_board_bad_props,
};

static const struct software_node *kc_board_group[] = {
	&kc_board_node, &kc_board_mem, NULL
};

static const struct software_node *kc_board_bad_group[] = {
	&kc_board_bad_node, NULL
};

static struct i2c_client *kc_board_client;
static const struct software_node **kc_board_nodes;

static __kc_might_sleep int
kc_user_string(const char __user *ubuf, size_t len, char *buf, size_t size)
{
	if (len >= size)
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	strim(buf);
	return 0;
}

static __kc_might_sleep int kc_user_pair(const char __user *ubuf, size_t len, int *a, int *b)
{
	char buf[48];
	int ret = kc_user_string(ubuf, len, buf, sizeof(buf));

	if (ret)
		return ret;
	return sscanf(buf, "%d %d", a, b) == 2 ? 0 : -EINVAL;
}

static ssize_t kc_reply(char __user *ubuf, size_t len, loff_t *ppos, long val)
{
	char buf[24];
	int n = scnprintf(buf, sizeof(buf), "%ld\n", val);

	return simple_read_from_buffer(ubuf, len, ppos, buf, n);
}

static __kc_might_sleep void kc_put(void)
{
	if (!kc_reg)
		return;
	if (kc_enabled)
		regulator_disable(kc_reg);
	kc_enabled = false;
	regulator_put(kc_reg);
	kc_reg = NULL;
}

static __kc_might_sleep ssize_t
kc_get_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	struct regulator *r;
	char name[48];
	int ret = kc_user_string(ubuf, len, name, sizeof(name));

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	kc_put();
	if (strcmp(name, "put")) {
		r = regulator_get_optional(&kc_pdev->dev, name);
		if (IS_ERR(r))
			ret = PTR_ERR(r);
		else
			kc_reg = r;
	}
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

static __kc_might_sleep ssize_t
kc_enable_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	bool on;
	int ret = kstrtobool_from_user(ubuf, len, &on);

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	if (!kc_reg)
		ret = -ENODEV;
	else if (on && !kc_enabled)
		ret = regulator_enable(kc_reg);
	else if (!on && kc_enabled)
		ret = regulator_disable(kc_reg);
	if (!ret && kc_reg)
		kc_enabled = on;
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

static __kc_might_sleep ssize_t
kc_enable_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	long v;

	mutex_lock(&kc_lock);
	v = kc_reg ? regulator_is_enabled(kc_reg) : -ENODEV;
	mutex_unlock(&kc_lock);
	return v < 0 ? v : kc_reply(ubuf, len, ppos, v);
}

static __kc_might_sleep ssize_t
kc_voltage_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	int min, max, ret = kc_user_pair(ubuf, len, &min, &max);

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	ret = kc_reg ? regulator_set_voltage(kc_reg, min, max) : -ENODEV;
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

static __kc_might_sleep ssize_t
kc_voltage_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	long v;

	mutex_lock(&kc_lock);
	v = kc_reg ? regulator_get_voltage(kc_reg) : -ENODEV;
	mutex_unlock(&kc_lock);
	return v < 0 ? v : kc_reply(ubuf, len, ppos, v);
}

static __kc_might_sleep ssize_t
kc_current_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	int min, max, ret = kc_user_pair(ubuf, len, &min, &max);

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	ret = kc_reg ? regulator_set_current_limit(kc_reg, min, max) : -ENODEV;
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

static __kc_might_sleep ssize_t
kc_current_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	long v;

	mutex_lock(&kc_lock);
	v = kc_reg ? regulator_get_current_limit(kc_reg) : -ENODEV;
	mutex_unlock(&kc_lock);
	return v < 0 ? v : kc_reply(ubuf, len, ppos, v);
}

static __kc_might_sleep ssize_t
kc_mode_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	unsigned int mode;
	char buf[16];
	int ret = kc_user_string(ubuf, len, buf, sizeof(buf));

	if (ret)
		return ret;
	if (!strcmp(buf, "fast"))
		mode = REGULATOR_MODE_FAST;
	else if (!strcmp(buf, "normal"))
		mode = REGULATOR_MODE_NORMAL;
	else
		return -EINVAL;
	mutex_lock(&kc_lock);
	ret = kc_reg ? regulator_set_mode(kc_reg, mode) : -ENODEV;
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

static __kc_might_sleep ssize_t
kc_mode_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	unsigned int mode = 0;
	const char *s;
	int ret = 0;

	mutex_lock(&kc_lock);
	if (kc_reg)
		mode = regulator_get_mode(kc_reg);
	else
		ret = -ENODEV;
	mutex_unlock(&kc_lock);
	if (ret)
		return ret;
	s = mode == REGULATOR_MODE_FAST ? "fast\n" :
	    mode == REGULATOR_MODE_NORMAL ? "normal\n" : "invalid\n";
	return simple_read_from_buffer(ubuf, len, ppos, s, strlen(s));
}

static __kc_might_sleep ssize_t
kc_suspend_voltage_write(struct file *f, const char __user *ubuf, size_t len,
			 loff_t *ppos)
{
	int min, max, ret = kc_user_pair(ubuf, len, &min, &max);

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	ret = kc_reg ? regulator_set_suspend_voltage(kc_reg, min, max, PM_SUSPEND_MEM) : -ENODEV;
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

/* Called with kc_lock held. */
static __kc_might_sleep void kc_board_remove(void)
{
	if (kc_board_client)
		i2c_unregister_device(kc_board_client);
	kc_board_client = NULL;
	if (kc_board_nodes)
		software_node_unregister_node_group(kc_board_nodes);
	kc_board_nodes = NULL;
}

/* Called with kc_lock held. */
static __kc_might_sleep int kc_board_add(int bus, unsigned short addr, bool bad)
{
	struct i2c_board_info info = { .type = "ncv6336", .addr = addr };
	const struct software_node **group = bad ? kc_board_bad_group : kc_board_group;
	struct i2c_client *client;
	struct i2c_adapter *adap;
	int ret;

	if (kc_board_client)
		return -EBUSY;
	adap = i2c_get_adapter(bus);
	if (!adap)
		return -ENODEV;
	ret = software_node_register_node_group(group);
	if (ret) {
		i2c_put_adapter(adap);
		return ret;
	}
	kc_board_nodes = group;
	kc_helper_i2c_board_info_set_swnode(&info, group[0]);
	client = i2c_new_client_device(adap, &info);
	i2c_put_adapter(adap);
	if (IS_ERR(client)) {
		kc_board_remove();
		return PTR_ERR(client);
	}
	kc_board_client = client;
	return 0;
}

static __kc_might_sleep ssize_t
kc_board_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	char buf[32], extra[8] = "";
	unsigned int addr;
	int bus, n, ret = kc_user_string(ubuf, len, buf, sizeof(buf));

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	if (!strcmp(buf, "remove")) {
		kc_board_remove();
	} else {
		n = sscanf(buf, "%d %x %7s", &bus, &addr, extra);
		if (n < 2 || addr > 0x7f || (n == 3 && strcmp(extra, "bad")))
			ret = -EINVAL;
		else
			ret = kc_board_add(bus, addr, n == 3);
	}
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

#define KC_FOPS(name, rd, wr)						\
	static const struct file_operations name = {			\
		.owner = THIS_MODULE, .open = simple_open,		\
		.read = rd, .write = wr, .llseek = default_llseek,	\
	}

KC_FOPS(kc_get_fops, NULL, kc_get_write);
KC_FOPS(kc_enable_fops, kc_enable_read, kc_enable_write);
KC_FOPS(kc_voltage_fops, kc_voltage_read, kc_voltage_write);
KC_FOPS(kc_current_fops, kc_current_read, kc_current_write);
KC_FOPS(kc_mode_fops, kc_mode_read, kc_mode_write);
KC_FOPS(kc_suspend_voltage_fops, NULL, kc_suspend_voltage_write);
KC_FOPS(kc_board_fops, NULL, kc_board_write);

static __kc_might_sleep int __init kc_reg_consumer_init(void)
{
	kc_pdev = platform_device_register_simple("kc_reg_consumer", -1, NULL, 0);
	if (IS_ERR(kc_pdev))
		return PTR_ERR(kc_pdev);
	kc_dir = debugfs_create_dir("kc_reg_consumer", NULL);
	debugfs_create_file("get", 0200, kc_dir, NULL, &kc_get_fops);
	debugfs_create_file("enable", 0600, kc_dir, NULL, &kc_enable_fops);
	debugfs_create_file("voltage", 0600, kc_dir, NULL, &kc_voltage_fops);
	debugfs_create_file("current", 0600, kc_dir, NULL, &kc_current_fops);
	debugfs_create_file("mode", 0600, kc_dir, NULL, &kc_mode_fops);
	debugfs_create_file("suspend_voltage", 0200, kc_dir, NULL, &kc_suspend_voltage_fops);
	debugfs_create_file("board", 0200, kc_dir, NULL, &kc_board_fops);
	return 0;
}

static __kc_might_sleep void __exit kc_reg_consumer_exit(void)
{
	debugfs_remove_recursive(kc_dir);
	mutex_lock(&kc_lock);
	kc_put();
	kc_board_remove();
	mutex_unlock(&kc_lock);
	platform_device_unregister(kc_pdev);
}

module_init(kc_reg_consumer_init);
module_exit(kc_reg_consumer_exit);
MODULE_DESCRIPTION("kcrate: regulator consumer for guest tests, driven through debugfs");
MODULE_AUTHOR("kcrate developers");
MODULE_LICENSE("GPL");
