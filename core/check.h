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

#endif /* KC_CORE_CHECK_H */
