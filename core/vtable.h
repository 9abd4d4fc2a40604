/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: callbacks into kernel ops structs, type-checked per slot.
 *
 * DOC: callbacks
 *
 * A kernel ops struct (phy_driver, regulator_ops, gpio_chip...) takes
 * callbacks on raw kernel structs. A kcrate driver writes callbacks on
 * handles or on its own types and fills only the slots it implements;
 * every other slot stays NULL, so the subsystem's default applies.
 *
 * A callback's type is checked in one place, KC_CALLBACK_CHECK(): an ops
 * struct's slots through the two forms below, the callback of a
 * definition macro (a work item's, a device-managed action's, an MDIO
 * bus's) directly. At compile time, it compares the callback's exact type
 * (return type and parameters: ``int`` is not ``bool`` nor ``long``) with
 * the slot's, and its refusal names the slot and the signature it wants::
 *
 *	error: static assertion failed: "foo_reset does not fit
 *	kc_phy_ops.soft_reset: it must be int foo_reset(struct kc_phy *phy)"
 *
 * KC_CALLBACK_CHECK_OR_NULL() is the same for a slot that may be left
 * empty (a debugfs file's show or store): it also accepts NULL.
 *
 * In an ops struct, each slot is named once, by the macros that describe
 * it, and the trampoline the kernel calls is made from that description:
 * a static function with the kernel's exact signature that converts the
 * arguments and calls the driver's function directly (no function-pointer
 * cast: kCFI holds; the compiler inlines the callback into it). The slot
 * names the ops struct's field and the trampoline together, so a callback
 * made for one slot cannot be put in another, and the slot's own checks
 * (a lock assertion, a return-value conversion) cannot be lost on the
 * way. Two forms, by where the driver lists its callbacks:
 *
 * - Each after its function, on handles (phy, i2c, regulator, platform).
 *   KC_VTABLE_CALLBACK(K, slot, fn), after the driver's function @fn,
 *   checks @fn against @slot of the kind ``K`` and defines its
 *   trampoline; KC_VTABLE_ENTRY(K, slot, fn) in the ops struct's
 *   initialiser is ``.slot = <the trampoline of fn for slot>``. An entry
 *   for another slot names a trampoline that does not exist
 *   (``'__kc_vt_kc_phy_ops_config_aneg_foo_reset' undeclared``). One
 *   function may serve several entries (one trampoline for all). An
 *   abstraction wraps both macros with its kind, e.g. KC_PHY_CALLBACK()
 *   and KC_PHY_CB(), and describes each slot of its kind by two macros
 *   named after it (private: the leading underscores)::
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
 * - As ``(slot, fn)`` pairs of one definition, on an owner type (gpio_chip,
 *   netdev). In the abstraction's definition macro, KC_VTABLE_OWNED(K,
 *   name, (type, ctx...), (slot, fn)...) checks each function against its
 *   slot for the owner's type (the refusal names ``name.slot``) and
 *   defines the slot's trampoline for that definition;
 *   KC_VTABLE_OWNED_ENTRIES(K, name, (slot, fn)...) in the ops struct's
 *   initialiser is ``.slot = <the trampoline>,`` for each pair. A slot
 *   given twice is a redefinition of its trampoline. The slot's macros
 *   take the owner's type, and the trampoline also the definition's other
 *   context (a member, a kind)::
 *
 *	#define __kc_demo_ops_open_SIG(type)				\
 *		int, (type *o, struct kc_demo *d)
 *	#define __kc_demo_ops_open_TRAMPOLINE(tramp, fn, type, member)	\
 *		static int tramp(struct demo_device *raw)		\
 *		{							\
 *			return fn(container_of(raw, type, member),	\
 *				  kc_unsafe_from_demo(raw));		\
 *		}
 *
 * A slot without those two macros does not compile, in either form
 * (``unknown type name '__kc_demo_ops_opne_SIG'``).
 */
#ifndef KC_CORE_VTABLE_H
#define KC_CORE_VTABLE_H

#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/stringify.h>

#include <core/pp.h>

/*
 * m(args), the arguments expanded first (a slot's description into its
 * return type and parameters). Two names: a macro is not expanded again
 * inside its own expansion, and the owned form nests one in the other.
 */
#define __KC_VT_CALL(m, ...)		m(__VA_ARGS__)
#define __KC_VT_APPLY(m, ...)		m(__VA_ARGS__)
#define __KC_VT_HEAD(x, ...)		x

/* NULL, where a callback may be left out. */
#define __KC_CALLBACK_NONE(fn)	__builtin_types_compatible_p(typeof(fn), void *)

/*
 * fn has the type ret (*)(params). The parameters come last, parenthesised
 * and optional: a slot description that is not a macro is then the return
 * type alone, and the compiler names it (an unknown type name).
 */
#define __KC_CALLBACK_FITS(fn, ret, ...)				\
	__builtin_types_compatible_p(typeof(fn) *, ret (*)__VA_ARGS__)

/*
 * The one refusal, "fn does not fit what: it must be ret fn(params)", from
 * the strings of fn, of what (not expanded: it may name a macro) and of
 * the prototype the slot wants.
 */
#define __KC_CALLBACK_MSG(sfn, swhat, sproto)				\
	sfn " does not fit " swhat ": it must be " sproto

/**
 * KC_CALLBACK_CHECK() - refuse a callback whose type is not exactly a slot's
 * @fn: the driver's function
 * @what: the slot, as the refusal names it (``kc_phy_ops.soft_reset``)
 * @ret: the slot's return type
 * @...: the slot's parameters, parenthesised, with names:
 *       ``(struct kc_phy *phy)``
 *
 * A static_assert, at file or block scope. Refused at build time when @fn
 * is not of type ``ret (*)(...)`` exactly (see the DOC above).
 */
#define KC_CALLBACK_CHECK(fn, what, ret, ...)				\
	static_assert(__KC_CALLBACK_FITS(fn, ret, __VA_ARGS__),		\
		      __KC_CALLBACK_MSG(#fn, #what, __stringify(ret fn)	\
					__stringify(__VA_ARGS__)))

/**
 * KC_CALLBACK_CHECK_OR_NULL() - KC_CALLBACK_CHECK(), for a slot that may be empty
 * @fn: the driver's function, or NULL
 * @what: the slot, as the refusal names it
 * @ret: the slot's return type
 * @...: the slot's parameters, parenthesised, with names
 *
 * NULL passes; anything else must have the slot's type, with the same
 * refusal as KC_CALLBACK_CHECK().
 */
#define KC_CALLBACK_CHECK_OR_NULL(fn, what, ret, ...)			\
	static_assert(__KC_CALLBACK_NONE(fn) ||				\
		      __KC_CALLBACK_FITS(fn, ret, __VA_ARGS__),		\
		      __KC_CALLBACK_MSG(#fn, #what, __stringify(ret fn)	\
					__stringify(__VA_ARGS__)))

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
	__KC_VT_CALL(KC_CALLBACK_CHECK, fn, K.slot, __##K##_##slot##_SIG); \
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

/* (K, name, type, ctx...) and (slot, fn): the check and the trampoline. */
#define __KC_VT_OWNED_SLOT(c, sf)					\
	__KC_VT_APPLY(__KC_VT_OWNED_SLOT_, KC_PP_UNPAREN sf, KC_PP_UNPAREN c)
#define __KC_VT_OWNED_SLOT_(slot, fn, K, name, ...)			\
	__KC_VT_CALL(KC_CALLBACK_CHECK, fn, name.slot,			\
		     __##K##_##slot##_SIG(__KC_VT_HEAD(__VA_ARGS__)));	\
	__##K##_##slot##_TRAMPOLINE(__kc_vt_##K##_##name##_##slot, fn, __VA_ARGS__)

/* (K, name) and (slot, fn): the designated initialiser. */
#define __KC_VT_OWNED_ENTRY(c, sf)					\
	__KC_VT_APPLY(__KC_VT_OWNED_ENTRY_, KC_PP_UNPAREN c, KC_PP_UNPAREN sf)
#define __KC_VT_OWNED_ENTRY_(K, name, slot, fn)				\
	.slot = __kc_vt_##K##_##name##_##slot,

/**
 * KC_VTABLE_OWNED() - check an owner's callbacks against their slots
 * @K: the vtable kind, e.g. kc_gpio_chip_ops
 * @name: the definition's name, which the refusals and the trampolines
 *        take (``name.slot``)
 * @ctx: ``(type, extra...)``, parenthesised: the owner's type, which the
 *       slots' signatures take, then what else the trampolines need (a
 *       member, a kind)
 * @...: the callbacks, ``(slot, fn)`` pairs, each slot at most once
 *
 * In a definition macro, at file scope. For each pair: refused at build
 * time when fn's type is not exactly the slot's for the owner's type;
 * defines the trampoline that KC_VTABLE_OWNED_ENTRIES() names (see the
 * DOC above). Its expansion ends with a function definition: no ``;``
 * after it.
 */
#define KC_VTABLE_OWNED(K, name, ctx, ...)				\
	KC_PP_FOR_EACH(__KC_VT_OWNED_SLOT, (K, name, KC_PP_UNPAREN ctx), \
		       __VA_ARGS__)

/**
 * KC_VTABLE_OWNED_ENTRIES() - the ops struct's entries for an owner's callbacks
 * @K: the vtable kind
 * @name: the definition's name, as given to KC_VTABLE_OWNED()
 * @...: the same ``(slot, fn)`` pairs
 *
 * Expands to ``.slot = trampoline,`` for each pair, in an initialiser.
 */
#define KC_VTABLE_OWNED_ENTRIES(K, name, ...)				\
	KC_PP_FOR_EACH(__KC_VT_OWNED_ENTRY, (K, name), __VA_ARGS__)

#endif /* KC_CORE_VTABLE_H */
