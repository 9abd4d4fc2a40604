#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# What kcrate promises the compiler refuses (selftests/ktest/compile-fail),
# against the default kernel's headers.
top=$(cd "$(dirname "$0")/../.." && pwd)
kdir=$("$top/scripts/kc-kernel" | sed -n 's/^KC_KDIR=//p')
[ -n "$kdir" ] || { echo "# SKIP no default kernel headers"; exit 4; }
exec sh "$top/selftests/ktest/compile-fail.sh" "$kdir"
