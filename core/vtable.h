/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: vtable descriptors with NULL slots.
 *
 * DOC: vtable descriptors
 *
 * A kernel ops struct (phy_driver, gpio_chip, file_operations...) takes
 * callbacks on raw kernel structs. A kcrate driver writes callbacks on
 * handles and lists only the ones it implements; every other slot stays
 * NULL, so the subsystem's default applies. This header turns such a list
 * into the ops struct's initialiser at compile time:
 *
 * - one small trampoline per implemented slot, with the kernel's exact
 *   signature, that converts the arguments and calls the driver's function
 *   directly (no function-pointer cast anywhere: kCFI holds; the compiler
 *   inlines the callback into the trampoline);
 * - a compile-time check that each callback has its slot's type;
 * - KC_VTABLE_IMPLEMENTS(), an integer constant expression saying whether a
 *   slot is implemented (usable in static_assert() and ``if``).
 *
 * The framework layer (the one that owns the handle, e.g. abstractions/)
 * describes its vtable kind ``K`` once::
 *
 *	// the slots, in any order, named like the kernel's ops fields
 *	KC_VTABLE_SLOTS(kc_demo_ops, open, read, release);
 *	// per slot: the driver-facing function type...
 *	typedef int kc_demo_ops_open_t(struct kc_demo *d);
 *	// ...and the trampoline, from the kernel's signature to the handle
 *	#define kc_demo_ops_open_TRAMPOLINE(tramp, fn)			\
 *		static int tramp(struct demo_device *raw)		\
 *		{							\
 *			return fn(kc_unsafe_from_demo(raw));		\
 *		}
 *
 * A driver then lists (slot, function) pairs, and uses the list twice::
 *
 *	#define my_demo_ops (open, my_open), (release, my_release)
 *	KC_VTABLE_DEFINE(kc_demo_ops, my_demo, my_demo_ops);
 *
 *	static const struct demo_ops my_raw_ops = {
 *		.owner = THIS_MODULE,
 *		KC_VTABLE_INIT(kc_demo_ops, my_demo, my_demo_ops)
 *	};
 *
 *	static_assert(!KC_VTABLE_IMPLEMENTS(kc_demo_ops, my_demo, read));
 *
 * Or, where an ops struct is written by hand, one callback at a time:
 * KC_VTABLE_CALLBACK(kc_demo_ops, open, my_open); after the function, and
 * ``.open = KC_VTABLE_CB(kc_demo_ops, open, my_open)`` in the initialiser.
 */
#ifndef KC_CORE_VTABLE_H
#define KC_CORE_VTABLE_H

#include <linux/build_bug.h>
#include <linux/compiler.h>

#include <core/pp.h>

/* Slots are numbered; the "implemented" mask uses 3 words of 30 bits. */
#define __KC_VT_BITS		30
#define __KC_VT_MAX_SLOTS	(3 * __KC_VT_BITS)

#define __KC_VT_SLOT_ENUM(K, slot)	K##_slot_##slot,

/**
 * KC_VTABLE_SLOTS() - declare the slots of a vtable kind (framework side)
 * @K: the kind's name, e.g. kc_demo_ops
 * @...: the slot names (the kernel ops struct's field names), at most 90
 *
 * Declares ``enum K_slot`` with one constant ``K_slot_<slot>`` per slot.
 * For each slot the framework also defines the type ``K_<slot>_t`` (the
 * driver's function type) and the macro ``K_<slot>_TRAMPOLINE(tramp, fn)``
 * that defines a static function @tramp with the kernel's signature
 * calling @fn.
 */
#define KC_VTABLE_SLOTS(K, ...)						\
	enum K##_slot {							\
		KC_PP_FOR_EACH(__KC_VT_SLOT_ENUM, K, __VA_ARGS__)	\
		K##_slot_count						\
	};								\
	static_assert(K##_slot_count <= __KC_VT_MAX_SLOTS,		\
		      "too many slots in " #K)

#define __KC_VT_CALL(m, ...)		m(__VA_ARGS__)

/* Type check and trampoline of one entry. */
#define __KC_VT_TRAMP(K, name, slot, fn)				\
	static_assert(__builtin_types_compatible_p(typeof(fn),		\
						   K##_##slot##_t),	\
		      #fn " does not have the type of " #K "." #slot);	\
	K##_##slot##_TRAMPOLINE(__kc_vt_##name##_##slot, fn)
#define __KC_VT_GEN_TRAMP(c, x)						\
	__KC_VT_CALL(__KC_VT_TRAMP, KC_PP_UNPAREN c, KC_PP_UNPAREN x)

/* One designated initialiser. */
#define __KC_VT_FIELD(K, name, slot, fn)	.slot = __kc_vt_##name##_##slot,
#define __KC_VT_GEN_FIELD(c, x)						\
	__KC_VT_CALL(__KC_VT_FIELD, KC_PP_UNPAREN c, KC_PP_UNPAREN x)

/* The bit of one entry in mask word @w. */
#define __KC_VT_BIT(K, w, slot, fn)					\
	| ((K##_slot_##slot) / __KC_VT_BITS == (w) ?			\
	   1 << ((K##_slot_##slot) % __KC_VT_BITS) : 0)
#define __KC_VT_GEN_BIT(c, x)						\
	__KC_VT_CALL(__KC_VT_BIT, KC_PP_UNPAREN c, KC_PP_UNPAREN x)

/**
 * KC_VTABLE_DEFINE() - generate a driver's trampolines (driver side)
 * @K: the vtable kind (see KC_VTABLE_SLOTS())
 * @name: the driver's vtable name, unique in the file
 * @...: the implemented slots, as (slot, function) pairs, at least one;
 *       usually a macro naming the list, also given to KC_VTABLE_INIT()
 *
 * For each pair: checks at compile time that the function has the slot's
 * type, and defines the trampoline. Also defines the constants read by
 * KC_VTABLE_IMPLEMENTS().
 */
#define KC_VTABLE_DEFINE(K, name, ...)					\
	KC_PP_FOR_EACH(__KC_VT_GEN_TRAMP, (K, name), __VA_ARGS__)	\
	enum {								\
		__kc_vt_##name##_mask0 = 0				\
		KC_PP_FOR_EACH(__KC_VT_GEN_BIT, (K, 0), __VA_ARGS__),	\
		__kc_vt_##name##_mask1 = 0				\
		KC_PP_FOR_EACH(__KC_VT_GEN_BIT, (K, 1), __VA_ARGS__),	\
		__kc_vt_##name##_mask2 = 0				\
		KC_PP_FOR_EACH(__KC_VT_GEN_BIT, (K, 2), __VA_ARGS__),	\
	}

/**
 * KC_VTABLE_INIT() - the designated initialisers of the implemented slots
 * @K: the vtable kind
 * @name: the driver's vtable name given to KC_VTABLE_DEFINE()
 * @...: the same list as given to KC_VTABLE_DEFINE()
 *
 * Expands to ``.slot = trampoline,`` for each pair, inside the initialiser
 * of the kernel's ops struct. Slots not listed are not mentioned and so
 * stay NULL.
 */
#define KC_VTABLE_INIT(K, name, ...)					\
	KC_PP_FOR_EACH(__KC_VT_GEN_FIELD, (K, name), __VA_ARGS__)

/**
 * KC_VTABLE_IMPLEMENTS() - whether a driver's vtable implements a slot
 * @K: the vtable kind
 * @name: the driver's vtable name given to KC_VTABLE_DEFINE()
 * @slot: any slot of @K
 *
 * Return: 1 or 0, as an integer constant expression.
 */
#define KC_VTABLE_IMPLEMENTS(K, name, slot)				\
	((((K##_slot_##slot) / __KC_VT_BITS == 0 ? __kc_vt_##name##_mask0 : \
	   (K##_slot_##slot) / __KC_VT_BITS == 1 ? __kc_vt_##name##_mask1 : \
	   __kc_vt_##name##_mask2) >>					\
	  ((K##_slot_##slot) % __KC_VT_BITS)) & 1)

/**
 * KC_VTABLE_CALLBACK() - generate the trampoline of one callback
 * @K: the vtable kind
 * @slot: the slot it implements
 * @fn: the driver's function, of type ``K_<slot>_t`` (checked)
 *
 * For ops structs written by hand; place it after @fn, and name the
 * trampoline with KC_VTABLE_CB(). One function may serve several drivers.
 */
#define KC_VTABLE_CALLBACK(K, slot, fn)					\
	__KC_VT_TRAMP(K, fn##__##K, slot, fn)				\
	struct __kc_vt_cb_##K##_##slot##_##fn

/**
 * KC_VTABLE_CB() - the slot value of a KC_VTABLE_CALLBACK() trampoline
 * @K: the vtable kind
 * @slot: the slot
 * @fn: the driver's function
 */
#define KC_VTABLE_CB(K, slot, fn)	__kc_vt_##fn##__##K##_##slot

#endif /* KC_CORE_VTABLE_H */
