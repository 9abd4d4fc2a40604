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

#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/types.h>

/**
 * kc_try() - evaluate a fallible expression, return early on error
 * @expr: an expression of integer type that is 0 (or positive) on success
 *        and a negative errno on failure
 *
 * The C counterpart of Rust's ``?`` operator: if @expr is negative, the
 * enclosing function returns it unchanged. Scope-bound cleanups of the
 * enclosing function run as for any return.
 */
#define kc_try(expr)					\
	do {						\
		int __kc_err = (expr);			\
		if (unlikely(__kc_err < 0))		\
			return __kc_err;		\
	} while (0)

/**
 * kc_try_err_ptr() - kc_try() in a function that returns a pointer
 * @expr: an expression of integer type, negative errno on failure
 *
 * If @expr is negative, the enclosing function returns ERR_PTR() of it.
 * Meant for constructors such as a KC_MODULE() init function.
 */
#define kc_try_err_ptr(expr)				\
	do {						\
		int __kc_err = (expr);			\
		if (unlikely(__kc_err < 0))		\
			return ERR_PTR(__kc_err);	\
	} while (0)

/**
 * kc_try_ptr() - unwrap a pointer-or-ERR_PTR, return early on error
 * @var: lvalue that receives the pointer on success
 * @expr: an expression returning a pointer or an ERR_PTR()
 *
 * If @expr is an ERR_PTR(), the enclosing function (which returns int)
 * returns PTR_ERR() of it and @var is not written.
 */
#define kc_try_ptr(var, expr)					\
	do {							\
		typeof(expr) __kc_p = (expr);			\
		if (IS_ERR(__kc_p))				\
			return PTR_ERR(__kc_p);			\
		(var) = __kc_p;					\
	} while (0)

/**
 * KC_DEFINE_RESULT() - declare a value-or-error result type
 * @name: struct tag of the new type
 * @type: type of the value
 *
 * Declares ``struct name { int err; type val; }``. @err is 0 on success
 * (then @val is valid) or a negative errno (then @val is meaningless).
 * Build values with KC_OK() and KC_ERR(), consume them with kc_try_val().
 */
#define KC_DEFINE_RESULT(name, type)				\
	struct name {						\
		int err;					\
		type val;					\
	}

/**
 * struct kc_result_u8 - an u8 or an error (see KC_DEFINE_RESULT())
 * @err: 0 or a negative errno
 * @val: the value when @err is 0
 */
struct kc_result_u8 {
	int err;
	u8 val;
};

/**
 * struct kc_result_u16 - an u16 or an error, e.g. a register read
 * @err: 0 or a negative errno
 * @val: the value when @err is 0
 */
struct kc_result_u16 {
	int err;
	u16 val;
};

/**
 * struct kc_result_u32 - an u32 or an error
 * @err: 0 or a negative errno
 * @val: the value when @err is 0
 */
struct kc_result_u32 {
	int err;
	u32 val;
};

/**
 * struct kc_result_u64 - an u64 or an error
 * @err: 0 or a negative errno
 * @val: the value when @err is 0
 */
struct kc_result_u64 {
	int err;
	u64 val;
};

/**
 * struct kc_result_int - an int or an error (value may be negative)
 * @err: 0 or a negative errno
 * @val: the value when @err is 0
 */
struct kc_result_int {
	int err;
	int val;
};

/**
 * struct kc_result_bool - a bool or an error
 * @err: 0 or a negative errno
 * @val: the value when @err is 0
 */
struct kc_result_bool {
	int err;
	bool val;
};

/**
 * KC_OK() - a successful result
 * @rtype: the result type, e.g. ``struct kc_result_u16``
 * @v: the value
 */
#define KC_OK(rtype, v)		((rtype) { .err = 0, .val = (v) })

/**
 * KC_ERR() - a failed result
 * @rtype: the result type, e.g. ``struct kc_result_u16``
 * @e: a negative errno
 */
#define KC_ERR(rtype, e)	((rtype) { .err = (e) })

/**
 * kc_is_err() - whether a result holds an error
 * @res: a result value (see KC_DEFINE_RESULT())
 */
#define kc_is_err(res)		(unlikely((res).err < 0))

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
#define kc_try_val(var, expr)					\
	do {							\
		typeof(expr) __kc_res = (expr);			\
		if (unlikely(__kc_res.err < 0))			\
			return __kc_res.err;			\
		(var) = __kc_res.val;				\
	} while (0)

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
		typeof(expr) __kc_res = (expr);			\
		if (unlikely(__kc_res.err < 0))			\
			return KC_ERR(rtype, __kc_res.err);	\
		(var) = __kc_res.val;				\
	} while (0)

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
 * @expr: a __must_check expression of integer type
 *
 * The C counterpart of Rust's ``let _ = expr;``: says in the source that the
 * error is not lost by accident (a plain ``(void)`` cast does not silence
 * __must_check). Use it only where the caller has no way to report an error
 * and say why in a comment.
 */
#define kc_discard(expr)				\
	do {						\
		int __kc_ignored = (expr);		\
		(void)__kc_ignored;			\
	} while (0)

#endif /* KC_CORE_ERROR_H */
