#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kcrate builds the way every out-of-tree module does, from a copy of the
# git-tracked sources (no build artifact of this tree inside):
#   - `make -C $KDIR M=$PWD`, kbuild alone (DKMS, Yocto): the features are
#     probed from ./Kbuild, and only the product modules are built;
#   - `make` without KDIR: the running kernel's build tree, shown with a
#     private mount of /lib/modules in which $(uname -r)/build is the
#     default kernel's headers; KERNEL_SRC= (Yocto) the same;
#   - the probe cache is keyed by the kernel tree's identity, not its path;
#   - a broken KDIR is an error that says why, never "every feature absent";
#   - `make modules_install` installs the product and nothing else.
# Nothing is installed on or loaded into this machine.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"

ktap_header 14
eval "$("$top/scripts/kc-kernel" 2>/dev/null)"
[ -f "${KC_KDIR:-}/Makefile" ] || ktap_skip_all "no default kernel headers (make setup)"
command -v git >/dev/null && git -C "$top" rev-parse --git-dir >/dev/null 2>&1 ||
	ktap_skip_all "not a git checkout"

work=$(mktemp -d "$top/build/kc-kbuild.XXXXXX")
trap 'rm -rf "$work"' EXIT
copy()	# DIR: the git-tracked sources
{
	mkdir -p "$1"
	git -C "$top" ls-files -z | (cd "$top" && xargs -0 cp -a --parents -t "$1")
}
vermagic()	# KO
{
	modinfo -F vermagic "$1" 2>/dev/null | cut -d' ' -f1
}
# A second kernel: a copy of the default's build tree under another
# release (the module's vermagic tells them apart).
other() # DIR
{
	cp -a "$(realpath "$KC_KDIR")" "$1"
	for l in scripts tools; do
		[ -L "$1/$l" ] && ln -sfn "$(realpath "$KC_KDIR/$l")" "$1/$l"
	done
	echo "$KC_KVER-kctest" >"$1/include/config/kernel.release"
	echo "#define UTS_RELEASE \"$KC_KVER-kctest\"" >"$1/include/generated/utsrelease.h"
}
product="core/kcrate.ko samples/kc_minimal.ko drivers/net/phy/ax88796b.ko drivers/regulator/ncv6336.ko"

# 1-2. kbuild alone.
copy "$work/a"
if make -C "$KC_KDIR" M="$work/a" -j2 >"$work/a.log" 2>&1 &&
	(cd "$work/a" && ls $product >/dev/null); then
	ktap_result ok "make -C \$KDIR M=\$PWD builds the product modules"
else
	tail -n 20 "$work/a.log" | sed 's/^/# /'
	ktap_result fail "make -C \$KDIR M=\$PWD builds the product modules"
fi
tests=$(cd "$work/a" && find selftests -name '*.ko')
if [ -z "$tests" ] && [ "$(vermagic "$work/a/drivers/net/phy/ax88796b.ko")" = "$KC_KVER" ]; then
	ktap_result ok "no test module without KC_TEST_MODULES=y; vermagic $KC_KVER"
else
	echo "# test modules built: $tests" | tr '\n' ' '; echo
	ktap_result fail "no test module without KC_TEST_MODULES=y; vermagic $KC_KVER"
fi

# The compilation database of that build is usable: one entry per C file
# compiled, and the driver's, run as it says with -fsyntax-only, compiles.
"$top/scripts/kc-compile-commands" --kdir "$KC_KDIR" "$work/a" "$work/cc.json" >/dev/null
if python3 - "$work/cc.json" "$work/a" <<'EOF'
import json, os, subprocess, sys
db, tree = json.load(open(sys.argv[1])), sys.argv[2]
cmds = [n for d, _, ns in os.walk(tree) for n in ns
        if n.endswith(".o.cmd") and not n.endswith(".mod.o.cmd") and
        os.path.exists(os.path.join(d, n[1:-len(".o.cmd")] + ".c"))]
srcs = [e["file"] for e in db]
drv = [e for e in db if e["file"].endswith("drivers/net/phy/ax88796b.c")]
if len(drv) != 1 or sorted(set(srcs)) != sorted(srcs) or len(srcs) != len(cmds):
    sys.exit("# entries: %d for %d .o.cmd files, driver: %d" % (len(srcs), len(cmds), len(drv)))
args = [a for a in drv[0]["arguments"] if not a.startswith("-Wp,")]
i = args.index("-o")
args[i:i + 2] = []
sys.exit(subprocess.call(args + ["-fsyntax-only"], cwd=drv[0]["directory"]))
EOF
then
	ktap_result ok "compile_commands.json: one entry per file; the driver's compiles as it says"
else
	ktap_result fail "compile_commands.json: one entry per file; the driver's compiles as it says"
fi

# 3. The same kernel again: the cached answers, no second probe.
make -C "$KC_KDIR" M="$work/a" >"$work/a2.log" 2>&1
if ! grep -q PROBE "$work/a2.log" && [ "$(ls "$work/a/helpers/generated" | wc -l)" = 1 ]; then
	ktap_result ok "a second build against the same kernel does not probe again"
else
	sed 's/^/# /' "$work/a2.log" | head -n 5
	ktap_result fail "a second build against the same kernel does not probe again"
fi

# 4-5. Identity, not path: one link moved to another kernel and back.
probe()	# KDIR: the cached header's name; the probe's messages in $work/probe.log
{
	"$top/helpers/probe.sh" --cache "$work/cache" "$1" 2>"$work/probe.log"
}
ln -sfn "$KC_KDIR" "$work/kdir"
h1=$(probe "$work/kdir")
other "$work/kdir-other"
ln -sfn "$work/kdir-other" "$work/kdir"
h2=$(probe "$work/kdir")
p2=$(grep -c PROBE "$work/probe.log")
if [ -n "$h1" ] && [ -n "$h2" ] && [ "$h1" != "$h2" ] && [ "$p2" = 1 ] && [ -s "$h2" ]; then
	ktap_result ok "another kernel under the same path is probed again"
else
	echo "# $h1 / $h2, probes run: $p2"
	ktap_result fail "another kernel under the same path is probed again"
fi
ln -sfn "$KC_KDIR" "$work/kdir"
h3=$(probe "$work/kdir")
h4=$(probe "$KC_KDIR")
if [ "$h3" = "$h1" ] && [ "$h4" = "$h1" ] && ! grep -q PROBE "$work/probe.log"; then
	ktap_result ok "the same kernel through another path uses the cached answers"
else
	echo "# $h1 / $h3 / $h4"
	ktap_result fail "the same kernel through another path uses the cached answers"
fi

# 6-8. Broken trees: an error with its reason.
mkdir -p "$work/empty" "$work/unconfigured"
echo 'all:' >"$work/unconfigured/Makefile"
out=$(make -C "$work/a" KDIR="$work/empty" 2>&1)
rc=$?
if [ $rc -ne 0 ] && echo "$out" | grep -q "no kernel build tree at $work/empty"; then
	ktap_result ok "KDIR without a kernel: make fails and says so"
else
	echo "$out" | tail -n 5 | sed 's/^/# /'
	ktap_result fail "KDIR without a kernel: make fails and says so"
fi
out=$("$top/helpers/probe.sh" --cache "$work/cache" "$work/unconfigured" 2>&1)
rc=$?
if [ $rc -eq 1 ] && echo "$out" | grep -q "not a configured kernel tree"; then
	ktap_result ok "an unconfigured tree is an error, not 'no feature'"
else
	echo "$out" | tail -n 5 | sed 's/^/# /'
	ktap_result fail "an unconfigured tree is an error, not 'no feature'"
fi
out=$("$top/helpers/probe.sh" --cache "$work/cache2" "$KC_KDIR" CC=/bin/false 2>&1)
rc=$?
if [ $rc -eq 1 ] && echo "$out" | grep -q "only includes <linux/module.h> does not build" &&
	[ -z "$(ls "$work/cache2" 2>/dev/null)" ]; then
	ktap_result ok "a toolchain that builds nothing is an error, nothing cached"
else
	echo "$out" | tail -n 5 | sed 's/^/# /'
	ktap_result fail "a toolchain that builds nothing is an error, nothing cached"
fi

# 9-10. No KDIR: the running kernel's build tree, or KERNEL_SRC.
copy "$work/b"
mkdir -p "$work/lib-modules/$(uname -r)"
ln -s "$KC_KDIR" "$work/lib-modules/$(uname -r)/build"
if unshare -m sh -c 'mount --bind "$1" /lib/modules && make -C "$2" -j2' sh \
	"$work/lib-modules" "$work/b" >"$work/b.log" 2>&1 &&
	[ "$(vermagic "$work/b/drivers/net/phy/ax88796b.ko")" = "$KC_KVER" ]; then
	ktap_result ok "make without KDIR builds for /lib/modules/\$(uname -r)/build"
else
	tail -n 10 "$work/b.log" | sed 's/^/# /'
	ktap_result fail "make without KDIR builds for /lib/modules/\$(uname -r)/build"
fi
# make clean removes what the build made, and nothing under build/, where
# the kernels and the per-kernel trees live (kbuild's own clean would
# delete their .ko and .a files).
mkdir -p "$work/b/build/kernels/x"
touch "$work/b/build/kernels/x/kept.ko" "$work/b/build/kernels/x/kept.a"
make -C "$work/b" clean >"$work/clean.log" 2>&1 KDIR="$KC_KDIR"
left=$(cd "$work/b" && find . -path ./build -prune -o -type f \( -name '*.ko' -o -name '*.o' \
	-o -name '*.mod.c' -o -name '.*.cmd' \) -print | head -n 5)
if [ -z "$left" ] && [ -e "$work/b/build/kernels/x/kept.ko" ] &&
	[ -e "$work/b/build/kernels/x/kept.a" ] && [ ! -e "$work/b/helpers/generated" ]; then
	ktap_result ok "make clean removes the build's files and leaves build/ alone"
else
	echo "$left" | sed 's/^/# left: /'
	ls "$work/b/build/kernels/x" | sed 's/^/# build\/kernels\/x: /'
	ktap_result fail "make clean removes the build's files and leaves build/ alone"
fi
rm -rf "$work/b/build"
if make -C "$work/b" KERNEL_SRC="$work/kdir-other" -j2 >"$work/b2.log" 2>&1 &&
	[ "$(vermagic "$work/b/drivers/net/phy/ax88796b.ko")" = "$KC_KVER-kctest" ]; then
	ktap_result ok "KERNEL_SRC= is the kernel built against"
else
	tail -n 10 "$work/b2.log" | sed 's/^/# /'
	ktap_result fail "KERNEL_SRC= is the kernel built against"
fi

# 11. modules_install: the product and the modprobe.d file, nothing else.
make -C "$work/a" KDIR="$KC_KDIR" INSTALL_MOD_PATH="$work/root" modules_install >"$work/i.log" 2>&1
got=$(cd "$work/root" 2>/dev/null && find . -name '*.ko*' -o -name '*.conf' -path '*modprobe.d*' |
	sed 's|.*/||' | sort | tr '\n' ' ')
want="ax88796b.ko kc_minimal.ko kcrate.conf kcrate.ko ncv6336.ko "
if [ "$got" = "$want" ]; then
	ktap_result ok "modules_install installs the product modules and modprobe.d/kcrate.conf only"
else
	echo "# installed: $got"
	echo "# expected:  $want"
	ktap_result fail "modules_install installs the product modules and modprobe.d/kcrate.conf only"
fi
# 13. Secure Boot: a module signed with the kernel's sign-file and a key of
# one's own carries that signer (Documentation/vendor-kernels.rst).
if command -v openssl >/dev/null && [ -x "$KC_KDIR/scripts/sign-file" ]; then
	ko=$work/root/lib/modules/$KC_KVER/updates/drivers/net/phy/ax88796b.ko
	openssl req -new -x509 -newkey rsa:2048 -nodes -days 1 -outform DER \
		-subj "/CN=kcrate test signing key/" -keyout "$work/mok.priv" \
		-out "$work/mok.der" >/dev/null 2>&1 &&
		"$KC_KDIR/scripts/sign-file" sha256 "$work/mok.priv" "$work/mok.der" "$ko"
	signer=$(modinfo -F signer "$ko" 2>/dev/null)
	if [ "$signer" = "kcrate test signing key" ]; then
		ktap_result ok "sign-file signs the installed driver: signer '$signer'"
	else
		echo "# modinfo -F signer: '$signer'"
		ktap_result fail "sign-file signs the installed driver"
	fi
else
	ktap_result skip "sign-file signs the installed driver" "no openssl or no \$KDIR/scripts/sign-file"
fi
ktap_finish
