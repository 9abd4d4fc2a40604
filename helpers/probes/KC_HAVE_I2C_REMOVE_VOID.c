// SPDX-License-Identifier: GPL-2.0
/* v6.1 (ed5c2f5fd10d): i2c_driver.remove() returns void. */
#include <linux/i2c.h>
static void kc_remove(struct i2c_client *client) { }
struct i2c_driver kc_probe_drv = { .remove = kc_remove };
