#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The guest tests' settings (Documentation/testing.rst, "Guest tests and
# their settings"): every area folder of selftests/guest/tests has a
# kselftest settings file whose lines kselftest's runner.sh can eval, with
# only the keys the runner knows and valid values; a per-test key names a
# test of its folder; no test script carries the old magic comments; test
# names are unique across folders. Then the runner's own kc_setting (taken
# from selftests/lib/runner.sh) reads what the folders say, on cases whose
# answer is known: a per-test value over the folder's, the folder's
# otherwise, a quoted value unquoted.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
tests=$top/selftests/guest/tests

ktap_header
ktap_plan 6

# settings_ok: print what is wrong with every folder's settings.
settings_ok()
{
	local d s line key value name t
	for d in "$tests"/*/; do
		s=${d}settings
		[ -f "$s" ] || { echo "${d#"$top/"}: no settings"; continue; }
		for t in "$d"*; do
			case "$t" in *.sh|*/settings) ;; *) echo "${t#"$top/"}: neither a test nor settings" ;; esac
		done
		grep -q '^tier=' "$s" || echo "${s#"$top/"}: no tier"
		grep -q '^drivers=' "$s" || echo "${s#"$top/"}: no drivers"
		grep -q '^timeout=' "$s" || echo "${s#"$top/"}: no timeout"
		while IFS= read -r line; do
			case "$line" in '#'*|'') continue ;; esac
			key=${line%%=*} value=${line#*=}
			[ "$key" != "$line" ] || { echo "${s#"$top/"}: not KEY=VALUE: $line"; continue; }
			name=$(printf '%s\n' "$key" | sed -E 's/^(timeout|tier|drivers|expect_warn)(_|$)//')
			if [ "$name" = "$key" ]; then
				echo "${s#"$top/"}: unknown key $key"
				continue
			fi
			if [ -n "$name" ] &&
			   ! ls "$d" | sed 's/\.sh$//' | tr - _ | grep -qx "$name"; then
				echo "${s#"$top/"}: $key names no test of the folder"
			fi
			# As kselftest's runner.sh reads it.
			out=$(sh -c "eval \"kselftest_\$1=\$2\" && eval \"printf '%s' \\\"\\\$kselftest_\$1\\\"\"" \
				sh "$key" "$value" 2>&1) ||
				{ echo "${s#"$top/"}: runner.sh could not eval: $line"; continue; }
			case "$key" in
			timeout*) case "$out" in ''|*[!0-9]*|0) echo "${s#"$top/"}: $key is not a positive number" ;; esac ;;
			tier*) case "$out" in main|faults) ;; *) echo "${s#"$top/"}: $key is $out, not main or faults" ;; esac ;;
			drivers*)
				[ -n "$out" ] || echo "${s#"$top/"}: $key is empty"
				for w in $out; do
					case "$w" in ours|upstream) ;; *) echo "${s#"$top/"}: $key names $w" ;; esac
				done ;;
			expect_warn*)
				grep -Eq -- "$out" </dev/null
				[ $? -ne 2 ] || echo "${s#"$top/"}: $key is not an extended regular expression" ;;
			esac
		done <"$s"
	done
}

bad=$(settings_ok)
[ -n "$bad" ] && printf '%s\n' "$bad" | sed 's|^|# |'
ktap_result "$([ -z "$bad" ] && echo ok || echo fail)" "every folder has valid settings"

bad=$(grep -ln '^# kc-\(drivers\|tier\|expect-warn\)' "$tests"/*/*.sh)
[ -n "$bad" ] && printf '# magic comment in %s\n' $bad
ktap_result "$([ -z "$bad" ] && echo ok || echo fail)" "no test script carries a magic comment"

dups=$(ls "$tests"/*/*.sh | xargs -n 1 basename | sort | uniq -d)
[ -n "$dups" ] && printf '# in two folders: %s\n' $dups
ktap_result "$([ -z "$dups" ] && echo ok || echo fail)" "test names are unique across folders"

# The runner's reader, as the guest runs it.
eval "$(sed -n '/^kc_setting()$/,/^}$/p' "$top/selftests/lib/runner.sh")"
command -v kc_setting >/dev/null || ktap_bail_out "runner.sh has no kc_setting()"
ktap_check "a per-test value comes before the folder's" \
	test "$(kc_setting "$tests/net/33-net-trace.sh" drivers)" = ours
ktap_check "a test without its own takes the folder's, unquoted" \
	test "$(kc_setting "$tests/net/30-net.sh" drivers)" = "ours upstream"
ktap_check "expect_warn is per test: 70 has it, 71 not" \
	sh -c '[ -n "$1" ] && [ -z "$2" ] && echo "WARNING: CPU: 0 PID: 1 at drivers/net/phy/phy.c:1234 phy_error" | grep -Eq -- "$1"' \
	sh "$(kc_setting "$tests/faults/70-fault-mdio.sh" expect_warn)" \
	"$(kc_setting "$tests/faults/71-fault-unplug.sh" expect_warn)"

ktap_finish
