# SPDX-License-Identifier: GPL-2.0
#
# The guest itself: the kernel under test, our modules present, the module
# tools working, the driver selection honoured.
. /kc/lib/guest.sh

ktap_header 4
ktap_check "kernel release matches the build" test -d "/lib/modules/$KC_KVER"
ktap_check "kcrate modules are in updates/" test -d "$KC_MODULES"
ktap_check "modprobe resolves libphy" modprobe -n libphy
if [ "$KC_DRIVER" = upstream ]; then
	ktap_check "modprobe resolves upstream $KC_PHY_MODULE" \
		sh -c "/usr/local/sbin/modprobe -n -v $KC_PHY_MODULE | grep -q /kernel/"
else
	ktap_result skip "modprobe resolves upstream ax88796b" "not the upstream run"
fi
ktap_finish
