/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate in-kernel tests: a small KTAP printer for test modules.
 *
 * Debian's kernels have no KUnit, so kcrate's unit tests are modules whose
 * init runs the cases and prints KTAP (Documentation/dev-tools/ktap.rst)
 * to the kernel log, every line prefixed with KT_PREFIX so that a guest
 * script can pick them out of dmesg. One level of nesting: the module is
 * the top-level test, each suite a subtest, each case a line of its suite.
 *
 *	static void t_push(void) { KT_EXPECT(...); }
 *
 *	kt_begin(2);
 *	kt_suite_begin("vec", 1);
 *	KT_CASE(t_push);
 *	kt_suite_end();
 *	...
 *	return kt_end();	// 0 if everything passed, else -EINVAL
 *
 * Single-threaded: the state is per module, in this header.
 */
#ifndef KC_KTEST_KTAP_H
#define KC_KTEST_KTAP_H

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

#ifndef KT_PREFIX
#error "define KT_PREFIX (the KTAP line prefix) before including ktap.h"
#endif

static struct {
	int depth;
	int suite_n;
	int suite_failed;
	const char *suite;
	int top_n;
	int failed;
	int case_failed;
	int case_skipped;
	const char *skip_reason;
	int cases_passed;
	int cases_failed;
	int cases_skipped;
} kt;

/* One KTAP line at the current depth. */
#define kt_line(fmt, ...)						\
	pr_info(KT_PREFIX "%*s" fmt "\n", kt.depth * 2, "", ##__VA_ARGS__)

/**
 * KT_EXPECT() - check a condition in a test case, continue either way
 * @cond: the condition
 *
 * A false condition fails the case and prints a diagnostic line.
 */
#define KT_EXPECT(cond)							\
	do {								\
		if (!(cond)) {						\
			kt.case_failed++;				\
			kt_line("# %s:%d: expected %s", __func__,	\
				__LINE__, #cond);			\
		}							\
	} while (0)

/**
 * KT_EXPECT_EQ() - check two integers for equality, print both if not
 * @a: actual value
 * @b: expected value
 */
#define KT_EXPECT_EQ(a, b)						\
	do {								\
		long long __kt_a = (long long)(a);			\
		long long __kt_b = (long long)(b);			\
									\
		if (__kt_a != __kt_b) {					\
			kt.case_failed++;				\
			kt_line("# %s:%d: expected %s == %s (%lld != %lld)", \
				__func__, __LINE__, #a, #b, __kt_a, __kt_b); \
		}							\
	} while (0)

/**
 * KT_EXPECT_VAL() - expect a result (core/error.h) to hold a value
 * @res: an expression of a result type
 * @want: the value it must hold
 *
 * Fails on an error as on another value.
 */
#define KT_EXPECT_VAL(res, want)					\
	do {								\
		typeof(res) __kt_res = (res);				\
									\
		KT_EXPECT_EQ(kc_result_err(__kt_res), 0);		\
		KT_EXPECT_EQ(kc_unsafe_result_val(__kt_res), want);	\
	} while (0)

/**
 * kt_runtime() - a value the compiler cannot see
 * @x: the value
 *
 * For the tests of run-time checks that kc_check_const() would refuse at
 * build time when the argument is a constant.
 */
#define kt_runtime(x)							\
	({								\
		typeof(x) __kt_x = (x);					\
									\
		OPTIMIZER_HIDE_VAR(__kt_x);				\
		__kt_x;							\
	})

/**
 * KT_EXPECT_STREQ() - check two strings for equality
 * @a: actual string
 * @b: expected string
 */
#define KT_EXPECT_STREQ(a, b)						\
	do {								\
		const char *__kt_a = (a);				\
		const char *__kt_b = (b);				\
									\
		if (!__kt_a || strcmp(__kt_a, __kt_b)) {		\
			kt.case_failed++;				\
			kt_line("# %s:%d: expected %s == \"%s\" (got \"%s\")", \
				__func__, __LINE__, #a, __kt_b,		\
				__kt_a ? __kt_a : "(null)");		\
		}							\
	} while (0)

/**
 * kt_skip() - mark the running case as skipped
 * @reason: printed after "# SKIP"
 */
static inline void kt_skip(const char *reason)
{
	kt.case_skipped = 1;
	kt.skip_reason = reason;
}

/**
 * kt_begin() - start a KTAP document (a driver bound again prints another)
 * @plan: number of suites
 */
static inline void kt_begin(int plan)
{
	memset(&kt, 0, sizeof(kt));
	kt_line("KTAP version 1");
	kt_line("1..%d", plan);
}

/**
 * kt_suite_begin() - start a suite (a nested subtest)
 * @name: suite name
 * @plan: number of cases
 */
static inline void kt_suite_begin(const char *name, int plan)
{
	kt.suite = name;
	kt.suite_n = 0;
	kt.suite_failed = 0;
	kt.depth = 1;
	kt_line("KTAP version 1");
	kt_line("# Subtest: %s", name);
	kt_line("1..%d", plan);
}

/**
 * kt_run_case() - run one case and print its result line
 * @name: case name
 * @fn: the case
 */
static inline void kt_run_case(const char *name, void (*fn)(void))
{
	kt.case_failed = 0;
	kt.case_skipped = 0;
	fn();
	kt.suite_n++;
	if (kt.case_failed) {
		kt.suite_failed++;
		kt.cases_failed++;
		kt_line("not ok %d %s", kt.suite_n, name);
	} else if (kt.case_skipped) {
		kt.cases_skipped++;
		kt_line("ok %d %s # SKIP %s", kt.suite_n, name, kt.skip_reason);
	} else {
		kt.cases_passed++;
		kt_line("ok %d %s", kt.suite_n, name);
	}
}

/**
 * KT_CASE() - run a ``void fn(void)`` case named after the function
 * @fn: the case
 */
#define KT_CASE(fn)	kt_run_case(#fn, fn)

/**
 * kt_suite_end() - print the suite's result line in the top-level test
 */
static inline void kt_suite_end(void)
{
	kt.depth = 0;
	kt.top_n++;
	if (kt.suite_failed) {
		kt.failed++;
		kt_line("not ok %d %s", kt.top_n, kt.suite);
	} else {
		kt_line("ok %d %s", kt.top_n, kt.suite);
	}
}

/**
 * kt_end() - finish the module's output, with kselftest's "# Totals:"
 * line (the cases, every suite's)
 *
 * Return: 0 if every suite passed, -EINVAL otherwise.
 */
static inline int kt_end(void)
{
	kt_line("# %s: %d of %d suites failed", KBUILD_MODNAME, kt.failed,
		kt.top_n);
	kt_line("# Totals: pass:%d fail:%d xfail:0 xpass:0 skip:%d error:0",
		kt.cases_passed, kt.cases_failed, kt.cases_skipped);
	return kt.failed ? -EINVAL : 0;
}

#endif /* KC_KTEST_KTAP_H */
