/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: errors that must be handled.
 *
 * Every fallible kcrate function is __must_check and returns 0 or a
 * negative errno. A function that also produces a value returns a result
 * struct, so that a register value can never be mistaken for an errno.
 */
#ifndef KC_CORE_ERROR_H
#define KC_CORE_ERROR_H

#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/types.h>

#include <core/check.h>

/*
 * __kc_assert_errno() - refuse, at build time, an expression that is not an
 * int errno. A bool (never negative: always "succeeds"), a long (truncated
 * to int), a pointer or a result would all pass a plain "< 0" test wrongly.
 */
#define __kc_assert_errno(var, macro)					\
	static_assert(__builtin_types_compatible_p(typeof(var), int),	\
		       macro "() takes an int errno (0 or -Exxx): use "	\
		       "kc_try_val() for a result")

/**
 * kc_try() - evaluate a fallible expression, return early on error
 * @expr: an expression of type int that is 0 (or positive) on success and a
 *        negative errno on failure
 *
 * The C counterpart of Rust's ``?`` operator: if @expr is negative, the
 * enclosing function returns it unchanged. Scope-bound cleanups of the
 * enclosing function run as for any return. Any other type than int is
 * refused at build time (a bool, a long, a pointer, a result).
 */
#define kc_try(expr)					\
	do {						\
		typeof(expr) __kc_err = (expr);		\
		__kc_assert_errno(__kc_err, "kc_try");	\
		if (unlikely(__kc_err < 0))		\
			return __kc_err;		\
	} while (0)

/**
 * kc_try_err_ptr() - kc_try() in a function that returns a pointer
 * @expr: an expression of type int, negative errno on failure
 *
 * If @expr is negative, the enclosing function returns ERR_PTR() of it.
 * Meant for constructors such as a KC_MODULE() init function.
 */
#define kc_try_err_ptr(expr)				\
	do {						\
		typeof(expr) __kc_err = (expr);		\
		__kc_assert_errno(__kc_err, "kc_try_err_ptr");	\
		if (unlikely(__kc_err < 0))		\
			return ERR_PTR(__kc_err);	\
	} while (0)

/**
 * DOC: results
 *
 * A result holds a value or a negative errno, never both: a register value
 * can never be mistaken for an errno, and a handle a constructor returns
 * cannot be stored before its error is checked (a constructor returns a
 * result whose value is the handle, never an ERR_PTR() that converts to
 * the handle's pointer type unchecked). Its fields are private to this header
 * (their names are poisoned at its end, so naming them elsewhere does not
 * compile): the value comes out only through
 *
 * - kc_try_val(), which returns the error from the enclosing function;
 * - kc_unwrap(), which gives 0 and the value, or the errno, for a caller
 *   that handles the error itself;
 * - kc_val_or(), the value or a default;
 * - kc_unsafe_result_val(), the value unchecked: an escape hatch for tests
 *   that have checked kc_result_err() already, counted by ``make lint``.
 */

/**
 * KC_DEFINE_RESULT() - declare a value-or-error result type
 * @name: struct tag of the new type
 * @type: type of the value
 *
 * Declares ``struct name``, which holds a @type or a negative errno. Build
 * values with KC_OK() and KC_ERR(), consume them with kc_try_val() or
 * kc_unwrap(). The type is sealed (core/check.h): a result written by
 * hand, ``(struct kc_result_u16){ 0, 5 }``, does not compile.
 */
#define KC_DEFINE_RESULT(name, type)				\
	struct name {						\
		int __kc_result_err;				\
		type __kc_result_val;				\
	} __kc_sealed

/* struct kc_result_u8 - an u8 or an error (see KC_DEFINE_RESULT()) */
KC_DEFINE_RESULT(kc_result_u8, u8);
/* struct kc_result_u16 - an u16 or an error, e.g. a register read */
KC_DEFINE_RESULT(kc_result_u16, u16);
/* struct kc_result_u32 - an u32 or an error */
KC_DEFINE_RESULT(kc_result_u32, u32);
/* struct kc_result_u64 - an u64 or an error */
KC_DEFINE_RESULT(kc_result_u64, u64);
/* struct kc_result_int - an int or an error (the value may be negative) */
KC_DEFINE_RESULT(kc_result_int, int);
/* struct kc_result_bool - a bool or an error */
KC_DEFINE_RESULT(kc_result_bool, bool);

/**
 * KC_OK() - a successful result
 * @rtype: the result type, e.g. ``struct kc_result_u16``
 * @v: the value
 */
#define KC_OK(rtype, v)		((rtype) { .__kc_result_err = 0, .__kc_result_val = (v) })

/**
 * KC_ERR() - a failed result
 * @rtype: the result type, e.g. ``struct kc_result_u16``
 * @e: a negative errno; a constant 0 or positive (``EIO`` for ``-EIO``)
 *     does not compile: the result would read as a success
 */
#define KC_ERR(rtype, e)						\
	({								\
		int __kc_e = (e);					\
		kc_check_const(__kc_e >= 0,				\
			       "KC_ERR(): an error is a negative errno"); \
		(rtype) { .__kc_result_err = __kc_e };			\
	})

/*
 * __kc_result_from_ptr() - the result of type @rtype of a pointer or an
 * ERR_PTR() @p. For abstractions: a constructor returns its handle in a
 * result, so that a caller cannot store an ERR_PTR() as a handle unchecked.
 */
#define __kc_result_from_ptr(rtype, p)					\
	({								\
		typeof(p) __kc_rp = (p);				\
		int __kc_rp_err = 0;					\
									\
		if (IS_ERR(__kc_rp)) {					\
			__kc_rp_err = (int)PTR_ERR(__kc_rp);		\
			/* -MAX_ERRNO..-1: the unwrap's test folds away. */ \
			if (__kc_rp_err >= 0)				\
				__builtin_unreachable();		\
			__kc_rp = NULL;					\
		}							\
		(rtype) { .__kc_result_err = __kc_rp_err, .__kc_result_val = __kc_rp }; \
	})

/**
 * kc_result_err() - the error a result holds
 * @res: a result value (see KC_DEFINE_RESULT())
 *
 * A value, not the field: ``kc_result_err(r) = 0``, a failure turned into
 * a success, does not compile.
 *
 * Return: 0, or the negative errno.
 */
#define kc_result_err(res)	((int)(res).__kc_result_err)

/**
 * kc_is_err() - whether a result holds an error
 * @res: a result value (see KC_DEFINE_RESULT())
 */
#define kc_is_err(res)		(unlikely((res).__kc_result_err < 0))

/**
 * kc_unwrap() - take the value out of a result, or its error
 * @var: lvalue that receives the value on success
 * @expr: an expression of a result type (see KC_DEFINE_RESULT())
 *
 * For a caller that handles the error itself::
 *
 *	ret = kc_unwrap(pid, kc_regmap_field_read(map, &chip_pid));
 *	if (ret)
 *		return dev_err_probe(dev, ret, "no chip\n");
 *
 * A @var narrower than the result's value does not compile: the value
 * would be truncated.
 *
 * Return: 0, @var written; or the negative errno, @var untouched.
 */
#define kc_unwrap(var, expr)						\
	({								\
		typeof(expr) __kc_res = (expr);				\
		int __kc_res_err = __kc_res.__kc_result_err;		\
		static_assert(sizeof(var) >= sizeof(__kc_res.__kc_result_val), \
			      "kc_unwrap(): the variable is narrower than the result's value"); \
		if (likely(__kc_res_err >= 0)) {			\
			(var) = __kc_res.__kc_result_val;		\
			__kc_res_err = 0;				\
		}							\
		__kc_res_err;						\
	})

/**
 * kc_try_val() - unwrap a result, return early on error
 * @var: lvalue that receives the value on success
 * @expr: an expression of a result type (see KC_DEFINE_RESULT())
 *
 * On error the enclosing function (which returns int) returns the error and
 * @var is not written. The value can never leak into the error range:
 *
 *	u16 bmcr;
 *
 *	kc_try_val(bmcr, kc_phy_read(phy, KC_C22_BMCR));
 */
#define kc_try_val(var, expr)	kc_try(kc_unwrap(var, expr))

/**
 * kc_try_val_as() - kc_try_val() in a function that returns a result
 * @var: lvalue that receives the value on success
 * @expr: an expression of a result type
 * @rtype: the enclosing function's result type
 *
 * On error the enclosing function returns KC_ERR(@rtype, error).
 */
#define kc_try_val_as(var, expr, rtype)				\
	do {							\
		int __kc_err_as = kc_unwrap(var, expr);		\
		if (unlikely(__kc_err_as < 0))			\
			return KC_ERR(rtype, __kc_err_as);	\
	} while (0)

/**
 * kc_val_or() - the value of a result, or a default on error
 * @expr: an expression of a result type
 * @dflt: the value to use when @expr holds an error: a constant the value's
 *        type can hold (-1 for a u16 does not compile), or a variable of
 *        that type
 *
 * A constructor's result (a handle) takes no default: the error would
 * become a NULL handle, dereferenced at its first use. It does not compile
 * (__builtin_classify_type() 5 is the pointer class, in gcc and clang).
 */
#define kc_val_or(expr, dflt)						\
	({								\
		typeof(expr) __kc_res_or = (expr);			\
		typeof(dflt) __kc_dflt = (dflt);			\
		typeof(__kc_res_or.__kc_result_val) __kc_dv = __kc_dflt; \
									\
		static_assert(__builtin_classify_type(__kc_dv) != 5,	\
			      "kc_val_or(): a handle has no default: unwrap it"); \
		compiletime_assert(__builtin_constant_p(__kc_dflt) ||	\
				   __builtin_types_compatible_p(typeof(__kc_dflt), \
								typeof(__kc_dv)), \
				   "kc_val_or(): a default is a constant or of the value's type"); \
		kc_check_const(__kc_dv != __kc_dflt,			\
			       "kc_val_or(): the default does not fit the value's type"); \
		__kc_res_or.__kc_result_err < 0 ? __kc_dv :		\
			__kc_res_or.__kc_result_val;			\
	})

/**
 * kc_unsafe_result_val() - the value of a result, unchecked
 * @res: a result value
 *
 * An escape hatch (``make lint`` counts them; none in drivers/ and
 * samples/): sound only where kc_result_err() of the same @res was checked
 * to be 0, or where any value will do.
 */
#define kc_unsafe_result_val(res)	((res).__kc_result_val)

/**
 * kc_errname() - symbolic name of an errno, for messages
 * @err: an errno, negative (as returned) or positive
 *
 * Works whatever CONFIG_SYMBOLIC_ERRNAME says (kcrate carries its own
 * table). Lives in kcrate.ko (namespace KCRATE).
 *
 * Return: a static string such as "-EIO"; "0" for 0; "-E?" for a number
 * with no name. Never NULL.
 */
const char *kc_errname(int err);

/**
 * kc_discard() - drop the result of a fallible call, on purpose
 * @expr: a __must_check expression of type int
 *
 * The C counterpart of Rust's ``let _ = expr;``: says in the source that the
 * error is not lost by accident (a plain ``(void)`` cast does not silence
 * __must_check). Use it only where the caller has no way to report an error
 * and say why in a comment.
 */
#define kc_discard(expr)				\
	do {						\
		typeof(expr) __kc_ignored = (expr);	\
		__kc_assert_errno(__kc_ignored, "kc_discard");	\
		(void)__kc_ignored;			\
	} while (0)

/*
 * A result's fields are reachable only through the macros above (defined
 * before this line, so their expansions may still name them): reading
 * .val past a failed read, or writing .err, does not compile.
 */
#pragma GCC poison __kc_result_err __kc_result_val

#endif /* KC_CORE_ERROR_H */
