// SPDX-License-Identifier: GPL-2.0
/* v6.17: gpiod_set_value() and gpiod_set_value_cansleep() return an int. */
#include <linux/gpio/consumer.h>
int kc_probe(struct gpio_desc *desc);
int kc_probe(struct gpio_desc *desc) { return gpiod_set_value(desc, 1); }
