// SPDX-License-Identifier: GPL-2.0
/*
 * kc_minimal in plain kernel C, without kcrate: the yardstick for what
 * kcrate's abstractions cost. Same behaviour and same messages: a vector
 * of @count numbers (72, 108, 144, ...) built at load and printed at
 * unload; @count must lie in [1, 16].
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/overflow.h>
#include <linux/slab.h>

#include <core/context.h>

#define COUNT_MIN	1
#define COUNT_MAX	16

struct kc_minimal_plain {
	u32 *numbers;
	size_t len;
	size_t cap;
};

static struct kc_minimal_plain *state;

static unsigned int count = 3;

static int count_set(const char *val, const struct kernel_param *kp)
{
	unsigned int v;

	if (kstrtouint(val, 0, &v)) {
		pr_err("parameter %s='%s' is not an unsigned integer\n",
		       kp->name, val);
		return -EINVAL;
	}
	if (v < COUNT_MIN || v > COUNT_MAX) {
		pr_err("parameter %s=%u out of range [%u, %u]\n",
		       kp->name, v, COUNT_MIN, COUNT_MAX);
		return -EINVAL;
	}
	count = v;
	return 0;
}

static const struct kernel_param_ops count_ops = {
	.set = count_set,
	.get = param_get_uint,
};

module_param_cb(count, &count_ops, &count, 0444);
MODULE_PARM_DESC(count, "How many numbers to store [1..16, default 3]");

static __kc_might_sleep int push(struct kc_minimal_plain *m, u32 v)
{
	if (m->len == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 4;
		u32 *n = krealloc(m->numbers, array_size(cap, sizeof(*n)),
				  GFP_KERNEL);

		if (!n)
			return -ENOMEM;
		m->numbers = n;
		m->cap = cap;
	}
	m->numbers[m->len++] = v;
	return 0;
}

static __kc_might_sleep int __init kc_minimal_plain_init(void)
{
	struct kc_minimal_plain *m;
	unsigned int i;
	int err;

	pr_info("kcrate minimal sample (init)\n");
	pr_info("Am I built-in? %s\n", IS_ENABLED(MODULE) ? "false" : "true");
	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (!m)
		return -ENOMEM;
	for (i = 0; i < count; i++) {
		err = push(m, 72 + 36 * i);
		if (err)
			goto err_free;
	}
	state = m;
	return 0;

err_free:
	kfree(m->numbers);
	kfree(m);
	return err;
}

static void __exit kc_minimal_plain_exit(void)
{
	size_t i;

	for (i = 0; i < state->len; i++)
		pr_info("number %zu: %u\n", i, state->numbers[i]);
	pr_info("kcrate minimal sample (exit)\n");
	kfree(state->numbers);
	kfree(state);
}

module_init(kc_minimal_plain_init);
module_exit(kc_minimal_plain_exit);

MODULE_AUTHOR("kcrate developers");
MODULE_DESCRIPTION("kcrate minimal sample, plain C");
MODULE_LICENSE("GPL");
MODULE_ALIAS("kc-minimal-plain");
