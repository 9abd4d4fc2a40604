#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# checkpatch --strict and kernel-doc on every C source we ship (kc-lint's
# default paths: core, abstractions, helpers, drivers, samples and every
# selftests directory, kernel modules and user-space programs alike), so
# that they stay clean. The findings kcrate accepts are listed, each with
# its reason, in scripts/kc-lint's waiver table, the only place.
# scripts/kc-lint prints KTAP (one result per tool per directory); this
# test passes its output through.
#
# sparse and W=1 are left to `make lint` (a sparse build takes minutes);
# W=1 is also the build tier of `make check`.
top=$(cd "$(dirname "$0")/../.." && pwd)

if [ ! -f "$top/build/ksft/scripts/checkpatch.pl" ]; then
	echo "KTAP version 1"
	echo "1..1"
	echo "ok 1 lint # SKIP no checkpatch.pl: run scripts/kc-setup"
	echo "# Totals: pass:0 fail:0 xfail:0 xpass:0 skip:1 error:0"
	exit 4
fi
exec "$top/scripts/kc-lint" --tools checkpatch,kernel-doc
