// SPDX-License-Identifier: GPL-2.0
/*
 * kc_gpio_sim: simulated GPIO controllers for kcrate's guest tests (Debian's
 * 5.10 to 6.12 kernels have neither gpio-sim nor gpio-mockup).
 *
 * Two controllers of KC_GPIO_SIM_NGPIO lines each, labelled
 * "kc-gpio-sim-fast" (can_sleep = false: its lines may be driven from
 * atomic context) and "kc-gpio-sim-slow" (can_sleep = true: like an I2C
 * expander, it sleeps in set and get). Controlled through debugfs,
 * /sys/kernel/debug/kc_gpio_sim/:
 *
 *   fast/, slow/   one directory per controller:
 *     state        read: one line per GPIO line, "N dir out in requested
 *                  sets", e.g. "3 o 1 0 1 2" (dir i/o/-, physical output
 *                  level, simulated input level, requested by a consumer,
 *                  how many times the controller's set was called)
 *     input        write "N V": drive the simulated input of line N to V
 *   lookup         write "DEV CON CHIP LINE [low]": a board lookup entry
 *                  that gives device DEV (its dev_name) the line LINE of
 *                  controller CHIP (fast or slow) as function CON;
 *                  write "clear" to remove every entry made here
 *
 * Raw kernel API on purpose: this is the test bench, not a kcrate driver.
 */
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/gpio/driver.h>
#include <linux/gpio/machine.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "helpers/gpio_driver.h"
#include <core/context.h>

#define KC_GPIO_SIM_NGPIO	8

struct kc_gpio_sim {
	struct gpio_chip gc;
	const char *short_name;
	spinlock_t lock;		/* the fast controller's state */
	struct mutex mlock;		/* the slow controller's state */
	bool dir_out[KC_GPIO_SIM_NGPIO];
	bool dir_known[KC_GPIO_SIM_NGPIO];
	bool out[KC_GPIO_SIM_NGPIO];
	bool in[KC_GPIO_SIM_NGPIO];
	bool requested[KC_GPIO_SIM_NGPIO];
	unsigned int sets[KC_GPIO_SIM_NGPIO];
};

/*
 * gpiolib consults only the first lookup table whose dev_id matches, so a
 * device's entries share one table, rebuilt whole at each addition.
 */
#define KC_GPIO_SIM_MAX_ENTRIES	8

struct kc_gpio_sim_lookup {
	struct list_head node;
	char *dev_id;
	char *con_id[KC_GPIO_SIM_MAX_ENTRIES];
	unsigned int n;
	struct gpiod_lookup_table *table;
};

static struct kc_gpio_sim kc_sims[2];
static LIST_HEAD(kc_lookups);
static DEFINE_MUTEX(kc_lookups_lock);
static struct dentry *kc_dir;

/*
 * Either lock: sparse is told both branches take (and drop) the same one.
 * Which one is chosen at run time (can_sleep), so the context checker
 * cannot judge these: they are left unchecked.
 */
static __kc_context_unchecked void kc_sim_lock(struct kc_gpio_sim *s, unsigned long *flags)
	__acquires(&s->lock)
{
	if (s->gc.can_sleep) {
		mutex_lock(&s->mlock);
		__acquire(&s->lock);
	} else {
		spin_lock_irqsave(&s->lock, *flags);
	}
}

static __kc_context_unchecked void kc_sim_unlock(struct kc_gpio_sim *s, unsigned long flags)
	__releases(&s->lock)
{
	if (s->gc.can_sleep) {
		__release(&s->lock);
		mutex_unlock(&s->mlock);
	} else {
		spin_unlock_irqrestore(&s->lock, flags);
	}
}

static int kc_sim_get_direction(struct gpio_chip *gc, unsigned int off)
{
	struct kc_gpio_sim *s = gpiochip_get_data(gc);

	return s->dir_out[off] ? GPIO_LINE_DIRECTION_OUT : GPIO_LINE_DIRECTION_IN;
}

static int kc_sim_direction_input(struct gpio_chip *gc, unsigned int off)
{
	struct kc_gpio_sim *s = gpiochip_get_data(gc);
	unsigned long flags = 0;

	kc_sim_lock(s, &flags);
	s->dir_out[off] = false;
	s->dir_known[off] = true;
	kc_sim_unlock(s, flags);
	return 0;
}

/* Sleeps on a chip that can_sleep only: unchecked, like kc_sim_lock(). */
static __kc_context_unchecked int
kc_sim_set_value(struct gpio_chip *gc, unsigned int off, int value)
{
	struct kc_gpio_sim *s = gpiochip_get_data(gc);
	unsigned long flags = 0;

	if (gc->can_sleep)
		usleep_range(10, 20);
	kc_sim_lock(s, &flags);
	s->out[off] = value;
	s->sets[off]++;
	kc_sim_unlock(s, flags);
	return 0;
}

KC_HELPER_GPIO_SET_FN(kc_sim_set, kc_sim_set_value)

static int kc_sim_direction_output(struct gpio_chip *gc, unsigned int off, int value)
{
	struct kc_gpio_sim *s = gpiochip_get_data(gc);
	unsigned long flags = 0;

	kc_sim_lock(s, &flags);
	s->dir_out[off] = true;
	s->dir_known[off] = true;
	s->out[off] = value;
	kc_sim_unlock(s, flags);
	return 0;
}

/* Sleeps on a chip that can_sleep only: unchecked, like kc_sim_lock(). */
static __kc_context_unchecked int kc_sim_get(struct gpio_chip *gc, unsigned int off)
{
	struct kc_gpio_sim *s = gpiochip_get_data(gc);
	unsigned long flags = 0;
	int v;

	if (gc->can_sleep)
		usleep_range(10, 20);
	kc_sim_lock(s, &flags);
	v = s->dir_out[off] ? s->out[off] : s->in[off];
	kc_sim_unlock(s, flags);
	return v;
}

static int kc_sim_request(struct gpio_chip *gc, unsigned int off)
{
	struct kc_gpio_sim *s = gpiochip_get_data(gc);

	s->requested[off] = true;
	return 0;
}

static void kc_sim_free(struct gpio_chip *gc, unsigned int off)
{
	struct kc_gpio_sim *s = gpiochip_get_data(gc);

	s->requested[off] = false;
}

/* --- debugfs ------------------------------------------------------------------ */

static __kc_might_sleep ssize_t
kc_state_read(struct file *f, char __user *ubuf, size_t len, loff_t *ppos)
{
	struct kc_gpio_sim *s = f->f_inode->i_private;
	char buf[KC_GPIO_SIM_NGPIO * 32];
	unsigned long flags = 0;
	size_t n = 0;
	int i;

	kc_sim_lock(s, &flags);
	for (i = 0; i < KC_GPIO_SIM_NGPIO; i++)
		n += scnprintf(buf + n, sizeof(buf) - n, "%d %c %d %d %d %u\n", i,
			       !s->dir_known[i] ? '-' : s->dir_out[i] ? 'o' : 'i',
			       s->out[i], s->in[i], s->requested[i],
			       s->sets[i]);
	kc_sim_unlock(s, flags);
	return simple_read_from_buffer(ubuf, len, ppos, buf, n);
}

static const struct file_operations kc_state_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.read = kc_state_read,
	.llseek = default_llseek,
};

static __kc_might_sleep ssize_t
kc_input_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	struct kc_gpio_sim *s = f->f_inode->i_private;
	unsigned long flags = 0;
	unsigned int line, val;
	char buf[32];

	if (len >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	if (sscanf(buf, "%u %u", &line, &val) != 2 || line >= KC_GPIO_SIM_NGPIO || val > 1)
		return -EINVAL;
	kc_sim_lock(s, &flags);
	s->in[line] = val;
	kc_sim_unlock(s, flags);
	return len;
}

static const struct file_operations kc_input_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.write = kc_input_write,
	.llseek = default_llseek,
};

static void kc_lookup_free(struct kc_gpio_sim_lookup *l)
{
	unsigned int i;

	if (l->n)
		gpiod_remove_lookup_table(l->table);
	kfree(l->table);
	kfree(l->dev_id);
	for (i = 0; i < l->n; i++)
		kfree(l->con_id[i]);
	kfree(l);
}

static __kc_might_sleep void kc_lookups_clear(void)
{
	struct kc_gpio_sim_lookup *l, *tmp;

	mutex_lock(&kc_lookups_lock);
	list_for_each_entry_safe(l, tmp, &kc_lookups, node) {
		list_del(&l->node);
		kc_lookup_free(l);
	}
	mutex_unlock(&kc_lookups_lock);
}

static __kc_might_sleep struct kc_gpio_sim_lookup *kc_lookup_find_or_new(const char *dev)
{
	struct kc_gpio_sim_lookup *l;

	list_for_each_entry(l, &kc_lookups, node)
		if (!strcmp(l->dev_id, dev))
			return l;
	l = kzalloc(sizeof(*l), GFP_KERNEL);
	if (!l)
		return NULL;
	l->dev_id = kstrdup(dev, GFP_KERNEL);
	l->table = kzalloc(struct_size(l->table, table, KC_GPIO_SIM_MAX_ENTRIES + 1),
			   GFP_KERNEL);
	if (!l->dev_id || !l->table) {
		kfree(l->table);
		kfree(l->dev_id);
		kfree(l);
		return NULL;
	}
	l->table->dev_id = l->dev_id;
	list_add_tail(&l->node, &kc_lookups);
	return l;
}

static __kc_might_sleep int
kc_lookup_add(const char *dev, const char *con, const char *chip,
	      unsigned int line, bool active_low)
{
	struct kc_gpio_sim_lookup *l;
	struct kc_gpio_sim *s;
	char *con_id;
	int ret = 0;

	if (!strcmp(chip, "fast"))
		s = &kc_sims[0];
	else if (!strcmp(chip, "slow"))
		s = &kc_sims[1];
	else
		return -EINVAL;
	if (line >= KC_GPIO_SIM_NGPIO)
		return -EINVAL;
	con_id = kstrdup(con, GFP_KERNEL);
	if (!con_id)
		return -ENOMEM;

	mutex_lock(&kc_lookups_lock);
	l = kc_lookup_find_or_new(dev);
	if (!l || l->n == KC_GPIO_SIM_MAX_ENTRIES) {
		kfree(con_id);
		ret = l ? -ENOSPC : -ENOMEM;
	} else {
		if (l->n)
			gpiod_remove_lookup_table(l->table);
		l->con_id[l->n] = con_id;
		/* Field by field: GPIO_LOOKUP() is no compound literal before v5.19. */
		l->table->table[l->n].key = s->gc.label;
		l->table->table[l->n].chip_hwnum = line;
		l->table->table[l->n].con_id = con_id;
		l->table->table[l->n].flags = active_low ? GPIO_ACTIVE_LOW : GPIO_ACTIVE_HIGH;
		l->n++;
		gpiod_add_lookup_table(l->table);
	}
	mutex_unlock(&kc_lookups_lock);
	return ret;
}

static __kc_might_sleep ssize_t
kc_lookup_write(struct file *f, const char __user *ubuf, size_t len, loff_t *ppos)
{
	char buf[128], dev[48], con[32], chip[8], pol[8];
	unsigned int line;
	int n, ret;

	if (len >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	if (!strncmp(buf, "clear", 5)) {
		kc_lookups_clear();
		return len;
	}
	pol[0] = '\0';
	n = sscanf(buf, "%47s %31s %7s %u %7s", dev, con, chip, &line, pol);
	if (n < 4)
		return -EINVAL;
	if (n == 5 && strcmp(pol, "low"))
		return -EINVAL;
	ret = kc_lookup_add(dev, con, chip, line, n == 5);
	return ret ? ret : len;
}

static const struct file_operations kc_lookup_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.write = kc_lookup_write,
	.llseek = default_llseek,
};

static __kc_might_sleep int
kc_sim_add(struct kc_gpio_sim *s, const char *label, const char *short_name,
	   bool can_sleep)
{
	struct dentry *d;

	spin_lock_init(&s->lock);
	mutex_init(&s->mlock);
	s->short_name = short_name;
	s->gc.label = label;
	s->gc.owner = THIS_MODULE;
	s->gc.base = -1;
	s->gc.ngpio = KC_GPIO_SIM_NGPIO;
	s->gc.can_sleep = can_sleep;
	s->gc.get_direction = kc_sim_get_direction;
	s->gc.direction_input = kc_sim_direction_input;
	s->gc.direction_output = kc_sim_direction_output;
	s->gc.get = kc_sim_get;
	s->gc.request = kc_sim_request;
	s->gc.free = kc_sim_free;
	s->gc.set = kc_sim_set;
	d = debugfs_create_dir(short_name, kc_dir);
	debugfs_create_file("state", 0444, d, s, &kc_state_fops);
	debugfs_create_file("input", 0200, d, s, &kc_input_fops);
	return gpiochip_add_data(&s->gc, s);
}

static __kc_might_sleep int __init kc_gpio_sim_init(void)
{
	int ret;

	kc_dir = debugfs_create_dir("kc_gpio_sim", NULL);
	debugfs_create_file("lookup", 0200, kc_dir, NULL, &kc_lookup_fops);
	ret = kc_sim_add(&kc_sims[0], "kc-gpio-sim-fast", "fast", false);
	if (ret)
		goto err_dir;
	ret = kc_sim_add(&kc_sims[1], "kc-gpio-sim-slow", "slow", true);
	if (ret)
		goto err_fast;
	return 0;

err_fast:
	gpiochip_remove(&kc_sims[0].gc);
err_dir:
	debugfs_remove_recursive(kc_dir);
	return ret;
}

static __kc_might_sleep void __exit kc_gpio_sim_exit(void)
{
	debugfs_remove_recursive(kc_dir);
	kc_lookups_clear();
	gpiochip_remove(&kc_sims[1].gc);
	gpiochip_remove(&kc_sims[0].gc);
}

module_init(kc_gpio_sim_init);
module_exit(kc_gpio_sim_exit);
MODULE_DESCRIPTION("kcrate: simulated GPIO controllers (sleeping and not) for guest tests");
MODULE_AUTHOR("kcrate developers");
MODULE_LICENSE("GPL");
