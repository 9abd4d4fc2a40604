#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Under `set -o pipefail`, `echo "$big" | grep -q PATTERN` is a race: grep
# leaves at its first match, the echo still writing gets SIGPIPE and the
# pipeline's status is 141, so the condition reads false although the text
# matched. A CI run failed the hang harness that way. The first result shows
# the race is real on this machine; the second keeps the pattern out of
# every bash script of ours that sets pipefail (a here-string cannot race).
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
cd "$top" || exit 1

ktap_header 2

# 256 KiB after the match: more than a pipe holds, so echo must still be
# writing when grep leaves.
st=$(bash -c 'set -o pipefail; big=$(printf "%0262144d" 0)
	out="match
$big"
	echo "$out" | grep -q match; echo $?')
if [ "$st" = 141 ]; then
	ktap_result ok "pipefail: echo | grep -q on a large text reads false (status 141)"
else
	echo "# status $st, 141 expected: the shell or grep behaves otherwise"
	ktap_result fail "pipefail: echo | grep -q on a large text reads false (status 141)"
fi

hits=$(grep -lE 'set -[a-z]*o pipefail|set -o pipefail' scripts/* .ci/run 2>/dev/null |
	xargs grep -nE '(echo|printf)[^|]*\| *grep -[a-zA-Z]*q' 2>/dev/null |
	grep -vE '^[^:]+:[0-9]+:[[:space:]]*#')
if [ -z "$hits" ]; then
	ktap_result ok "no pipefail script pipes echo into grep -q"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "no pipefail script pipes echo into grep -q"
fi
ktap_finish
