#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# `make lint` on the paths that are clean, so that they stay clean.
# scripts/kc-lint prints KTAP (one result per tool per directory); this
# test passes its output through.
#
# Not yet included, and why (see `make lint` for the findings):
#   checkpatch  core/            macro style (MACRO_ARG_REUSE, TRAILING_SEMICOLON,
#                                COMPLEX_MACRO), typedefs, volatile, pp.h's
#                                generated argument lists
#   abstractions/i2c.h, abstractions/regmap.h
#               new, being written: macro findings (COMPLEX_MACRO,
#               MACRO_ARG_REUSE, TRAILING_SEMICOLON); likewise the new
#               helpers/{gpio,i2c}.h and drivers/regulator/ (a long line).
#               A file joins the list below once `make lint` passes on it.
#   checkpatch  selftests/sim    one MACRO_ARG_REUSE in debugfs.c
#   checkpatch  selftests/ktest  code indent, spin_is_locked asserts, macros
#   kernel-doc  core/            "Cannot parse struct" for the result types
#                                of error.h, "contents before sections"
#   sparse      drivers/ samples/ selftests/ktest/
#                                "bad constant expression" at KC_MODULE():
#                                sparse cannot evaluate core/module.h's
#                                static_assert(__builtin_strcmp(...))
#   W=1         covered by the build tier of `make check`
#   sparse      core/ abstractions/ helpers/ selftests/sim are clean, but a
#               sparse build takes minutes: `make lint` runs it
top=$(cd "$(dirname "$0")/../.." && pwd)

if [ ! -f "$top/build/ksft/scripts/checkpatch.pl" ]; then
	echo "KTAP version 1"
	echo "1..1"
	echo "ok 1 lint # SKIP no checkpatch.pl: run scripts/kc-setup"
	exit 4
fi
exec "$top/scripts/kc-lint" --tools checkpatch,kernel-doc \
	abstractions/phy.h helpers/phy.h helpers/export.h drivers/net/phy samples
