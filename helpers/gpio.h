/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GPIO consumer differences between the kernels kcrate supports,
 * decided by the feature probes in helpers/probes/.
 */
#ifndef KC_HELPERS_GPIO_H
#define KC_HELPERS_GPIO_H

#include <linux/gpio/consumer.h>

/**
 * kc_helper_gpiod_set_value() - gpiod_set_value() with an errno on every kernel
 * @desc: the GPIO
 * @value: the logical value
 *
 * gpiod_set_value*() return an errno from v6.17, nothing before.
 *
 * Return: 0 or a negative errno (always 0 before v6.17).
 */
static inline int kc_helper_gpiod_set_value(struct gpio_desc *desc, int value)
{
#ifdef KC_HAVE_GPIOD_SET_VALUE_INT
	return gpiod_set_value(desc, value);
#else
	gpiod_set_value(desc, value);
	return 0;
#endif
}

/**
 * kc_helper_gpiod_set_value_cansleep() - the sleeping variant of
 *	kc_helper_gpiod_set_value()
 * @desc: the GPIO
 * @value: the logical value
 *
 * Return: 0 or a negative errno (always 0 before v6.17).
 */
static inline int kc_helper_gpiod_set_value_cansleep(struct gpio_desc *desc, int value)
{
#ifdef KC_HAVE_GPIOD_SET_VALUE_INT
	return gpiod_set_value_cansleep(desc, value);
#else
	gpiod_set_value_cansleep(desc, value);
	return 0;
#endif
}

#endif /* KC_HELPERS_GPIO_H */
