#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The layering rule of kcrate: drivers and samples use kcrate's
# abstractions, never the raw kernel API; kernel version tests live in
# helpers/ (feature probes) and nowhere else.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
cd "$top" || exit 1

ktap_header 14
# The driver rules (scripts/kc-driver-check): no raw kernel API, no escape
# hatch, no pointer conversion, no private kcrate name, no goto, cleanup
# variables initialised and kc_box's on pointers.
hits=$(scripts/kc-driver-check drivers samples)
if [ -z "$hits" ]; then
	ktap_result ok "drivers/ and samples/ follow the driver rules"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "drivers/ and samples/ follow the driver rules"
fi

# Each rule can fail: a fixture with every misuse once (five conversions,
# three raw uses: a hand-written id table, a phy_device, a genphy_*;
# for cleanup: a bare declaration, kc_box's on a long, a second value, a
# release by hand and a borrowed reference; for context: calls the context
# checker does not know, lock_it(), cb() and rtnl_lock(), beside a sleeper
# and a printk it knows), and a comment that names two of them.
fixture=$(mktemp -d)
cat >"$fixture/d.c" <<'EOF_FIXTURE'
/* kmalloc() and goto in a comment */
static const struct mdio_device_id ids[] = { { 0x003b1881, 0xffffffff }, { } };
static int f(struct kc_phy *phy, int x, ...)
{
	struct phy_device *raw = kc_unsafe_raw_phydev(phy);
	struct kc_i2c *a = (struct kc_i2c *)phy;
	void *v = phy;
	union { struct kc_phy *p; struct kc_i2c *i; } u;
	struct foo *p __kc_free(foo);
	long n __kc_free(kc_box) = x;
	u8 *b __kc_free(kc_box) = kc_box_new(u8, GFP_KERNEL);
	struct device *d __kc_ref(dev_ref) = phy_dev;
	va_list ap;

	b = kc_box_new(u8, GFP_KERNEL);
	kc_box_free(b);

	memcpy(&a, &phy, sizeof(a));
	a = va_arg(ap, struct kc_i2c *);
	int (*cb)(struct kc_phy *phy) = kc_phy_init_hw;
	kc_class_spinlock_t g = lock_it(x);

	if (x)
		goto out;
	kc_try(cb(phy));
	rtnl_lock();
	msleep(1);
	pr_info("known: a sleeper and an atomic-safe call\n");
	return __KC_VTABLE_TRAMPOLINE(kc_phy_ops, soft_reset, f)(raw) + !genphy_resume;
}

static __kc_might_sleep bool
handle_interrupt(struct kc_phy *phy)
{
	kc_try(kc_phy_init_hw(phy));
	return true;
}
EOF_FIXTURE
found=$(scripts/kc-driver-check "$fixture")
for want in raw:3 unsafe:1 convert:5 private:2 indirect:1 try:1 goto:1 context:3 cleanup:5; do
	r=${want%:*}
	if [ "$(echo "$found" | grep -c ": $r: ")" = "${want#*:}" ]; then
		ktap_result ok "the driver check's rule $r refuses its fixture lines, not a comment"
	else
		echo "$found" | sed 's/^/# got: /'
		ktap_result fail "the driver check's rule $r refuses its fixture lines, not a comment"
	fi
done
rm -rf "$fixture"

# Everywhere, not only in drivers: the bad variants of the compile-fail
# cases are misuse on purpose, each refused by the compiler.
hits=$(scripts/kc-cleanup-check $( (git ls-files '*.c' '*.h' 2>/dev/null || find core abstractions \
	drivers samples selftests -name '*.[ch]') | grep -v '^selftests/ktest/compile-fail/'))
if [ -z "$hits" ]; then
	ktap_result ok "every cleanup variable is initialised in its declaration, kc_box's a pointer"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "every cleanup variable is initialised in its declaration, kc_box's a pointer"
fi

hits=$(grep -rnE 'LINUX_VERSION_CODE|KERNEL_VERSION\(' --include='*.c' --include='*.h' \
	core abstractions drivers samples selftests 2>/dev/null)
if [ -z "$hits" ]; then
	ktap_result ok "no kernel version test outside helpers/"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "no kernel version test outside helpers/"
fi

# The simulated board (selftests/sim, selftests/simgpio) and the emulated
# USB adapter (selftests/usb, its module sources: user/ is a user-space
# tool) are board drivers written on kcrate: no raw call where kcrate has an
# abstraction (platform devices and drivers, debugfs, MDIO buses, GPIO chips
# and lookup tables, locks, work and timers, device-managed actions,
# allocation, user copies, module entry and parameters, network devices
# and their PHY), no escape hatch and no goto. The USB gadget API
# (usb_ep_*, usb_function, the composite driver) has no kcrate abstraction:
# those calls are the adapter's own.
board_raw='\b(platform_(device|driver)_[a-z_]+|debugfs_[a-z_]+|(devm_)?mdiobus_[a-z_]+|(devm_)?gpiochip_[a-z_]+|gpiod_(add|remove)_lookup_table|(raw_)?spin_(un)?lock[a-z_]*|mutex_(un)?lock[a-z_]*|mutex_init|INIT_(DELAYED_)?WORK|(schedule|queue|cancel)_(delayed_)?work[a-z_]*|timer_setup|mod_timer|del_timer[a-z_]*|devm_add_action[a-z_]*|k[mz]alloc|kcalloc|kfree|copy_(from|to)_user|simple_(read_from_buffer|open)|module_(init|exit|param[a-z_]*)|alloc_netdev[a-z_]*|(un)?register_netdev|free_netdev|netdev_priv|SET_NETDEV_DEV|netif_carrier_(on|off)|eth_hw_addr_[a-z_]+|phy_(connect|disconnect|attach|detach|start|stop)[a-z_]*|dev_(kfree|consume)_skb[a-z_]*)\(|\bgoto\b|\bDEFINE_(MUTEX|SPINLOCK)\(|\bLIST_HEAD\('
board()		# DIR...: raw calls and escape hatches there, comments left out
{
	{
		grep -rnE "$board_raw" "$@" --include='*.c' --include='*.h' 2>/dev/null
		grep -rnE '\bkc_unsafe_[a-z0-9_]+' "$@" --include='*.c' --include='*.h' 2>/dev/null
	} | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(/?\*|//)'
}
hits=$(board selftests/sim selftests/simgpio selftests/usb/*.[ch])
if [ -z "$hits" ]; then
	ktap_result ok "the simulated board and USB adapter use kcrate's abstractions, no raw call they cover"
else
	echo "$hits" | sed 's/^/# /'
	ktap_result fail "the simulated board and USB adapter use kcrate's abstractions, no raw call they cover"
fi
fixture=$(mktemp -d)
printf '/* debugfs_create_file() in a comment */\nstatic char *chip = "a";\nmodule_param(chip, charp, 0444);\nstatic void f(struct s *s)\n{\n\tspin_lock_irqsave(&s->lock, fl);\n\tkc_unsafe_raw_device(s->dev);\n\tusb_ep_queue(s->ep, s->req, GFP_ATOMIC);\n\tgoto out;\n}\nmodule_init(f);\n' >"$fixture/bus.c"
printf 'static int g(struct s *s)\n{\n\ts->nd = alloc_netdev(0, "x", NET_NAME_USER, ether_setup);\n\tphy_connect_direct(s->nd, s->phy, NULL, PHY_INTERFACE_MODE_MII);\n\treturn register_netdev(s->nd);\n}\n' >"$fixture/netdev.c"
if [ "$(board "$fixture" | wc -l)" = 8 ]; then
	ktap_result ok "the board check refuses raw locks, netdev calls and module entry, escape hatches and goto; not comments or the gadget API"
else
	board "$fixture" | sed 's/^/# got: /'
	ktap_result fail "the board check refuses raw locks, netdev calls and module entry, escape hatches and goto; not comments or the gadget API"
fi
rm -rf "$fixture"
ktap_finish
