#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The layering rule of kcrate: drivers and samples use kcrate's
# abstractions, never the raw kernel API; kernel version tests live in
# helpers/ (feature probes) and nowhere else.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
cd "$top" || exit 1

raw='struct (phy_device|mii_bus|net_device|i2c_client|regmap|gpio_desc)\b|\b(__)?phy_(read|write|modify|set_bits|clear_bits)(_mmd|_paged)?\(|\bgenphy_[a-z0-9_]+\(|\bk[mvz]alloc\(|\bkfree\(|\bkcalloc\(|\bregmap_[a-z_]+\(|\bi2c_smbus_[a-z_]+\(|\bgpiod_[a-z_]+\(|\bmodule_(init|exit)\(|\bmodule_phy_driver\('

ktap_header 12
hits=$(grep -rnE "$raw" drivers samples --include='*.c' --include='*.h' 2>/dev/null)
if [ -z "$hits" ]; then
	ktap_result ok "drivers/ and samples/ use no raw kernel API"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "drivers/ and samples/ use no raw kernel API"
fi

# The escape hatches (kc_unsafe_*, core/handle.h) are for abstractions/
# and core/; a driver needs none.
hits=$(grep -rnE '\bkc_unsafe_[a-z0-9_]+' drivers samples --include='*.c' --include='*.h' 2>/dev/null)
if [ -z "$hits" ]; then
	ktap_result ok "drivers/ and samples/ use no kc_unsafe_ escape hatch"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "drivers/ and samples/ use no kc_unsafe_ escape hatch"
fi

# A handle is converted only by its abstraction: a driver writes no cast to
# a pointer type (which would turn a struct kc_phy * into any other type,
# raw or kcrate's) and no void pointer (through which C converts without a
# cast). What remains is a pointer copied with memcpy() or through a union.
casts()		# FILE-OR-DIR...: the pointer casts and void pointers there
{
	grep -rnE '\(\s*((const|volatile)\s+)*[A-Za-z_][A-Za-z0-9_]*(\s+[A-Za-z_][A-Za-z0-9_]*)*\s*\*+\s*(const\s*)?\)|\bvoid\s*\*' \
		"$@" --include='*.c' --include='*.h' 2>/dev/null
}
hits=$(casts drivers samples)
if [ -z "$hits" ]; then
	ktap_result ok "drivers/ and samples/ cast to no pointer type and use no void pointer"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "drivers/ and samples/ cast to no pointer type and use no void pointer"
fi
fixture=$(mktemp -d)
printf 'int f(struct kc_phy *phy)\n{\n\tstruct kc_i2c *a = (struct kc_i2c *)phy;\n\tvoid *v = phy;\n\tconst u8 *b = (const u8 * const)v;\n\n\treturn a && b;\n}\n' >"$fixture/d.c"
if [ "$(casts "$fixture" | wc -l)" = 3 ]; then
	ktap_result ok "the cast check refuses a handle cast, a void pointer and a byte-pointer cast"
else
	casts "$fixture" | sed 's/^/# got: /'
	ktap_result fail "the cast check refuses a handle cast, a void pointer and a byte-pointer cast"
fi
rm -rf "$fixture"

# A scope-cleanup variable is initialised where it is declared
# (scripts/kc-cleanup-check says why the compiler cannot be left to it).
hits=$(scripts/kc-cleanup-check $(git ls-files '*.c' '*.h' 2>/dev/null || find core abstractions \
	drivers samples selftests -name '*.[ch]'))
if [ -z "$hits" ]; then
	ktap_result ok "every cleanup variable is initialised in its declaration"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "every cleanup variable is initialised in its declaration"
fi
fixture=$(mktemp)
printf 'int f(int x)\n{\n\tstruct foo *p __kc_free(foo);\n\n\tif (x)\n\t\treturn 0;\n\treturn 1;\n}\n' >"$fixture"
if hits=$(scripts/kc-cleanup-check "$fixture") || [ "$hits" != "$fixture:3: cleanup variable declared without an initialiser" ]; then
	echo "# got: $hits"
	ktap_result fail "the cleanup check refuses a bare declaration"
else
	ktap_result ok "the cleanup check refuses a bare declaration"
fi
rm -f "$fixture"

hits=$(grep -rnE 'LINUX_VERSION_CODE|KERNEL_VERSION\(' --include='*.c' --include='*.h' \
	core abstractions drivers samples selftests 2>/dev/null)
if [ -z "$hits" ]; then
	ktap_result ok "no kernel version test outside helpers/"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "no kernel version test outside helpers/"
fi

# kcrate's private names (a leading __kc_ or __KC_: trampolines, result
# fields, slot tables) are for core/ and abstractions/. A driver names only
# the public attributes: __kc_free, __kc_ref, __kc_might_sleep,
# __kc_atomic_context. (Reaching a slot's trampoline by hand would put a
# callback in another slot than the one it was checked for.)
private()	# DIR...: the private names used there
{
	grep -rnoE '\b__(kc|KC)_[A-Za-z0-9_]+' "$@" --include='*.c' --include='*.h' 2>/dev/null |
		grep -vE ':(__kc_free|__kc_ref|__kc_might_sleep|__kc_atomic_context)$'
}
hits=$(private drivers samples)
if [ -z "$hits" ]; then
	ktap_result ok "drivers/ and samples/ use no private kcrate name"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "drivers/ and samples/ use no private kcrate name"
fi
fixture=$(mktemp -d)
printf 'KC_PHY_DRIVERS(d) = { {\n\t.config_aneg = __KC_VTABLE_TRAMPOLINE(kc_phy_ops, soft_reset, f),\n} };\nstatic int g(void) __kc_context_unchecked;\n' >"$fixture/d.c"
if [ "$(private "$fixture" | wc -l)" = 2 ]; then
	ktap_result ok "the private-name check refuses a trampoline named by hand and a suppression"
else
	private "$fixture" | sed 's/^/# got: /'
	ktap_result fail "the private-name check refuses a trampoline named by hand and a suppression"
fi
rm -rf "$fixture"

hits=$(grep -rlnE '^[[:space:]]*goto[[:space:]]' drivers samples --include='*.c' 2>/dev/null)
if [ -z "$hits" ]; then
	ktap_result ok "drivers/ and samples/ contain no goto"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "drivers/ and samples/ contain no goto"
fi
# The simulated board (selftests/sim, selftests/simgpio) is a board driver
# written on kcrate: no raw call where kcrate has an abstraction (platform
# devices and drivers, debugfs, MDIO buses, GPIO chips and lookup tables,
# locks, work and timers, device-managed actions, allocation, user copies)
# and no goto. The escape hatches are allowed in netdev.c alone: the
# simulated MAC, for which kcrate has no net_device abstraction.
board_raw='\b(platform_(device|driver)_[a-z_]+|debugfs_[a-z_]+|(devm_)?mdiobus_[a-z_]+|(devm_)?gpiochip_[a-z_]+|gpiod_(add|remove)_lookup_table|(raw_)?spin_(un)?lock[a-z_]*|mutex_(un)?lock[a-z_]*|mutex_init|INIT_(DELAYED_)?WORK|(schedule|queue|cancel)_(delayed_)?work[a-z_]*|timer_setup|mod_timer|del_timer[a-z_]*|devm_add_action[a-z_]*|k[mz]alloc|kcalloc|kfree|copy_(from|to)_user|simple_(read_from_buffer|open))\(|\bgoto\b|\bDEFINE_(MUTEX|SPINLOCK)\(|\bLIST_HEAD\('
board()		# DIR...: raw calls and escape hatches there, comments left out
{
	{
		grep -rnE "$board_raw" "$@" --include='*.c' --include='*.h' 2>/dev/null
		grep -rnE '\bkc_unsafe_[a-z0-9_]+' "$@" --include='*.c' --include='*.h' 2>/dev/null |
			grep -v '/netdev\.c:'
	} | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(/?\*|//)'
}
hits=$(board selftests/sim selftests/simgpio)
if [ -z "$hits" ]; then
	ktap_result ok "the simulated board uses kcrate's abstractions, no raw call they cover"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "the simulated board uses kcrate's abstractions, no raw call they cover"
fi
fixture=$(mktemp -d)
printf '/* debugfs_create_file() in a comment */\nstatic void f(struct s *s)\n{\n\tspin_lock_irqsave(&s->lock, fl);\n\tkc_unsafe_raw_device(s->dev);\n\tgoto out;\n}\n' >"$fixture/bus.c"
if [ "$(board "$fixture" | wc -l)" = 3 ]; then
	ktap_result ok "the board check refuses a raw lock, an escape hatch and a goto, not a comment"
else
	board "$fixture" | sed 's/^/# got: /'
	ktap_result fail "the board check refuses a raw lock, an escape hatch and a goto, not a comment"
fi
rm -rf "$fixture"
ktap_finish
