#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The documentation builds with Sphinx, warnings as errors (make htmldocs),
# into a scratch directory. Skips when Sphinx is not installed.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"

ktap_header 1
if ! command -v sphinx-build >/dev/null 2>&1; then
	ktap_result skip "htmldocs: Sphinx build with -W" "sphinx-build not installed"
	ktap_finish
fi
eval "$("$top/scripts/kc-kernel" 2>/dev/null)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ktap_check "htmldocs: Sphinx build with -W" \
	env KC_KERNELDOC="${KC_KDIR:-}/scripts/kernel-doc" \
	sphinx-build -W -q -b html -d "$out/.doctrees" "$top/Documentation" "$out/html"
ktap_finish
