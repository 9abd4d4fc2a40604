/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kc_ksft: the main() of kcrate's kselftest programs, used instead of the
 * harness's TEST_HARNESS_MAIN.
 *
 * The 6.1 harness ends a run with "PASSED: N / N tests passed" and exit
 * status 0 whenever no test failed, skipped tests counted as passed: a
 * program whose every test skipped (NETIF naming a board without an ASIX
 * PHY, no simulator) looks like a success to run_kselftest.sh and to CI.
 * kselftest's exit codes say more: KSFT_FAIL (1) when a test failed,
 * KSFT_SKIP (4) when nothing was tested, KSFT_PASS (0) otherwise; its
 * "# Totals:" line (ksft_print_cnts()) counts passes and skips apart.
 *
 * KC_HARNESS_MAIN(before, after) runs the registered tests in the order
 * the harness would, each through the harness's own __run_test() (fork,
 * timeout, the TAP line), then prints the totals and one verdict line that
 * agrees with the exit status:
 *
 *   # FAILED: F of N tests failed (P passed, S skipped)    exit 1
 *   # SKIPPED: all N tests skipped                         exit 4
 *   # PASSED: P of N tests passed (S skipped)              exit 0
 *
 * before() runs in the parent before the first test: what it records is
 * inherited by every test's child. after() runs in the parent after the
 * last test, also when a test failed, crashed or was killed at its timeout
 * (its teardown then never ran); when it returns nonzero (it could not
 * clean up), the run fails. Either may be NULL.
 *
 * Written for the pinned harness (kselftest_harness.h of linux-source-6.1):
 * it uses the harness's fixture list, __run_test() and the per-test result
 * buffer, and kselftest.h's counters for the totals.
 */
#ifndef KC_KSFT_H
#define KC_KSFT_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "kselftest_harness.h"

/* The exit status a run with these counts deserves (see above). */
static inline int kc_ksft_status(unsigned int pass, unsigned int fail,
				 unsigned int skip)
{
	if (fail)
		return KSFT_FAIL;
	if (!pass && skip)
		return KSFT_SKIP;
	return KSFT_PASS;
}

static inline int kc_ksft_run(void (*before)(void), int (*after)(void))
{
	struct __fixture_variant_metadata no_variant = { .name = "" };
	struct __fixture_variant_metadata *v;
	struct __fixture_metadata *f;
	struct __test_results *results;
	struct __test_metadata *t;
	unsigned int tests = 0, cases = 0, pass, fail, skip;
	int status, after_err = 0;

	for (f = __fixture_list; f; f = f->next)
		for (v = f->variant ?: &no_variant; v; v = v->next) {
			unsigned int n = 0;

			for (t = f->tests; t; t = t->next)
				n++;
			tests += n;
			cases += n > 0;
		}

	/* __run_test() writes a test's SKIP reason here, from the child. */
	results = mmap(NULL, sizeof(*results), PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (results == MAP_FAILED)
		ksft_exit_fail_msg("mmap of the result buffer failed\n");

	ksft_print_header();
	ksft_set_plan(tests);
	ksft_print_msg("Starting %u tests from %u test cases.\n", tests, cases);
	if (before)
		before();
	fflush(stdout);
	for (f = __fixture_list; f; f = f->next)
		for (v = f->variant ?: &no_variant; v; v = v->next)
			for (t = f->tests; t; t = t->next) {
				t->results = results;
				__run_test(f, v, t);
				t->results = NULL;
			}
	munmap(results, sizeof(*results));
	if (after)
		after_err = after();

	pass = ksft_get_pass_cnt() + ksft_get_xfail_cnt();
	fail = ksft_get_fail_cnt() + ksft_get_xpass_cnt() + ksft_get_error_cnt();
	skip = ksft_get_xskip_cnt();
	ksft_print_cnts();
	status = kc_ksft_status(pass, fail, skip);
	if (after_err) {
		ksft_print_msg("FAILED: the clean-up after the last test failed\n");
		status = KSFT_FAIL;
	} else if (status == KSFT_FAIL) {
		ksft_print_msg("FAILED: %u of %u tests failed (%u passed, %u skipped)\n",
			       fail, tests, pass, skip);
	} else if (status == KSFT_SKIP) {
		ksft_print_msg("SKIPPED: all %u tests skipped\n", skip);
	} else {
		ksft_print_msg("PASSED: %u of %u tests passed (%u skipped)\n",
			       pass, tests, skip);
	}
	fflush(stdout);
	return status;
}

/*
 * In place of TEST_HARNESS_MAIN: the same constructor-order probe (the
 * harness lists tests in source order with it), and a main() that runs
 * them with kc_ksft_run().
 */
#define KC_HARNESS_MAIN(before, after)					\
	static void __attribute__((constructor))			\
	__constructor_order_last(void)					\
	{								\
		if (!__constructor_order)				\
			__constructor_order = _CONSTRUCTOR_ORDER_BACKWARD; \
	}								\
	int main(void)							\
	{								\
		exit(kc_ksft_run(before, after));			\
	}

#endif /* KC_KSFT_H */
