/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Platform drivers and platform devices for kcrate.
 */

/**
 * DOC: platform devices and drivers
 *
 * ``struct kc_platform_device`` is the opaque handle to a platform device.
 * The driver core lends it to the driver's probe and keeps it valid until
 * the binding ends; kc_platform_device_dev() gives the generic device for
 * the device-managed calls (an MDIO bus, a GPIO line), which are then
 * released when the binding ends.
 *
 * A driver declares its descriptor with KC_PLATFORM_DRIVER(), its id
 * tables first (core/device_table.h), then the kernel's own field names,
 * and its callbacks with KC_PLATFORM_CALLBACK(), which checks that each
 * has its slot's exact type::
 *
 *	int probe(struct kc_platform_device *pdev, kc_device_state_t *state);
 *	void remove(struct kc_platform_device *pdev, kc_device_state_t *state);
 *
 * The per-device state (core/state.h) is allocated, zeroed, before probe;
 * when it cannot be, probe does not run and the bind fails with -ENOMEM.
 *
 * Remove is optional and is not a descriptor entry: the kernel's
 * ``.remove`` returned ``int`` up to v6.10 and returns ``void`` from v6.11.
 * The file's one KC_PLATFORM_CALLBACK(remove, fn) is instead added, at the
 * end of a successful probe, as a device-managed action, so that at unbind
 * it runs first, then the resources the probe added are released in
 * reverse order, then the state's drop runs and its memory is freed: the
 * order of the I2C abstraction. A probe that fails gets no remove and its
 * state no drop. One platform driver with a remove per file.
 *
 * Example::
 *
 *	struct foo {
 *		u32 built;
 *	};
 *	KC_DEVICE_STATE(struct foo);
 *
 *	static __kc_might_sleep int foo_probe(struct kc_platform_device *pdev,
 *					     struct foo *foo)
 *	{
 *		foo->built = 1;
 *		return 0;
 *	}
 *	KC_PLATFORM_CALLBACK(probe, foo_probe);
 *
 *	static __kc_might_sleep void foo_remove(struct kc_platform_device *pdev,
 *						struct foo *foo)
 *	{
 *		kc_platform_info(pdev, "unbound\n");
 *	}
 *	KC_PLATFORM_CALLBACK(remove, foo_remove);
 *
 *	KC_PLATFORM_DRIVER(foo_driver, KC_PLATFORM_NO_IDS, KC_OF_NO_IDS,
 *			   .driver.name = "foo",
 *			   KC_PLATFORM_CB(probe, foo_probe));
 *	KC_MODULE(foo, KC_PLATFORM_REGISTER(foo_driver), KC_LICENSE("GPL"));
 */
#ifndef KC_ABSTRACTIONS_PLATFORM_H
#define KC_ABSTRACTIONS_PLATFORM_H

#include <linux/device.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/platform_device.h>

#include <core/check.h>
#include <core/device_table.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/handle.h>
#include <core/state.h>
#include <core/vtable.h>

KC_DEFINE_HANDLE(kc_platform_device, struct platform_device, platform_device);
/* struct kc_result_platform_device - a device or an error, from creation */
KC_DEFINE_RESULT(kc_result_platform_device, struct kc_platform_device *);

/**
 * kc_platform_device_dev() - the generic device of a platform device
 * @pdev: the platform device
 *
 * Return: the device handle, valid as long as @pdev.
 */
static inline struct kc_device *
kc_platform_device_dev(struct kc_platform_device *pdev)
{
	return kc_unsafe_from_device(&kc_unsafe_raw_platform_device(pdev)->dev);
}

/**
 * kc_platform_device_id() - the device's instance number
 * @pdev: the platform device
 *
 * Return: the id it was created with (-1 for a single, unnumbered one).
 */
static inline int kc_platform_device_id(struct kc_platform_device *pdev)
{
	return kc_unsafe_raw_platform_device(pdev)->id;
}

/**
 * kc_platform_device_name() - the device's name, e.g. "foo.3"
 * @pdev: the platform device
 *
 * Return: the name, valid as long as @pdev.
 */
static inline const char *kc_platform_device_name(struct kc_platform_device *pdev)
{
	return dev_name(&kc_unsafe_raw_platform_device(pdev)->dev);
}

/**
 * kc_platform_info() - log an informational message for a platform device
 * @pdev: the platform device
 * @fmt: printf format, followed by its arguments
 */
#define kc_platform_info(pdev, fmt, ...)				\
	dev_info(&kc_unsafe_raw_platform_device(pdev)->dev, fmt, ##__VA_ARGS__)

/**
 * kc_platform_err() - log an error for a platform device
 * @pdev: the platform device
 * @fmt: printf format, followed by its arguments
 */
#define kc_platform_err(pdev, fmt, ...)					\
	dev_err(&kc_unsafe_raw_platform_device(pdev)->dev, fmt, ##__VA_ARGS__)

/* --- typed platform data and device creation -------------------------------- */

/**
 * DOC: typed platform data
 *
 * A file that creates platform devices with data, or whose driver reads
 * it, declares the data's type once with KC_PLATFORM_DATA(). The data is
 * copied into the device when it is created (kc_platform_device_register())
 * and read back, typed, by kc_platform_data(); a pointer of another type,
 * given to the one or taken from the other, does not compile. The check is
 * per file: C keeps no type with the copy, so a board and a driver in two
 * files must take the declaration from one shared header.
 *
 * The creator owns the device it registers: kc_platform_device_unregister()
 * unbinds (the driver's remove, the device's resources, the state) and
 * releases it, and ``__kc_free(kc_platform_device)`` does that at scope
 * exit, so that no error path leaks it. When the driver was registered
 * first and probes synchronously (``.driver.probe_type =
 * PROBE_FORCE_SYNCHRONOUS``), its probe has run and returned by the time
 * the registration returns, and kc_platform_device_bound() tells whether it
 * succeeded.
 *
 * Example::
 *
 *	struct board_info {
 *		u32 speed;
 *	};
 *	KC_PLATFORM_DATA(struct board_info);
 *
 *	static struct kc_platform_device *board_dev;
 *
 *	static __kc_might_sleep int board_add(void)
 *	{
 *		struct board_info info = { .speed = 100 };
 *		struct kc_platform_device *pdev __kc_free(kc_platform_device) = NULL;
 *
 *		kc_try_val(pdev, kc_platform_device_register(NULL, "board", 0, &info));
 *		if (!kc_platform_device_bound(pdev))
 *			return -ENODEV;	// unregistered at scope exit
 *		board_dev = kc_take(pdev);
 *		return 0;
 *	}
 */

/**
 * KC_PLATFORM_DATA() - declare this file's platform data type
 * @T: the data's type, e.g. ``struct board_info``
 *
 * Defines ``kc_platform_data_t`` as @T; a second declaration with another
 * type does not compile.
 */
#define KC_PLATFORM_DATA(T)						\
	typedef T kc_platform_data_t;					\
	struct __kc_platform_data_declared

static inline __kc_might_sleep void
kc_platform_device_unregister(struct kc_platform_device *pdev);

/*
 * Register @name.@id under @parent (NULL: the platform bus's root), with a
 * copy of @size bytes at @data (none when @size is 0).
 */
static inline __kc_might_sleep __must_check struct kc_result_platform_device
__kc_platform_device_register(struct kc_device *parent, const char *name, int id,
			      const void *data, size_t size)
{
	struct platform_device *pdev;

	pdev = platform_device_register_data(parent ? kc_unsafe_raw_device(parent) : NULL,
					     name, id, size ? data : NULL, size);
	return __kc_result_from_ptr(struct kc_result_platform_device,
				    kc_unsafe_from_platform_device(pdev));
}

/**
 * kc_platform_device_register() - create a platform device with typed data
 * @parent: the parent device, or NULL
 * @name: the device's name, which drivers match
 * @id: its instance number, or -1 for a single one
 * @data: ``const kc_platform_data_t *``, copied into the device; a NULL
 *        constant does not compile (the driver would read no data)
 *
 * May sleep. A driver registered for @name probes the device before this
 * returns unless its probe is asynchronous. The caller owns the device.
 *
 * Return: the device, or an error (-ENOMEM, -EEXIST for a name and id
 * already registered, ...).
 */
#define kc_platform_device_register(parent, name, id, data)		\
	({								\
		const kc_platform_data_t *__kc_pd = (data);		\
									\
		kc_check_const(!__kc_pd,				\
			       "kc_platform_device_register(): the platform data is NULL"); \
		__kc_platform_device_register(parent, name, id, __kc_pd, \
					      sizeof(*__kc_pd));	\
	})

/**
 * kc_platform_device_register_simple() - create a platform device, no data
 * @parent: the parent device, or NULL
 * @name: the device's name
 * @id: its instance number, or -1
 *
 * May sleep. The caller owns the device.
 *
 * Return: the device, or an error.
 */
static inline __kc_might_sleep __must_check struct kc_result_platform_device
kc_platform_device_register_simple(struct kc_device *parent, const char *name, int id)
{
	return __kc_platform_device_register(parent, name, id, NULL, 0);
}

/**
 * kc_platform_device_unregister() - unbind and release an owned device
 * @pdev: the device from kc_platform_device_register*(); NULL is ignored
 *
 * The driver's remove, the device's resources and its state are released
 * before this returns. May sleep.
 */
static inline __kc_might_sleep void
kc_platform_device_unregister(struct kc_platform_device *pdev)
{
	if (pdev)
		platform_device_unregister(kc_unsafe_raw_platform_device(pdev));
}

/*
 * __kc_free(kc_platform_device): KC_DEFINE_FREE()'s function, written out
 * to carry the mark: the release may sleep, so may the scope that ends.
 */
static __always_inline __kc_might_sleep void
__kc_free_kc_platform_device(struct kc_platform_device **pdev)
{
	kc_platform_device_unregister(*pdev);
}

/**
 * kc_platform_device_bound() - whether a driver is bound to the device
 * @pdev: the device
 *
 * Right after kc_platform_device_register() for a driver registered before
 * with synchronous probe: whether that probe succeeded.
 *
 * Return: true when a driver is bound.
 */
static inline bool kc_platform_device_bound(struct kc_platform_device *pdev)
{
	return READ_ONCE(kc_unsafe_raw_platform_device(pdev)->dev.driver);
}

/**
 * kc_platform_data() - the device's data, typed
 * @pdev: the device
 *
 * Return: ``const kc_platform_data_t *``, the copy made at creation, valid
 * as long as @pdev; NULL for a device created without data.
 */
#define kc_platform_data(pdev)						\
	((const kc_platform_data_t *)					\
	 dev_get_platdata(&kc_unsafe_raw_platform_device(pdev)->dev))

/* --- driver descriptors ------------------------------------------------------ */

#define __kc_platform_state(pdev)					\
	((kc_device_state_t *)platform_get_drvdata(pdev))

/*
 * The file's remove, as a device-managed action; NULL (this tentative
 * definition) unless KC_PLATFORM_CALLBACK(remove, fn) defines it.
 */
static void (*const __kc_platform_remove_action)(void *) __maybe_unused;

#define __kc_platform_ops_probe_SIG					\
	int, (struct kc_platform_device *pdev, kc_device_state_t *state)
#define __kc_platform_ops_probe_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep int tramp(struct platform_device *pdev)	\
	{								\
		int __kc_ret = __kc_state_probe(&pdev->dev, pdev->dev.driver_data, \
						fn, kc_unsafe_from_platform_device(pdev)); \
									\
		/* On failure, the action has run: remove, then the drop. */ \
		if (!__kc_ret && __kc_platform_remove_action)		\
			__kc_ret = devm_add_action_or_reset(&pdev->dev,	\
					__kc_platform_remove_action, pdev); \
		return __kc_ret;					\
	}
#define __kc_platform_ops_remove_SIG					\
	void, (struct kc_platform_device *pdev, kc_device_state_t *state)
#define __kc_platform_ops_remove_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep void tramp(void *__kc_pdev)		\
	{								\
		struct platform_device *__kc_p = __kc_pdev;		\
									\
		fn(kc_unsafe_from_platform_device(__kc_p), __kc_platform_state(__kc_p)); \
	}								\
	static void (*const __kc_platform_remove_action)(void *) = tramp;

/**
 * KC_PLATFORM_CALLBACK() - check a callback against its slot, make its trampoline
 * @slot: probe or remove
 * @fn: ``int fn(struct kc_platform_device *, kc_device_state_t *)`` for
 *      probe, the same returning void for remove; both run in process
 *      context and may sleep
 *
 * Refused at build time, with a message naming the slot and the signature,
 * when @fn's type is not exactly that.
 */
#define KC_PLATFORM_CALLBACK(slot, fn)	KC_VTABLE_CALLBACK(kc_platform_ops, slot, fn)

/**
 * KC_PLATFORM_CB() - a descriptor entry: ``.probe = <the trampoline of fn>``
 * @slot: probe (remove is not an entry: see the DOC above)
 * @fn: the driver's probe, as given to KC_PLATFORM_CALLBACK()
 */
#define KC_PLATFORM_CB(slot, fn)					\
	.__KC_PLATFORM_FIELD_##slot = __KC_VTABLE_TRAMPOLINE(kc_platform_ops, slot, fn)

/* remove has no field: probe adds it as an action (see the DOC above). */
#define __KC_PLATFORM_FIELD_probe	probe
#define __KC_PLATFORM_FIELD_remove	remove_is_not_an_entry_probe_adds_it

/**
 * KC_PLATFORM_DRIVER() - declare a platform driver descriptor with the id
 * tables it matches and autoloads by
 * @name: the descriptor's name
 * @ids: KC_PLATFORM_IDS(entries) or KC_PLATFORM_NO_IDS
 * @of_ids: KC_OF_IDS(entries) or KC_OF_NO_IDS
 * @...: struct platform_driver's fields (``.driver.name = "foo"``) and a
 *       KC_PLATFORM_CB(probe, fn) entry
 *
 * The tables are made here and set in ``.id_table`` and
 * ``.driver.of_match_table`` (core/device_table.h); a driver with neither
 * matches devices by its ``.driver.name``. Giving either field again by
 * hand, or ``.driver = { ... }`` whole, is refused (-Werror=override-init).
 */
#define KC_PLATFORM_DRIVER(name, ids, of_ids, ...)			\
	__KC_ID_TABLE(name, ids);					\
	__KC_ID_TABLE(name, of_ids);					\
	static struct platform_driver name = {				\
		.id_table = __KC_ID_TABLE_PTR(name, ids),		\
		.driver.of_match_table = __KC_ID_TABLE_PTR(name, of_ids), \
		__VA_ARGS__						\
	}

/**
 * KC_PLATFORM_IDS() - KC_PLATFORM_DRIVER()'s platform id table, with its
 * module aliases
 * @...: entries ``{ "name" }`` or ``{ "name", data }``; the terminator is
 *       added
 */
#define KC_PLATFORM_IDS(...)						\
	(1, platform_device_id, platform, __kc_platform_ids, __VA_ARGS__)

/* KC_PLATFORM_DRIVER()'s argument for a driver without a platform id table. */
#define KC_PLATFORM_NO_IDS		(0)

/* module_platform_driver() ends with its own ';' (module_exit()). */
#define __KC_ITEM_PLATFORM_DRIVER(name)	module_platform_driver(name)

/**
 * KC_PLATFORM_REGISTER() - KC_MODULE() item: the module registers a
 * platform driver at load and unregisters it at unload
 * @name: the descriptor declared with KC_PLATFORM_DRIVER()
 */
#define KC_PLATFORM_REGISTER(name)	(__KC_ITEM_PLATFORM_DRIVER, name)

/**
 * kc_platform_driver_register() - register a platform driver
 * @drv: the descriptor declared with KC_PLATFORM_DRIVER()
 *
 * For a module whose own init registers the driver (with other things);
 * KC_PLATFORM_REGISTER() otherwise. May sleep.
 *
 * Return: 0 or a negative errno.
 */
static inline __kc_might_sleep __must_check int
kc_platform_driver_register(struct platform_driver *drv)
{
	return platform_driver_register(drv);
}

/**
 * kc_platform_driver_unregister() - unregister a platform driver
 * @drv: the descriptor, registered
 *
 * Unbinds every device bound to it first. May sleep.
 */
static inline __kc_might_sleep void
kc_platform_driver_unregister(struct platform_driver *drv)
{
	platform_driver_unregister(drv);
}

#endif /* KC_ABSTRACTIONS_PLATFORM_H */
