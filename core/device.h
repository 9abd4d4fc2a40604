/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: the device handle every abstraction shares.
 */

/**
 * DOC: device handle
 *
 * A &struct kc_device is the struct device behind a bus client (an I2C
 * client, a platform device); a driver passes it to the calls that need a
 * device (GPIO lookup, regulator registration, device-managed state). It
 * lives as long as the client it came from.
 */
#ifndef KC_CORE_DEVICE_H
#define KC_CORE_DEVICE_H

#include <linux/device.h>

#include <core/handle.h>

KC_DEFINE_HANDLE(kc_device, struct device, device);

#endif /* KC_CORE_DEVICE_H */
