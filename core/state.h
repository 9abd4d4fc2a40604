/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: the driver's per-device state, typed, torn down in order.
 */

/**
 * DOC: per-device state
 *
 * A driver file declares the type of its per-device state once, after the
 * type and before its callbacks::
 *
 *	struct foo {
 *		struct kc_gpio *reset;
 *		bool armed;
 *	};
 *	KC_DEVICE_STATE(struct foo);
 *
 * or, when the state owns something the device's own release does not
 * free, with the function that releases it::
 *
 *	static void foo_drop(struct foo *foo)
 *	{
 *		kc_box_free(foo->table);
 *	}
 *	KC_DEVICE_STATE_DROP(struct foo, foo_drop);
 *
 * From then on the file's ``kc_device_state_t`` is that type, and the
 * abstractions hand it over typed, never as ``void *``:
 *
 * - the bus's probe gets it allocated and zeroed, and constructs it in
 *   place: ``int foo_probe(struct kc_i2c_client *client, struct foo *foo)``
 *   (no allocation to check, nothing to store);
 * - remove, shutdown and the power-management callbacks get the same
 *   object as their second parameter;
 * - the callbacks of what the probe registers get it through that
 *   registration's typed accessor (kc_regulator_state(), kc_phy_state()),
 *   which returns ``kc_device_state_t *``.
 *
 * One type per file: a second KC_DEVICE_STATE() with another type is a
 * redefinition of ``kc_device_state_t`` and does not compile, so a state
 * cannot be read as the type of another driver. A callback that names
 * another type does not fit its slot (core/vtable.h), and a pointer of
 * another type given to, or taken from, an accessor is an incompatible
 * pointer type (an error with -Werror).
 *
 * Teardown, in the reverse order of construction: the state is a device
 * resource (devres) added before probe runs, so that everything the probe
 * then registers on the device (device-managed GPIOs, regulators, a
 * regmap) is released first, after remove; then the drop runs, once, and
 * the memory is freed. The drop runs only for a state whose probe
 * succeeded: a probe that fails undoes its own work through its cleanup
 * scopes, and its state is freed without a drop. The drop runs in process
 * context and may sleep.
 *
 * What stays run time: a pointer to the state kept past unbind (in a
 * global, a timer) is not refused; the state's lifetime is the binding's.
 */
#ifndef KC_CORE_STATE_H
#define KC_CORE_STATE_H

#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/device.h>
#include <linux/gfp.h>
#include <linux/kernel.h>

#include <core/alloc.h>
#include <core/context.h>
#include <core/vtable.h>

/**
 * KC_DEVICE_STATE() - declare this file's per-device state type, no drop
 * @T: the state's type, e.g. ``struct foo``
 *
 * Defines ``kc_device_state_t`` as @T (see the DOC above).
 */
#define KC_DEVICE_STATE(T)						\
	__KC_DEVICE_STATE(T, __kc_state_no_drop, false)			\
	static __always_inline void __kc_state_no_drop(T *__kc_s) { }	\
	struct __kc_state_declared

/**
 * KC_DEVICE_STATE_DROP() - declare this file's per-device state type, with drop
 * @T: the state's type
 * @drop: ``void drop(T *state)``, placed before; runs once after remove
 *        and after the device's other resources are released, only for a
 *        state whose probe succeeded; may sleep
 *
 * Refused at build time when @drop's type is not exactly that.
 */
#define KC_DEVICE_STATE_DROP(T, drop)					\
	KC_CALLBACK_CHECK(drop, KC_DEVICE_STATE_DROP(T), void, (T *state)); \
	__KC_DEVICE_STATE(T, drop, true)				\
	struct __kc_state_declared

/*
 * With a drop, the state and its constructed flag are one device resource:
 * the flag says whether the drop is due. Without one, the state is plain
 * device-managed memory, what a driver would allocate by hand (no cost),
 * except in test builds, where the resource also counts it for
 * kc_alloc_live(). Private; the abstractions' trampolines call these from
 * the driver's file, where kc_device_state_t is known.
 */
#define __KC_DEVICE_STATE(T, drop, has_drop)				\
	typedef T kc_device_state_t;					\
	struct __kc_state_box {						\
		bool constructed;					\
		kc_device_state_t state;				\
	};								\
	static void drop(T *);						\
	static __kc_might_sleep void					\
	__kc_state_release(struct device *__kc_dev, void *__kc_res)	\
	{								\
		struct __kc_state_box *__kc_box = __kc_res;		\
									\
		if (__kc_box->constructed)				\
			drop(&__kc_box->state);				\
		__kc_alloc_track(-1);					\
	}								\
	static __maybe_unused __kc_might_sleep kc_device_state_t *	\
	__kc_state_new(struct device *__kc_dev)				\
	{								\
		struct __kc_state_box *__kc_box;			\
									\
		if (__kc_alloc_should_fail())				\
			return NULL;					\
		if (!(has_drop) && !__KC_ALLOC_TRACKED)	\
			return devm_kzalloc(__kc_dev, sizeof(kc_device_state_t), \
					    GFP_KERNEL);		\
		__kc_box = devres_alloc(__kc_state_release, sizeof(*__kc_box), \
					GFP_KERNEL | __GFP_ZERO);	\
		if (!__kc_box)						\
			return NULL;					\
		__kc_alloc_track(1);					\
		devres_add(__kc_dev, __kc_box);				\
		return &__kc_box->state;				\
	}								\
	static __maybe_unused void					\
	__kc_state_constructed(kc_device_state_t *__kc_s)		\
	{								\
		if (has_drop)						\
			container_of(__kc_s, struct __kc_state_box,	\
				     state)->constructed = true;	\
	}

/*
 * __kc_state_probe(dev, slot, probe, handle): allocate the state on @dev,
 * store it in @slot (the bus's driver-data field), run the driver's probe
 * and mark the state constructed when it succeeds. -ENOMEM without calling
 * the probe when the state cannot be allocated.
 */
#define __kc_state_probe(dev, slot, probe, handle)			\
	({								\
		kc_device_state_t *__kc_ps = __kc_state_new(dev);	\
		int __kc_pret = -ENOMEM;				\
									\
		if (__kc_ps) {						\
			(slot) = __kc_ps;				\
			__kc_pret = probe(handle, __kc_ps);		\
			if (!__kc_pret)					\
				__kc_state_constructed(__kc_ps);	\
			else	/* freed with the device's resources */	\
				(slot) = NULL;				\
		}							\
		__kc_pret;						\
	})

/*
 * __kc_state_check(p): @p as a void pointer for a kernel slot, refused
 * when it is not a kc_device_state_t pointer.
 */
#define __kc_state_check(p)						\
	({								\
		kc_device_state_t *__kc_cs = (p);			\
		(void *)__kc_cs;					\
	})

#endif /* KC_CORE_STATE_H */
