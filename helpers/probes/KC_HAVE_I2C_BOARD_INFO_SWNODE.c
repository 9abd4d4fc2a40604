// SPDX-License-Identifier: GPL-2.0
/* v5.13: i2c_board_info.swnode, a software node the I2C core adds and removes. */
#include <linux/i2c.h>
#include <linux/property.h>
static const struct software_node kc_node;
struct i2c_board_info kc_probe_info = { .swnode = &kc_node };
