// SPDX-License-Identifier: GPL-2.0
/*
 * kc_bench: in-kernel microbenchmarks of kcrate against the raw kernel API.
 *
 * 1. A PHY register read through kcrate (kc_phy_read() on a struct kc_phy)
 *    against phy_read() on the struct phy_device, on the simulated board's
 *    PHY (bus @bus, address @addr).
 * 2. Filling and reading a vector: kcrate's kc_vec_u32 (push, bounds-checked
 *    get) against a hand-written krealloc'ed array with the same growth
 *    and the same bounds check.
 *
 * 3. With what=callbacks, instead: the callbacks of whichever PHY driver is
 *    bound there, called as phylib calls them (through phydev->drv, with
 *    phydev->lock held): read_status and link_change_notify. Loaded once
 *    with each driver bound in turn (selftests/guest/bench.sh), this times
 *    the drivers' own code on the link-up and poll path, which a link-up
 *    time, 95 % phylib's sleeps, cannot resolve.
 *
 * Each measurement is @iters operations, repeated @runs times alternating
 * the two variants; the median of the runs is reported in ns per operation,
 * with the ratio kcrate/raw, on one "kc_bench:" line each (a callback: its
 * median alone). This is a benchmark: it reports, it does not judge.
 * Loading always fails with -EAGAIN once the figures are printed, so
 * nothing stays loaded.
 *
 * Test infrastructure: uses the raw kernel API on purpose (it is the
 * baseline).
 */
#define pr_fmt(fmt) "kc_bench: " fmt

#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/phy.h>
#include <linux/slab.h>
#include <linux/sort.h>

#include <abstractions/phy.h>
#include <core/alloc.h>
#include <core/context.h>

static char *bus = "kc_phy_sim-0";
module_param(bus, charp, 0444);
MODULE_PARM_DESC(bus, "MDIO bus id of the simulated board");
static int addr = 1;
module_param(addr, int, 0444);
MODULE_PARM_DESC(addr, "PHY address on that bus");
static unsigned int iters = 20000;
module_param(iters, uint, 0444);
MODULE_PARM_DESC(iters, "operations per run");
static unsigned int runs = 15;
module_param(runs, uint, 0444);
MODULE_PARM_DESC(runs, "runs per variant (the median is reported)");
static char *what = "api";
module_param(what, charp, 0444);
MODULE_PARM_DESC(what, "api: kcrate against the raw API; callbacks: the bound PHY driver's callbacks");

#define KC_BENCH_MAX_RUNS	31

static int cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static u64 median(u64 *v, unsigned int n)
{
	sort(v, n, sizeof(*v), cmp_u64, NULL);
	return v[n / 2];
}

/*
 * The median of kc[r] / raw[r], in thousandths: each pair ran back to back,
 * so the load of a shared machine, which drifts between runs, cancels out.
 * Call before median(), which sorts the arrays.
 */
static u64 paired_ratio(const u64 *raw, const u64 *kc, unsigned int n)
{
	u64 q[KC_BENCH_MAX_RUNS];
	unsigned int r;

	for (r = 0; r < n; r++)
		q[r] = raw[r] ? div64_u64(kc[r] * 1000, raw[r]) : 0;
	return median(q, n);
}

/*
 * Prints "name: raw X.XX ns, kcrate Y.YY ns, ratio R.RRR, paired ratio
 * P.PPP" from picoseconds and the paired ratio in thousandths.
 */
static void report(const char *name, u64 raw_ps, u64 kc_ps, u64 paired)
{
	u64 ratio = raw_ps ? div64_u64(kc_ps * 1000, raw_ps) : 0;

	pr_info("%s: raw %llu.%02llu ns, kcrate %llu.%02llu ns, ratio %llu.%03llu, paired ratio %llu.%03llu (median of %u runs of %u)\n",
		name, div_u64(raw_ps, 1000), div_u64(raw_ps % 1000, 10),
		div_u64(kc_ps, 1000), div_u64(kc_ps % 1000, 10),
		div_u64(ratio, 1000), ratio % 1000, div_u64(paired, 1000), paired % 1000,
		runs, iters);
}

static noinline __kc_might_sleep u64 run_phy_raw(struct phy_device *phydev, u32 *sum)
{
	u64 t0 = ktime_get_ns();
	unsigned int i;
	int ret;

	for (i = 0; i < iters; i++) {
		ret = phy_read(phydev, MII_BMSR);
		if (ret < 0)
			return 0;
		*sum += ret;
	}
	return ktime_get_ns() - t0;
}

static noinline __kc_might_sleep u64 run_phy_kc(struct kc_phy *phy, u32 *sum)
{
	u64 t0 = ktime_get_ns();
	unsigned int i;

	for (i = 0; i < iters; i++) {
		u16 v;

		if (kc_unwrap(v, kc_phy_read(phy, KC_C22_BMSR)))
			return 0;
		*sum += v;
	}
	return ktime_get_ns() - t0;
}

/* The PHY at @bus:@addr; the caller puts *@mii's device. */
static struct phy_device *find_phy(struct mii_bus **mii)
{
	struct phy_device *phydev;

	*mii = mdio_find_bus(bus);
	if (!*mii) {
		pr_err("no MDIO bus %s\n", bus);
		return NULL;
	}
	phydev = mdiobus_get_phy(*mii, addr);
	if (!phydev) {
		pr_err("no PHY at %s:%02x\n", bus, addr);
		put_device(&(*mii)->dev);
	}
	return phydev;
}

static __kc_might_sleep int bench_phy(void)
{
	u64 raw[KC_BENCH_MAX_RUNS], kc[KC_BENCH_MAX_RUNS];
	struct phy_device *phydev;
	struct mii_bus *mii;
	unsigned int r;
	u64 paired;
	u32 sum = 0;

	phydev = find_phy(&mii);
	if (!phydev)
		return -ENODEV;
	/* Alternate which variant goes first, so drift hits both alike. */
	for (r = 0; r < runs; r++) {
		if (r & 1) {
			kc[r] = run_phy_kc(kc_unsafe_from_phydev(phydev), &sum);
			raw[r] = run_phy_raw(phydev, &sum);
		} else {
			raw[r] = run_phy_raw(phydev, &sum);
			kc[r] = run_phy_kc(kc_unsafe_from_phydev(phydev), &sum);
		}
	}
	put_device(&mii->dev);
	paired = paired_ratio(raw, kc, runs);
	if (!median(raw, runs) || !median(kc, runs)) {
		pr_err("a PHY read failed\n");
		return -EIO;
	}
	report("phy_read", div_u64(median(raw, runs) * 1000, iters),
	       div_u64(median(kc, runs) * 1000, iters), paired);
	pr_debug("checksum %u\n", sum);
	return 0;
}

/* The hand-written vector: the growth and bounds check kc_vec has. */
struct plain_vec {
	u32 *data;
	size_t len, cap;
};

static noinline __kc_might_sleep int plain_push(struct plain_vec *v, u32 val)
{
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 4;
		u32 *data = krealloc(v->data, array_size(cap, sizeof(*data)), GFP_KERNEL);

		if (!data)
			return -ENOMEM;
		v->data = data;
		v->cap = cap;
	}
	v->data[v->len++] = val;
	return 0;
}

static noinline __kc_might_sleep u64 run_vec_plain(u32 *sum)
{
	struct plain_vec v = { };
	u64 t0 = ktime_get_ns();
	unsigned int i;

	for (i = 0; i < iters; i++)
		if (plain_push(&v, i))
			break;
	for (i = 0; i < iters; i++)
		*sum += i < v.len ? v.data[i] : 0;
	kfree(v.data);
	return ktime_get_ns() - t0;
}

static noinline __kc_might_sleep u64 run_vec_kc(u32 *sum)
{
	struct kc_vec_u32 v __kc_free(kc_vec_u32) = KC_VEC_INIT;
	u64 t0 = ktime_get_ns();
	unsigned int i;
	u32 e;

	for (i = 0; i < iters; i++)
		if (kc_vec_u32_push(&v, i, GFP_KERNEL))
			break;
	for (i = 0; i < iters; i++)
		*sum += kc_vec_u32_get(&v, i, &e) ? 0 : e;
	kc_vec_u32_clear(&v);
	return ktime_get_ns() - t0;
}

static __kc_might_sleep void bench_vec(void)
{
	u64 raw[KC_BENCH_MAX_RUNS], kc[KC_BENCH_MAX_RUNS], paired;
	unsigned int r;
	u32 sum = 0;

	for (r = 0; r < runs; r++) {
		if (r & 1) {
			kc[r] = run_vec_kc(&sum);
			raw[r] = run_vec_plain(&sum);
		} else {
			raw[r] = run_vec_plain(&sum);
			kc[r] = run_vec_kc(&sum);
		}
	}
	paired = paired_ratio(raw, kc, runs);
	report("vec_push_get", div_u64(median(raw, runs) * 1000, iters),
	       div_u64(median(kc, runs) * 1000, iters), paired);
	pr_debug("checksum %u\n", sum);
}

/*
 * @iters calls of the bound driver's read_status, or of its
 * link_change_notify (@notify), under phydev->lock as phylib makes them; the
 * ns they took, 0 if one failed or, for link_change_notify, if the PHY is
 * in PHY_NOLINK, where the AX88772A's re-initialises the PHY (a reset with
 * its 50 ms sleep, not a callback's cost).
 */
static noinline __kc_might_sleep u64 run_callback(struct phy_device *phydev, bool notify)
{
	unsigned int i;
	int ret = 0;
	u64 t0, t;

	mutex_lock(&phydev->lock);
	if (notify && phydev->state == PHY_NOLINK) {
		mutex_unlock(&phydev->lock);
		return 0;
	}
	t0 = ktime_get_ns();
	for (i = 0; i < iters && !ret; i++) {
		if (notify)
			phydev->drv->link_change_notify(phydev);
		else
			ret = phydev->drv->read_status(phydev);
	}
	t = ktime_get_ns() - t0;
	mutex_unlock(&phydev->lock);
	return ret ? 0 : t;
}

static __kc_might_sleep int time_callbacks(struct phy_device *phydev)
{
	static const char *const names[] = { "read_status", "link_change_notify" };
	u64 t[KC_BENCH_MAX_RUNS], ps;
	unsigned int c, r;

	for (c = 0; c < ARRAY_SIZE(names); c++) {
		if (c ? !phydev->drv->link_change_notify : !phydev->drv->read_status) {
			pr_info("callback %s: none (%s)\n", names[c], phydev->drv->name);
			continue;
		}
		for (r = 0; r < runs; r++) {
			t[r] = run_callback(phydev, c);
			if (!t[r]) {
				pr_err("callback %s failed or found the PHY in PHY_NOLINK\n",
				       names[c]);
				return -EIO;
			}
		}
		ps = div_u64(median(t, runs) * 1000, iters);
		pr_info("callback %s: %llu.%02llu ns (median of %u runs of %u, %s)\n", names[c],
			div_u64(ps, 1000), div_u64(ps % 1000, 10), runs, iters, phydev->drv->name);
	}
	return 0;
}

static __kc_might_sleep int bench_callbacks(void)
{
	struct phy_device *phydev;
	struct mii_bus *mii;
	int err = -ENODEV;

	phydev = find_phy(&mii);
	if (!phydev)
		return -ENODEV;
	if (phydev->drv)
		err = time_callbacks(phydev);
	else
		pr_err("no driver bound to %s:%02x\n", bus, addr);
	put_device(&mii->dev);
	return err;
}

static __kc_might_sleep int __init kc_bench_init(void)
{
	int err;

	if (!runs || runs > KC_BENCH_MAX_RUNS || !iters) {
		pr_err("runs must be 1..%d and iters at least 1\n", KC_BENCH_MAX_RUNS);
		return -EINVAL;
	}
	if (!strcmp(what, "callbacks")) {
		err = bench_callbacks();
		return err ? err : -EAGAIN;
	}
	if (strcmp(what, "api")) {
		pr_err("what=%s: expected api or callbacks\n", what);
		return -EINVAL;
	}
	err = bench_phy();
	if (err)
		return err;
	bench_vec();
	return -EAGAIN;
}
module_init(kc_bench_init);

MODULE_DESCRIPTION("kcrate microbenchmarks against the raw kernel API");
MODULE_LICENSE("GPL");
