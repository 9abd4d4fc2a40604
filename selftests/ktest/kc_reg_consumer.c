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
 *
 * A refused request fails the write with the regulator core's errno.
 */
#include <linux/debugfs.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/regulator/consumer.h>
#include <linux/uaccess.h>

static struct platform_device *kc_pdev;
static struct regulator *kc_reg;
static bool kc_enabled;
static DEFINE_MUTEX(kc_lock);
static struct dentry *kc_dir;

static int kc_user_string(const char __user *ubuf, size_t len, char *buf, size_t size)
{
	if (len >= size)
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	strim(buf);
	return 0;
}

static int kc_user_pair(const char __user *ubuf, size_t len, int *a, int *b)
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

static void kc_put(void)
{
	if (!kc_reg)
		return;
	if (kc_enabled)
		regulator_disable(kc_reg);
	kc_enabled = false;
	regulator_put(kc_reg);
	kc_reg = NULL;
}

static ssize_t kc_get_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
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

static ssize_t kc_enable_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
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

static ssize_t kc_enable_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	long v;

	mutex_lock(&kc_lock);
	v = kc_reg ? regulator_is_enabled(kc_reg) : -ENODEV;
	mutex_unlock(&kc_lock);
	return v < 0 ? v : kc_reply(ubuf, len, ppos, v);
}

static ssize_t kc_voltage_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	int min, max, ret = kc_user_pair(ubuf, len, &min, &max);

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	ret = kc_reg ? regulator_set_voltage(kc_reg, min, max) : -ENODEV;
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

static ssize_t kc_voltage_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	long v;

	mutex_lock(&kc_lock);
	v = kc_reg ? regulator_get_voltage(kc_reg) : -ENODEV;
	mutex_unlock(&kc_lock);
	return v < 0 ? v : kc_reply(ubuf, len, ppos, v);
}

static ssize_t kc_current_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	int min, max, ret = kc_user_pair(ubuf, len, &min, &max);

	if (ret)
		return ret;
	mutex_lock(&kc_lock);
	ret = kc_reg ? regulator_set_current_limit(kc_reg, min, max) : -ENODEV;
	mutex_unlock(&kc_lock);
	return ret ? ret : len;
}

static ssize_t kc_current_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	long v;

	mutex_lock(&kc_lock);
	v = kc_reg ? regulator_get_current_limit(kc_reg) : -ENODEV;
	mutex_unlock(&kc_lock);
	return v < 0 ? v : kc_reply(ubuf, len, ppos, v);
}

static ssize_t kc_mode_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
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

static ssize_t kc_mode_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
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

static int __init kc_reg_consumer_init(void)
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
	return 0;
}

static void __exit kc_reg_consumer_exit(void)
{
	debugfs_remove_recursive(kc_dir);
	mutex_lock(&kc_lock);
	kc_put();
	mutex_unlock(&kc_lock);
	platform_device_unregister(kc_pdev);
}

module_init(kc_reg_consumer_init);
module_exit(kc_reg_consumer_exit);
MODULE_DESCRIPTION("kcrate: regulator consumer for guest tests, driven through debugfs");
MODULE_AUTHOR("kcrate developers");
MODULE_LICENSE("GPL");
