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

#include <linux/build_bug.h>
#include <linux/device.h>

#include <core/context.h>
#include <core/handle.h>
#include <core/vtable.h>

KC_DEFINE_HANDLE(kc_device, struct device, device);

/**
 * KC_DEFINE_DEVM_ACTION() - a release bound to a device's driver binding
 * @name: prefix of ``name_add()``
 * @T: the type of the object it releases
 * @fn: ``void fn(@T *obj)``: process context, may sleep
 *
 * Defines ``int name_add(struct kc_device *dev, @T *obj)``: fn(obj) runs
 * when @dev's driver unbinds (after its remove; device resources are
 * released in the reverse order of their addition), or at once, when the
 * record cannot be allocated (it then returns -ENOMEM, and @obj is
 * released already). An abstraction that hands out a device-managed
 * object uses it, so its release is typed like the rest: a @fn of
 * another type does not compile. May sleep.
 */
#define KC_DEFINE_DEVM_ACTION(name, T, fn)				\
	KC_CALLBACK_CHECK(fn, name, void, (T *obj));			\
	static __kc_might_sleep void __kc_devm_##name##_run(void *obj)	\
	{								\
		fn(obj);						\
	}								\
	static inline __kc_might_sleep __must_check int			\
	name##_add(struct kc_device *dev, T *obj)			\
	{								\
		return devm_add_action_or_reset(kc_unsafe_raw_device(dev), \
						__kc_devm_##name##_run, obj); \
	}

#endif /* KC_CORE_DEVICE_H */
