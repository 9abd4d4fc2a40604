/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GPIO consumer for kcrate drivers.
 *
 * A driver requests a line by its function name ("vsel", "reset", ...),
 * required or optional, with its initial direction and level; the line is
 * released when the driver unbinds (devm). Values are logical: a line
 * described as active-low is inverted by gpiolib, the driver never sees it.
 * Setting and reading a line has two forms: the plain one never sleeps and
 * refuses (-EWOULDBLOCK) a line whose controller may sleep (an I2C
 * expander, say), where gpiolib would only warn; the _cansleep one may
 * sleep and works on every line.
 */
#ifndef KC_ABSTRACTIONS_GPIO_H
#define KC_ABSTRACTIONS_GPIO_H

#include <linux/device.h>
#include <linux/err.h>
#include <linux/gpio/consumer.h>
#include <linux/gpio/machine.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

#include <core/alloc.h>
#include <core/check.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/handle.h>
#include <helpers/gpio.h>

/**
 * DOC: GPIO handle lifetime and context
 *
 * ``struct kc_gpio`` is the opaque handle to one requested GPIO line. It
 * belongs to the device it was requested for and is released after the
 * driver's remove has returned (or when probe fails). An optional line
 * that the device does not have is the NULL handle: every operation on it
 * succeeds and does nothing (reads give 0), so a driver does not test for
 * it before each use. kc_gpio_set() and kc_gpio_value() may be called in
 * atomic context; everything else may sleep.
 */
KC_DEFINE_HANDLE(kc_gpio, struct gpio_desc, gpiod);
/* struct kc_result_gpio - a line or an error, what a request returns */
KC_DEFINE_RESULT(kc_result_gpio, struct kc_gpio *);

/**
 * enum kc_gpio_init - a line's direction and level when it is requested
 * @KC_GPIO_ASIS: leave the line as it is (direction set later)
 * @KC_GPIO_IN: input
 * @KC_GPIO_OUT_LOW: output, logically inactive
 * @KC_GPIO_OUT_HIGH: output, logically active
 */
enum kc_gpio_init {
	KC_GPIO_ASIS = GPIOD_ASIS,
	KC_GPIO_IN = GPIOD_IN,
	KC_GPIO_OUT_LOW = GPIOD_OUT_LOW,
	KC_GPIO_OUT_HIGH = GPIOD_OUT_HIGH,
};

/**
 * kc_gpio_request() - request a line the device must have
 * @dev: the device (kc_i2c_dev() and friends)
 * @function: the line's function name: "vsel" finds the firmware's
 *            ``vsel-gpios`` property or a board lookup entry named "vsel"
 * @init: its initial direction and level
 *
 * A missing line fails with a message naming the function, so that the
 * probe that fails says why ("missing required GPIO 'vsel'").
 * May sleep.
 *
 * Return: the line, or an error: -ENOENT when the device has no such
 * line, -EBUSY when it is taken, -EPROBE_DEFER when its controller is not
 * there yet.
 */
static inline __kc_might_sleep __must_check struct kc_result_gpio
kc_gpio_request(struct kc_device *dev,
		const char *function,
		enum kc_gpio_init init)
{
	struct gpio_desc *desc;

	desc = devm_gpiod_get(kc_unsafe_raw_device(dev), function, (enum gpiod_flags)init);
	if (IS_ERR(desc))
		desc = ERR_PTR(dev_err_probe(kc_unsafe_raw_device(dev), PTR_ERR(desc),
					     "missing required GPIO '%s'\n", function));
	return __kc_result_from_ptr(struct kc_result_gpio, kc_unsafe_from_gpiod(desc));
}

/**
 * kc_gpio_request_optional() - request a line the device may lack
 * @dev: the device
 * @function: the line's function name, as for kc_gpio_request()
 * @init: its initial direction and level
 *
 * May sleep.
 *
 * Return: the line; NULL (a valid handle: see the DOC above) when the
 * device has no such line; or an error for a line that exists but cannot
 * be had (-EBUSY, -EPROBE_DEFER...).
 */
static inline __kc_might_sleep __must_check struct kc_result_gpio
kc_gpio_request_optional(struct kc_device *dev,
			 const char *function,
			 enum kc_gpio_init init)
{
	struct gpio_desc *desc;

	desc = devm_gpiod_get_optional(kc_unsafe_raw_device(dev), function, (enum gpiod_flags)init);
	if (IS_ERR(desc))
		desc = ERR_PTR(dev_err_probe(kc_unsafe_raw_device(dev), PTR_ERR(desc),
					     "cannot get GPIO '%s'\n", function));
	return __kc_result_from_ptr(struct kc_result_gpio, kc_unsafe_from_gpiod(desc));
}

/**
 * kc_gpio_can_sleep() - whether the line's controller may sleep
 * @gpio: the line (NULL: false)
 *
 * Return: true if only the _cansleep accessors work on @gpio.
 */
static inline bool kc_gpio_can_sleep(struct kc_gpio *gpio)
{
	return gpio && gpiod_cansleep(kc_unsafe_raw_gpiod(gpio));
}

/**
 * kc_gpio_set() - set an output line's logical level, without sleeping
 * @gpio: the line (NULL: nothing is done)
 * @active: true for the active level
 *
 * Never sleeps; callable in atomic context.
 *
 * Return: 0; -EWOULDBLOCK if the line's controller may sleep (use
 * kc_gpio_set_cansleep() there); or the controller's error.
 */
static inline __must_check int kc_gpio_set(struct kc_gpio *gpio, bool active)
{
	if (kc_gpio_can_sleep(gpio))
		return -EWOULDBLOCK;
	return kc_helper_gpiod_set_value(kc_unsafe_raw_gpiod(gpio), active);
}

/**
 * kc_gpio_set_cansleep() - set an output line's logical level
 * @gpio: the line (NULL: nothing is done)
 * @active: true for the active level
 *
 * May sleep.
 *
 * Return: 0 or the controller's error.
 */
static inline __kc_might_sleep __must_check int
kc_gpio_set_cansleep(struct kc_gpio *gpio, bool active)
{
	might_sleep();
	return kc_helper_gpiod_set_value_cansleep(kc_unsafe_raw_gpiod(gpio), active);
}

/**
 * kc_gpio_value() - read a line's logical level, without sleeping
 * @gpio: the line (NULL: false)
 *
 * Never sleeps; callable in atomic context.
 *
 * Return: the level (true: active); -EWOULDBLOCK if the line's controller
 * may sleep; or the controller's error.
 */
static inline __must_check struct kc_result_bool kc_gpio_value(struct kc_gpio *gpio)
{
	int ret;

	if (kc_gpio_can_sleep(gpio))
		return KC_ERR(struct kc_result_bool, -EWOULDBLOCK);
	ret = gpiod_get_value(kc_unsafe_raw_gpiod(gpio));
	return ret < 0 ? KC_ERR(struct kc_result_bool, ret) : KC_OK(struct kc_result_bool, ret);
}

/**
 * kc_gpio_value_cansleep() - read a line's logical level
 * @gpio: the line (NULL: false)
 *
 * May sleep.
 *
 * Return: the level (true: active) or the controller's error.
 */
static inline __kc_might_sleep __must_check struct kc_result_bool
kc_gpio_value_cansleep(struct kc_gpio *gpio)
{
	int ret;

	might_sleep();
	ret = gpiod_get_value_cansleep(kc_unsafe_raw_gpiod(gpio));
	return ret < 0 ? KC_ERR(struct kc_result_bool, ret) : KC_OK(struct kc_result_bool, ret);
}

/**
 * kc_gpio_direction_output() - make a line an output at a logical level
 * @gpio: the line (NULL: nothing is done)
 * @active: true for the active level
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_gpio_direction_output(struct kc_gpio *gpio, bool active)
{
	return gpiod_direction_output(kc_unsafe_raw_gpiod(gpio), active);
}

/**
 * kc_gpio_direction_input() - make a line an input
 * @gpio: the line (NULL: nothing is done)
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int kc_gpio_direction_input(struct kc_gpio *gpio)
{
	return gpiod_direction_input(kc_unsafe_raw_gpiod(gpio));
}

/**
 * DOC: board lookup tables
 *
 * A board without firmware description (a test module, board code) tells
 * gpiolib which line a device's function is with a lookup table: for the
 * device named ``dev_id``, function "vsel" is line 2 of the chip labelled
 * "kc-gpio-sim-fast". kc_gpio_lookup_add() registers one from a
 * description it copies (the caller's strings may go right after), and
 * returns an owned handle: kc_gpio_lookup_remove(), or leaving the scope
 * of a ``__kc_free(kc_gpio_lookup)`` variable, unregisters and frees it.
 * gpiolib consults only the first table that names a device, so a device
 * gets one table with all its lines. Example::
 *
 *	static const struct kc_gpio_line board_lines[] = {
 *		{ .chip = "kc-gpio-sim-fast", .line = 2, .function = "vsel" },
 *		{ .chip = "kc-gpio-sim-fast", .line = 3, .function = "reset",
 *		  .active_low = true },
 *	};
 *
 *	struct kc_gpio_lookup *l __kc_free(kc_gpio_lookup) = NULL;
 *
 *	kc_try_val(l, kc_gpio_lookup_add("1-001c", board_lines,
 *					  ARRAY_SIZE(board_lines)));
 */

/*
 * ``struct kc_gpio_lookup`` is the opaque handle to a registered table
 * and the strings it owns.
 */
KC_DEFINE_HANDLE(kc_gpio_lookup, struct gpiod_lookup_table, gpiod_lookup_table);
/* struct kc_result_gpio_lookup - a lookup table or an error */
KC_DEFINE_RESULT(kc_result_gpio_lookup, struct kc_gpio_lookup *);

/**
 * struct kc_gpio_line - one line of a board lookup table
 * @chip: the label of the chip that has the line
 * @line: the line's offset in that chip
 * @function: the function name a consumer requests (kc_gpio_request())
 * @active_low: the line is active low: consumers see it inverted
 */
struct kc_gpio_line {
	const char *chip;
	unsigned int line;
	const char *function;
	bool active_low;
};

static inline __kc_might_sleep char *__kc_gpio_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = kc_alloc(n, GFP_KERNEL);

	if (d)
		memcpy(d, s, n);
	return d;
}

/* A table not yet registered, or one that kc_gpio_lookup_remove() took out. */
static inline void __kc_gpio_lookup_free(struct gpiod_lookup_table *t)
{
	struct gpiod_lookup *e;

	for (e = t->table; e->key; e++) {
		kc_free(e->key);
		kc_free(e->con_id);
	}
	kc_free(t->dev_id);
	kc_free(t);
}

/**
 * kc_gpio_lookup_remove() - unregister and free a board lookup table
 * @lookup: the table (NULL: nothing is done)
 *
 * Devices that already hold their lines keep them. May sleep.
 */
static inline __kc_might_sleep void kc_gpio_lookup_remove(struct kc_gpio_lookup *lookup)
{
	if (!lookup)
		return;
	gpiod_remove_lookup_table(kc_unsafe_raw_gpiod_lookup_table(lookup));
	__kc_gpio_lookup_free(kc_unsafe_raw_gpiod_lookup_table(lookup));
}

/* The __kc_free(kc_gpio_lookup) binding: a scope that may sleep. */
static __always_inline __kc_might_sleep void
__kc_free_kc_gpio_lookup(struct kc_gpio_lookup **__kc_p)
{
	kc_gpio_lookup_remove(*__kc_p);
}

/**
 * kc_gpio_lookup_add() - register a board lookup table for a device
 * @dev_id: the device's name (dev_name(), e.g. "1-001c" for an I2C client)
 * @lines: its lines
 * @n: how many, at least one; more than an array of @lines the compiler
 *     can see holds does not compile
 *
 * Copies @dev_id and the strings of @lines. May sleep.
 *
 * Return: the table, released by kc_gpio_lookup_remove(); or an error:
 * -EINVAL (no line, a string missing, a line offset of 65535 or more;
 * logged), -ENOMEM.
 */
static __always_inline __kc_might_sleep __must_check struct kc_result_gpio_lookup
kc_gpio_lookup_add(const char *dev_id, const struct kc_gpio_line *lines, unsigned int n)
{
	struct gpiod_lookup_table *t;
	unsigned int i;

	/* Always inlined, to see the caller's array: a count past it reads past it. */
	kc_check_const((size_t)n * sizeof(*lines) > __builtin_object_size(lines, 0),
		       "kc_gpio_lookup_add(): n is more than the lines given");
	if (!dev_id || !n) {
		pr_err("kcrate: GPIO lookup table without a device or a line\n");
		return KC_ERR(struct kc_result_gpio_lookup, -EINVAL);
	}
	for (i = 0; i < n; i++)
		if (!lines[i].chip || !lines[i].function || lines[i].line >= U16_MAX) {
			pr_err("kcrate: GPIO lookup for %s: entry %u has no chip, no function or a line out of range\n",
			       dev_id, i);
			return KC_ERR(struct kc_result_gpio_lookup, -EINVAL);
		}
	/* Zeroed: an entry whose key is NULL ends the table. */
	t = kc_alloc(struct_size(t, table, n + 1), GFP_KERNEL | __GFP_ZERO);
	if (!t)
		return KC_ERR(struct kc_result_gpio_lookup, -ENOMEM);
	t->dev_id = __kc_gpio_strdup(dev_id);
	if (!t->dev_id) {
		kc_free(t);
		return KC_ERR(struct kc_result_gpio_lookup, -ENOMEM);
	}
	for (i = 0; i < n; i++) {
		struct gpiod_lookup *e = &t->table[i];

		e->con_id = __kc_gpio_strdup(lines[i].function);
		e->key = e->con_id ? __kc_gpio_strdup(lines[i].chip) : NULL;
		if (!e->key) {
			kc_free(e->con_id);
			e->con_id = NULL;
			__kc_gpio_lookup_free(t);
			return KC_ERR(struct kc_result_gpio_lookup, -ENOMEM);
		}
		e->chip_hwnum = lines[i].line;
		e->idx = 0;
		e->flags = lines[i].active_low ? GPIO_ACTIVE_LOW : GPIO_ACTIVE_HIGH;
	}
	gpiod_add_lookup_table(t);
	return KC_OK(struct kc_result_gpio_lookup, kc_unsafe_from_gpiod_lookup_table(t));
}

#endif /* KC_ABSTRACTIONS_GPIO_H */
