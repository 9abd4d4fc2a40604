#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The mutants of `make mutants` still apply: each FROM of
# selftests/mutants/mutants.list occurs in today's sources, so that a
# change to the driver or to abstractions/phy.h cannot quietly turn the
# mutation score into a list of errors. Applies each to a copy of its file;
# builds and runs nothing.
top=$(cd "$(dirname "$0")/../.." && pwd)
exec "$top/scripts/kc-mutants" --check
