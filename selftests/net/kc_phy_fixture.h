/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The fixture shared by kcrate's PHY selftests: it owns the netlink sockets
 * and the device under test (a simulated instance per test, or NETIF), and
 * one variant per PHY id with what upstream's driver
 * (drivers/net/phy/ax88796b.c) implements for that model.
 *
 * Pinned harness: kselftest_harness.h of linux-source-6.1. There a SKIP()
 * in FIXTURE_SETUP does not stop the test body and a failed ASSERT in setup
 * skips the teardown, so setup only records what went wrong and every test
 * body starts with KC_BEGIN(), which skips or fails with that record while
 * the teardown still runs.
 */
#ifndef KC_PHY_FIXTURE_H
#define KC_PHY_FIXTURE_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/if.h>
#include <linux/ethtool.h>
#include <linux/ethtool_netlink.h>

#include "kc_ksft.h"
#include "kc_nl.h"
#include "kc_sim.h"

FIXTURE(phy) {
	struct kc_nl nl;
	struct kc_dut dut;
	char setup_err[512];
};

FIXTURE_VARIANT(phy) {
	uint32_t phyid;
	int addr;
	const char *driver;	/* phy_driver.name */
	int transceiver;	/* XCVR_INTERNAL / XCVR_EXTERNAL */
	bool suspend;		/* .suspend = genphy_suspend */
	bool reinit_on_nolink;	/* .link_change_notify re-inits on PHY_NOLINK */
	bool bmcr_fallback;	/* .read_status takes speed/duplex from BMCR */
};

FIXTURE_VARIANT_ADD(phy, ax88772a) {
	.phyid = KC_PHYID_AX88772A,
	.addr = 1,
	.driver = "Asix Electronics AX88772A",
	.transceiver = XCVR_INTERNAL,
	.suspend = true,
	.reinit_on_nolink = true,
	.bmcr_fallback = true,
};

FIXTURE_VARIANT_ADD(phy, ax88772c) {
	.phyid = KC_PHYID_AX88772C,
	.addr = 16,
	.driver = "Asix Electronics AX88772C",
	.transceiver = XCVR_INTERNAL,
	.suspend = true,
};

FIXTURE_VARIANT_ADD(phy, ax88796b) {
	.phyid = KC_PHYID_AX88796B,
	.addr = 3,
	.driver = "Asix Electronics AX88796B",
	.transceiver = XCVR_EXTERNAL,
};

/*
 * KC_UNHANDLED: the PHY ids the driver under test does not handle
 * (upstream's before v5.11 knows the AX88796B only), from the guest's
 * kc_export_unhandled; their variants skip, with KC_UNHANDLED_BY naming the
 * driver. Writes the reason to why and returns true for such an id.
 */
static inline bool kc_unhandled(uint32_t phyid, char *why, size_t len)
{
	const char *list = getenv("KC_UNHANDLED");
	const char *by = getenv("KC_UNHANDLED_BY");
	char *end;

	while (list && *list) {
		unsigned long id = strtoul(list, &end, 0);

		if (end == list)
			break;
		if (id == phyid) {
			snprintf(why, len, "%s does not handle 0x%08x",
				 by && *by ? by : "the driver under test",
				 phyid);
			return true;
		}
		list = end;
	}
	return false;
}

/* Time for phylib's 1 Hz polling to notice a change, with TCG margin. */
#define KC_LINK_TIMEOUT_MS 6000

FIXTURE_SETUP(phy)
{
	char path[160], buf[64];
	int ret;

	/* Before creating anything: KC_BEGIN() skips, the teardown has none. */
	if (kc_unhandled(variant->phyid, self->dut.skip, sizeof(self->dut.skip)))
		return;
	ret = kc_dut_open(&self->dut, variant->phyid, variant->addr);
	if (ret < 0) {
		if (!self->dut.skip[0])
			snprintf(self->setup_err, sizeof(self->setup_err),
				 "creating the device under test: %s",
				 strerror(-ret));
		return;
	}
	ret = kc_nl_open(&self->nl);
	if (ret < 0) {
		snprintf(self->setup_err, sizeof(self->setup_err),
			 "netlink: %s: %s", self->nl.what, strerror(-ret));
		return;
	}
	ret = kc_rt_link_set_up(&self->nl, self->dut.ifindex, true);
	if (ret < 0) {
		snprintf(self->setup_err, sizeof(self->setup_err),
			 "ip link set %s up: %s %.200s", self->dut.ifname,
			 strerror(-ret), self->nl.extack);
		return;
	}
	if (!self->dut.sim) {
		/* A real board has one PHY: the other variants skip. */
		snprintf(path, sizeof(path), "%s/phy_id",
			 kc_phydev_dir(self->dut.ifname, buf, sizeof(buf)));
		if (kc_read_file(path, buf, sizeof(buf)) < 0)
			snprintf(self->dut.skip, sizeof(self->dut.skip),
				 "NETIF=%s has no phydev", self->dut.ifname);
		else if (strtoul(buf, NULL, 0) != variant->phyid)
			snprintf(self->dut.skip, sizeof(self->dut.skip),
				 "NETIF=%s has PHY id %.10s, not %s",
				 self->dut.ifname, buf,
				 kc_phy_model(variant->phyid));
		/*
		 * The previous test's teardown restored autonegotiation: let
		 * the link come back and phylib poll once more, so the test
		 * starts from a settled state (a board without a cable just
		 * has no carrier).
		 */
		if (!self->dut.skip[0]) {
			kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
					   KC_LINK_TIMEOUT_MS);
			kc_sleep_ms(1200);
		}
		return;
	}
	/* The simulated partner's link is up by default. */
	ret = kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
				 KC_LINK_TIMEOUT_MS);
	if (ret < 0)
		snprintf(self->setup_err, sizeof(self->setup_err),
			 "%s: no carrier after up: %s", self->dut.ifname,
			 strerror(-ret));
}

FIXTURE_TEARDOWN(phy)
{
	(void)variant;
	(void)_metadata;
	if (!self->dut.sim && self->nl.genl && self->dut.ifindex > 0 &&
	    !self->dut.skip[0]) {
		/* real board: back to autonegotiation of every supported mode */
		struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

		req.autoneg = AUTONEG_ENABLE;
		req.set_ours = true;
		kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_10baseT_Half_BIT);
		kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_10baseT_Full_BIT);
		kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_100baseT_Half_BIT);
		kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_100baseT_Full_BIT);
		req.ours_mask = req.ours_value;
		kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req);
		kc_rt_link_set_up(&self->nl, self->dut.ifindex, true);
	}
	kc_dut_close(&self->dut);
	kc_nl_close(&self->nl);
}

/*
 * SKIP with "<model>.<test>: " in front: the 6.1 harness's "ok N # SKIP"
 * line carries only the reason, not the test's name.
 */
#define KC_SKIP(fmt, ...)						\
	SKIP(return, "%s.%s: " fmt, kc_phy_model(variant->phyid),	\
	     _metadata->name, ##__VA_ARGS__)

/* First statement of every test body. */
#define KC_BEGIN() do {							\
	if (self->dut.skip[0])						\
		KC_SKIP("%s", self->dut.skip);				\
	ASSERT_EQ(0, self->setup_err[0]) TH_LOG("setup: %s", self->setup_err); \
} while (0)

/* For tests that drive the simulated link partner, trace or registers. */
#define KC_NEED_SIM() do {						\
	if (!self->dut.sim)						\
		KC_SKIP("needs the simulated board (NETIF=%s is real)",	\
			self->dut.ifname);				\
} while (0)

/* The 10/100 BASE-T link modes as a bitmap. */
static inline struct kc_lm kc_lm_of(int h10, int f10, int h100, int f100)
{
	struct kc_lm m = { { 0 } };

	if (h10)
		kc_lm_set(&m, ETHTOOL_LINK_MODE_10baseT_Half_BIT);
	if (f10)
		kc_lm_set(&m, ETHTOOL_LINK_MODE_10baseT_Full_BIT);
	if (h100)
		kc_lm_set(&m, ETHTOOL_LINK_MODE_100baseT_Half_BIT);
	if (f100)
		kc_lm_set(&m, ETHTOOL_LINK_MODE_100baseT_Full_BIT);
	return m;
}

/* A SET of the advertised 10/100/1000 BASE-T modes only. */
static inline struct kc_linkmodes_set kc_adv_req(struct kc_lm adv)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	req.set_ours = true;
	req.ours_value = adv;
	kc_lm_set(&req.ours_mask, ETHTOOL_LINK_MODE_10baseT_Half_BIT);
	kc_lm_set(&req.ours_mask, ETHTOOL_LINK_MODE_10baseT_Full_BIT);
	kc_lm_set(&req.ours_mask, ETHTOOL_LINK_MODE_100baseT_Half_BIT);
	kc_lm_set(&req.ours_mask, ETHTOOL_LINK_MODE_100baseT_Full_BIT);
	kc_lm_set(&req.ours_mask, ETHTOOL_LINK_MODE_1000baseT_Half_BIT);
	kc_lm_set(&req.ours_mask, ETHTOOL_LINK_MODE_1000baseT_Full_BIT);
	return req;
}

/*
 * Poll LINKMODES_GET until speed and duplex are as wanted and the carrier
 * is on; returns the last reply in *lm and 0, -ETIMEDOUT or the netlink
 * error.
 */
static inline int kc_wait_resolved(struct kc_nl *nl, int ifindex, int64_t speed,
				   int duplex, int timeout_ms,
				   struct kc_linkmodes *lm)
{
	int64_t end = kc_now_ms() + timeout_ms;
	struct kc_link l;
	int ret;

	for (;;) {
		ret = kc_eth_linkmodes_get(nl, ifindex, lm);
		if (ret < 0)
			return ret;
		ret = kc_rt_link_get(nl, ifindex, &l);
		if (ret < 0)
			return ret;
		if (lm->speed == speed && lm->duplex == duplex &&
		    (l.flags & IFF_LOWER_UP))
			return 0;
		if (kc_now_ms() > end)
			return -ETIMEDOUT;
		kc_sleep_ms(100);
	}
}

/*
 * Poll the simulated PHY until (reg & mask) == want; phylib applies
 * settings from its state machine, after the netlink request returned.
 * Returns 0 or -ETIMEDOUT, the last value in *val.
 */
static inline int kc_wait_reg(const struct kc_dut *dut, unsigned int reg,
			      unsigned int mask, unsigned int want,
			      int timeout_ms, uint16_t *val)
{
	int64_t end = kc_now_ms() + timeout_ms;
	uint16_t regs[32];
	int ret;

	for (;;) {
		ret = kc_sim_regs(dut, regs);
		if (ret < 0)
			return ret;
		*val = regs[reg];
		if ((regs[reg] & mask) == want)
			return 0;
		if (kc_now_ms() > end)
			return -ETIMEDOUT;
		kc_sleep_ms(50);
	}
}

static inline const char *kc_duplex_str(int d)
{
	return d == DUPLEX_HALF ? "half" : d == DUPLEX_FULL ? "full" :
	       d == DUPLEX_UNKNOWN ? "unknown" : "?";
}

/* Index of the first trace entry at or after from matching op/reg, or -1. */
static inline int kc_trace_find(const struct kc_trace_ent *t, int n, int from,
				char op, unsigned int reg, unsigned int set_bits,
				unsigned int clear_bits)
{
	for (int i = from < 0 ? 0 : from; i < n; i++)
		if (t[i].op == op && t[i].reg == reg &&
		    (t[i].val & set_bits) == set_bits &&
		    !(t[i].val & clear_bits))
			return i;
	return -1;
}

#endif /* KC_PHY_FIXTURE_H */
