/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GPIO provider differences between the kernels kcrate supports,
 * decided by the feature probes in helpers/probes/.
 */
#ifndef KC_HELPERS_GPIO_DRIVER_H
#define KC_HELPERS_GPIO_DRIVER_H

#include <linux/gpio/driver.h>

/**
 * KC_HELPER_GPIO_SET_FN() - define a gpio_chip.set() callback
 * @name: the callback to define
 * @fn: int fn(gc, offset, value), which it calls
 *
 * set() returns an errno from v6.17, nothing before (the error is then
 * dropped, as those kernels would).
 */
#ifdef KC_HAVE_GPIO_CHIP_SET_INT
#define KC_HELPER_GPIO_SET_FN(name, fn)						\
	static int name(struct gpio_chip *gc, unsigned int off, int value)	\
	{									\
		return fn(gc, off, value);					\
	}
#else
#define KC_HELPER_GPIO_SET_FN(name, fn)						\
	static void name(struct gpio_chip *gc, unsigned int off, int value)	\
	{									\
		fn(gc, off, value);						\
	}
#endif

#endif /* KC_HELPERS_GPIO_DRIVER_H */
