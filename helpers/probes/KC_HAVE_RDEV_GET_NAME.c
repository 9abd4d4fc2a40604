// SPDX-License-Identifier: GPL-2.0
/* v5.13 (e9c142b0d2c0): rdev_get_name() is declared for regulator drivers. */
#include <linux/regulator/driver.h>
const char *kc_probe(struct regulator_dev *rdev);
const char *kc_probe(struct regulator_dev *rdev) { return rdev_get_name(rdev); }
