#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# What CI runs (`make check`, scripts/kc-check's CI plan) must build every
# kernel of the matrix and run its guest tests, and every tier on the
# default kernel; KERNELS=all must stay the full matrix; and .ci/run must
# run the README's test command with nothing that turns a tier into a skip.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
cd "$top" || exit 1

ktap_header 4

all_tiers="build guest-ours guest-upstream faults-ours faults-upstream"
default=$(scripts/kc-kernel --default)
# The CI plan is the one without KC_TIERS (make check-quick sets it).
ci=$(KC_TIERS='' scripts/kc-check --plan)
bad=
for k in $(scripts/kc-kernel --all); do
	tiers=$(echo "$ci" | sed -n "s/^$k: //p")
	case " $tiers " in *" build "*) ;; *) bad="$bad $k" ;; esac
	case " $tiers " in *" guest-ours "*) ;; *) bad="$bad $k" ;; esac
done
if [ -z "$bad" ] && [ -n "$ci" ]; then
	ktap_result ok "CI plan: every kernel of the matrix is built and tested in a guest"
else
	echo "$ci" | sed 's/^/# /'
	ktap_result fail "CI plan: every kernel of the matrix is built and tested in a guest" "$bad"
fi

if [ "$(echo "$ci" | sed -n "s/^$default: //p")" = "$all_tiers" ]; then
	ktap_result ok "CI plan: every tier on the default kernel ($default)"
else
	echo "$ci" | sed 's/^/# /'
	ktap_result fail "CI plan: every tier on the default kernel ($default)"
fi

full=$(KC_TIERS='' scripts/kc-check --plan all | sed 's/^[^:]*: //' | sort -u)
if [ "$full" = "$all_tiers" ]; then
	ktap_result ok "KERNELS=all: every tier on every kernel"
else
	echo "# $full"
	ktap_result fail "KERNELS=all: every tier on every kernel"
fi

# The README's first code block: the main job, then the test command.
readme=$(sed -n '/^```sh/,/^```/{/^make/p}' README.md | sed -n '2s/^\(make[^#]*[^ #]\) *#.*/\1/p')
run=$(grep -v '^[[:space:]]*#' .ci/run)
if [ "$readme" = "make check" ] && echo "$run" | grep -qx "$readme" &&
	! echo "$run" | grep -q 'KC_BUDGET\|KERNELS='; then
	ktap_result ok ".ci/run runs the README's test command, with no time budget"
else
	echo "# README's command: '$readme'"
	ktap_result fail ".ci/run runs the README's test command, with no time budget"
fi

ktap_finish
