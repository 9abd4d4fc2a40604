/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: callbacks into kernel ops structs, type-checked per slot.
 *
 * DOC: callbacks
 *
 * A kernel ops struct (phy_driver, regulator_ops, i2c_driver...) takes
 * callbacks on raw kernel structs. A kcrate driver writes callbacks on
 * handles and fills only the slots it implements; every other slot stays
 * NULL, so the subsystem's default applies. Every abstraction does this
 * through the one mechanism here:
 *
 * - KC_VTABLE_CALLBACK(K, slot, fn), after the driver's function @fn,
 *   checks at compile time that @fn has the exact type of @slot (return
 *   type and parameters: ``int`` is not ``bool`` nor ``long``) and
 *   defines the slot's trampoline: a static function with the kernel's
 *   exact signature that converts the arguments and calls @fn directly (no
 *   function-pointer cast: kCFI holds; the compiler inlines @fn into it).
 *   The refusal names the slot and the signature it wants::
 *
 *	error: static assertion failed: "foo_reset does not fit
 *	kc_phy_ops.soft_reset: it must be int foo_reset(struct kc_phy *phy)"
 *
 * - KC_VTABLE_ENTRY(K, slot, fn) in the ops struct's initialiser is the
 *   designated initialiser ``.slot = <the trampoline of fn for slot>``. The
 *   slot names the field and the trampoline together, so a callback made
 *   for one slot cannot be put in another: that trampoline does not exist
 *   (``'__kc_vt_kc_phy_ops_config_aneg_foo_reset' undeclared``), and the
 *   slot's own checks (a lock assertion, a return-value conversion) cannot
 *   be lost on the way.
 *
 * One function may serve several entries (one trampoline for all).
 * An abstraction wraps both macros with its kind, e.g. KC_PHY_CALLBACK()
 * and KC_PHY_CB(), and describes each slot of its kind ``K`` once, by two
 * macros, named after it (private: the leading underscores)::
 *
 *	// the driver-facing signature: return type, parameters
 *	#define __kc_demo_ops_open_SIG	int, (struct kc_demo *d)
 *	// the trampoline, from the kernel's signature to the handle
 *	#define __kc_demo_ops_open_TRAMPOLINE(tramp, fn)		\
 *		static int tramp(struct demo_device *raw)		\
 *		{							\
 *			return fn(kc_unsafe_from_demo(raw));		\
 *		}
 *
 * A slot without those two macros does not compile either
 * (``unknown type name '__kc_demo_ops_opne_SIG'``).
 */
#ifndef KC_CORE_VTABLE_H
#define KC_CORE_VTABLE_H

#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/stringify.h>

#define __KC_VT_CALL(m, ...)		m(__VA_ARGS__)
#define __KC_VT_FNPTR(ret, ...)	ret (*)__VA_ARGS__
#define __KC_VT_PROTO(fn, ret, ...)	ret fn __VA_ARGS__

/**
 * KC_VTABLE_CALLBACK() - check a callback against its slot, make its trampoline
 * @K: the vtable kind, e.g. kc_phy_ops
 * @slot: the slot it implements, the ops struct's field name
 * @fn: the driver's function
 *
 * Place it after @fn. Refused at build time when @fn's type is not
 * exactly the slot's (see the DOC above).
 */
#define KC_VTABLE_CALLBACK(K, slot, fn)					\
	static_assert(__builtin_types_compatible_p(typeof(fn) *,	\
		__KC_VT_CALL(__KC_VT_FNPTR, __##K##_##slot##_SIG)),		\
		#fn " does not fit " #K "." #slot ": it must be "	\
		__stringify(__KC_VT_CALL(__KC_VT_PROTO, fn, __##K##_##slot##_SIG))); \
	__##K##_##slot##_TRAMPOLINE(__kc_vt_##K##_##slot##_##fn, fn)	\
	struct __kc_vt_cb_##K##_##slot##_##fn

/**
 * KC_VTABLE_ENTRY() - the ops struct's entry for a callback
 * @K: the vtable kind
 * @slot: the slot, as given to KC_VTABLE_CALLBACK()
 * @fn: the driver's function
 *
 * Expands to ``.slot = trampoline``.
 */
#define KC_VTABLE_ENTRY(K, slot, fn)	.slot = __kc_vt_##K##_##slot##_##fn

/*
 * The trampoline of a callback, for an abstraction whose field name is not
 * the slot's (a field renamed between kernels), which then derives the
 * field from the slot. Private: a driver naming a trampoline by hand could
 * put it in another slot (selftests/host/20-layering.sh refuses private
 * names in drivers/ and samples/).
 */
#define __KC_VTABLE_TRAMPOLINE(K, slot, fn)	__kc_vt_##K##_##slot##_##fn

#endif /* KC_CORE_VTABLE_H */
