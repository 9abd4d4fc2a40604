/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: arguments the compiler knows, checked when it builds.
 *
 * DOC: constant arguments
 *
 * A register number, a length or a field value is most often a constant.
 * Where it is, a wrong one is refused at build time; where it is not, the
 * function's run-time check (an errno) applies, unchanged. The check costs
 * nothing at run time either way: it is decided by the optimiser, so it
 * belongs in macros and __always_inline functions, whose arguments the
 * compiler sees at the call.
 */
#ifndef KC_CORE_CHECK_H
#define KC_CORE_CHECK_H

#include <linux/build_bug.h>
#include <linux/compiler.h>

/**
 * kc_check_const() - refuse a call whose wrongness is known at build time
 * @bad: an expression, true when the arguments are wrong
 * @msg: the message of the refusal: which function, which rule
 *
 * The build fails with @msg when the compiler can compute @bad and it is
 * true; otherwise nothing happens (the caller's run-time check remains).
 */
#define kc_check_const(bad, msg)					\
	compiletime_assert(!(__builtin_constant_p(bad) && (bad)), msg)

/**
 * kc_assert_zero() - static_assert() where only an expression may stand
 * @cond: an integer constant expression that must be true
 * @msg: the message of the refusal, a string literal
 *
 * For the checks of macros that expand to an initialiser (a table entry),
 * where a declaration cannot stand.
 *
 * Return: 0, an integer constant expression.
 */
#define kc_assert_zero(cond, msg)					\
	((int)sizeof(struct { static_assert(cond, msg); int __kc_unused; }) * 0)

/**
 * DOC: sealed values
 *
 * A value whose constructors check it (a result, which KC_ERR() refuses to
 * make of a positive errno; a register, which KC_C22() refuses past 31; a
 * delay, which carries its unit) is worth its checks only if nothing else
 * makes one. Its fields are private: their names are poisoned at the end
 * of its header, so that no designated initialiser names them, and a
 * reader gets them from an accessor. A positional initialiser names no
 * field, so the type is also sealed, with __kc_sealed after its closing
 * brace::
 *
 *	struct kc_delay {
 *		unsigned long __kc_delay_jiffies;
 *	} __kc_sealed;
 *
 * That is gcc's designated_init attribute, which the kernel's Makefile
 * (and kcrate.mk) makes an error, -Werror=designated-init: a positional
 * initialiser of the type does not compile, whatever it holds, as a
 * compound literal (``(struct kc_delay){ 100 }``: 100 jiffies, no unit) or
 * a declaration's (``{ 0 }``, ``{ {}, 100 }``), nor one in braces inside
 * another initialiser (``{ { 100 }, ... }``). A value that reaches the
 * type from an enclosing initialiser without braces (``{ .delay = 100 }``
 * for a member ``struct kc_delay delay``) may get only gcc's "missing
 * braces around initializer" warning, which kcrate's builds refuse (the
 * build tier allows no warning; the compile-fail suite builds with
 * -Werror). An attribute changes no layout and no code.
 *
 * What still compiles is the empty initialiser ``{}``, the type's zero
 * value: a success holding 0 (or a NULL handle, as KC_OK() would make it),
 * a delay of 0, register 0, line 0 of a chip, an empty vector; among the
 * sealed types, only a speed of 0 Mb/s and a read-only regmap field of
 * mask 0 are values no constructor makes. clang has no designated_init: a
 * driver built with it is refused the designated forms only.
 */

/**
 * __kc_sealed - seal a value type: no positional initialiser of it compiles
 *
 * Written after the type's closing brace (see "sealed values" above).
 */
#define __kc_sealed	__designated_init

#endif /* KC_CORE_CHECK_H */
