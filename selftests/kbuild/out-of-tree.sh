#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kcrate as a library: `make install-dev` into a staging root, then the
# template driver (samples/out-of-tree/) copied to a folder of its own and
# built against KDIR with nothing from this tree but the installed files.
# Also: the installed files are not written to, kcrate's rules hold there
# too (a goto over a cleanup variable is refused), and `make clean` leaves
# nothing. Prints KTAP; exit 0 if all passed, 1 otherwise.
#
# usage: out-of-tree.sh KDIR [make arguments such as ARCH= CROSS_COMPILE=]
#        (7.x: run inside the sid chroot, as scripts/kc-check's build tier does)
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
kdir=$1
shift

# Under build/: the sid chroot sees the tree, not /tmp.
mkdir -p "$top/build"
work=$(mktemp -d "$top/build/kc-oot.XXXXXX")
trap 'rm -rf "$work"' EXIT
kcrate=$work/root/usr/share/kcrate
drv=$work/my-driver

# kmake DIR [args]: the template's Makefile against KDIR and the staged
# kcrate; its output in $work/make.log.
kmake()
{
	local d=$1
	shift
	make -C "$d" KDIR="$kdir" KCRATE="$kcrate" "$@" >"$work/make.log" 2>&1
}
tree_sum()	# what is installed, with contents
{
	(cd "$kcrate" && find . -type f | LC_ALL=C sort | xargs sha256sum)
}

ktap_header 5
if make -s -C "$top" install-dev DESTDIR="$work/root" PREFIX=/usr >"$work/make.log" 2>&1 &&
	cp -r "$kcrate/samples/out-of-tree" "$drv"; then
	ktap_result ok "make install-dev; the template copied out"
else
	sed 's/^/# /' "$work/make.log" | tail -n 10
	ktap_result fail "make install-dev; the template copied out"
	ktap_finish
fi
before=$(tree_sum)

if kmake "$drv" W=1 "$@" && [ -f "$drv/kc_example_phy.ko" ] &&
	! grep -q 'warning:' "$work/make.log" &&
	grep -aq 'alias=mdio:00001010000010111100000011010001' "$drv/kc_example_phy.ko"; then
	ktap_result ok "the template builds with W=1, no warning, with its PHY id alias"
else
	grep -E 'warning:|error:' "$work/make.log" | head -n 10 | sed 's/^/# /'
	tail -n 5 "$work/make.log" | sed 's/^/# /'
	ktap_result fail "the template builds with W=1, no warning, with its PHY id alias"
fi

if [ "$(tree_sum)" = "$before" ] && ls "$drv"/.kcrate/kc_features-*.h >/dev/null 2>&1; then
	ktap_result ok "the installed files are read only; the features are cached in .kcrate/"
else
	ktap_result fail "the installed files are read only; the features are cached in .kcrate/"
fi

# The same driver with a goto past a cleanup variable (kcrate.mk's flags).
cp -r "$drv" "$work/bad"
rm -f "$work/bad"/*.ko "$work/bad"/*.o
cat >>"$work/bad/kc_example_phy.c" <<'BAD'

int example_misuse(int fail);
int example_misuse(int fail)
{
	if (fail)
		goto out;
	{
		u32 *p __kc_free(kc_box) = kc_box_new(u32, GFP_KERNEL);

		if (!p)
			return -ENOMEM;
out:
		return fail;
	}
}
BAD
sed -i 's|#include <core/module.h>|&\n#include <core/alloc.h>|' "$work/bad/kc_example_phy.c"
if ! kmake "$work/bad" "$@" && grep -q 'jump skips variable initialization' "$work/make.log"; then
	ktap_result ok "a goto over a cleanup variable is refused out of tree too"
else
	grep -E 'error' "$work/make.log" | head -n 5 | sed 's/^/# /'
	ktap_result fail "a goto over a cleanup variable is refused out of tree too"
fi

if kmake "$drv" clean "$@" && [ ! -e "$drv/.kcrate" ] && [ ! -e "$drv/kc_example_phy.ko" ]; then
	ktap_result ok "make clean removes the module and the cached features"
else
	ls -a "$drv" | tr '\n' ' ' | sed 's/^/# /'
	echo
	ktap_result fail "make clean removes the module and the cached features"
fi
ktap_finish
