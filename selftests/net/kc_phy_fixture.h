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

/*
 * A board's PHY id against a variant's, the way drivers/net/phy/ax88796b.c
 * matches them: the AX88772A and AX88772C exactly, the AX88796B by model
 * (any revision).
 */
static inline bool kc_phy_id_is(uint32_t id, uint32_t variant_id)
{
	if (variant_id == KC_PHYID_AX88796B)
		return (id & 0xfffffff0u) == (KC_PHYID_AX88796B & 0xfffffff0u);
	return id == variant_id;
}

static inline bool kc_phy_id_asix(uint32_t id)
{
	return kc_phy_id_is(id, KC_PHYID_AX88772A) ||
	       kc_phy_id_is(id, KC_PHYID_AX88772C) ||
	       kc_phy_id_is(id, KC_PHYID_AX88796B);
}

/*
 * NETIF, a real board: checked and saved once, in the parent, before any
 * test (kc_board_begin), restored once after the last one (kc_board_end),
 * also when a test failed or was killed at its timeout. Nothing of the
 * interface is changed before its PHY is found and known to be an ASIX
 * one: otherwise every test skips with kc_board.skip and the interface is
 * left as it was.
 */
static struct {
	bool saved;		/* checked; the state below is what to restore */
	char skip[480];		/* non-empty: not to be tested, why */
	char err[300];		/* non-empty: checking or saving failed, why */
	char ifname[IFNAMSIZ];
	int ifindex;
	uint32_t phyid;
	bool up;		/* IFF_UP */
	bool have_lm;		/* lm read: restore it too */
	struct kc_linkmodes lm;	/* autoneg, advertised, speed, duplex */
} kc_board;

/* "autoneg on, advertising 10baseT/Half ..." or "autoneg off, 10/half" */
static inline const char *kc_board_state_str(bool up,
					     const struct kc_linkmodes *lm,
					     char *buf, size_t len)
{
	struct kc_lm speeds = kc_lm_speeds(&lm->ours);
	char modes[256];

	if (lm->autoneg == AUTONEG_DISABLE)
		snprintf(buf, len, "%s, autoneg off, %lld/%s", up ? "up" : "down",
			 (long long)lm->speed, lm->duplex == DUPLEX_HALF ? "half" :
			 lm->duplex == DUPLEX_FULL ? "full" : "unknown");
	else
		snprintf(buf, len, "%s, autoneg on, advertising %s",
			 up ? "up" : "down",
			 kc_lm_str(&speeds, modes, sizeof(modes)));
	return buf;
}

/*
 * The board's admin state and link settings; 0, a negative errno, or 1
 * when only the admin state could be read: a MAC driver that attaches its
 * PHY in ndo_open has none to report while the interface is down.
 */
static inline int kc_board_read(struct kc_nl *nl, bool *up,
				struct kc_linkmodes *lm)
{
	struct kc_link l;
	int ret = kc_rt_link_get(nl, kc_board.ifindex, &l);

	if (ret < 0)
		return ret;
	*up = l.flags & IFF_UP;
	ret = kc_eth_linkmodes_get(nl, kc_board.ifindex, lm);
	return ret < 0 && !*up ? 1 : ret;
}

static inline void kc_board_begin(void)
{
	const char *netif = getenv("NETIF");
	char path[300], dir[256], how[256], buf[400];
	struct kc_linkinfo li;
	struct kc_nl nl = { 0 };
	int ret, addr = -1;

	if (!netif || !*netif)
		return;		/* the simulated board: each fixture has its own */
	snprintf(kc_board.ifname, sizeof(kc_board.ifname), "%s", netif);
	snprintf(path, sizeof(path), "/sys/class/net/%s/ifindex", netif);
	if (kc_read_file(path, buf, sizeof(buf)) <= 0) {
		snprintf(kc_board.skip, sizeof(kc_board.skip),
			 "NETIF=%s: no such interface", netif);
		goto out;
	}
	kc_board.ifindex = atoi(buf);
	ret = kc_nl_open(&nl);
	if (ret < 0) {
		snprintf(kc_board.err, sizeof(kc_board.err), "netlink: %s: %s",
			 nl.what, strerror(-ret));
		goto out;
	}
	/* Read-only until the PHY is known: sysfs and GET requests. */
	if (!kc_eth_linkinfo_get(&nl, kc_board.ifindex, &li))
		addr = li.phyaddr;
	ret = kc_phy_find(netif, addr, dir, sizeof(dir), how, sizeof(how));
	if (ret < 0) {
		snprintf(kc_board.skip, sizeof(kc_board.skip),
			 "NETIF=%s: no PHY found (%s): not tested, left untouched",
			 kc_board.ifname, how);
		goto out;
	}
	snprintf(path, sizeof(path), "%s/phy_id", dir);
	if (kc_read_file(path, buf, sizeof(buf)) <= 0) {
		snprintf(kc_board.skip, sizeof(kc_board.skip),
			 "NETIF=%s: cannot read %s: not tested, left untouched",
			 kc_board.ifname, path);
		goto out;
	}
	kc_board.phyid = strtoul(buf, NULL, 0);
	if (!kc_phy_id_asix(kc_board.phyid)) {
		snprintf(kc_board.skip, sizeof(kc_board.skip),
			 "NETIF=%s: PHY id 0x%08x is not an ASIX one (AX88772A 0x%08x, AX88772C 0x%08x, AX88796B 0x%07xx): not tested, left untouched",
			 kc_board.ifname, kc_board.phyid, KC_PHYID_AX88772A,
			 KC_PHYID_AX88772C, KC_PHYID_AX88796B >> 4);
		goto out;
	}
	kc_phydev_remember(dir);
	ksft_print_msg("NETIF=%s: PHY 0x%08x (%s) %s, found through %s\n",
		       netif, kc_board.phyid, kc_phy_model(kc_board.phyid), dir,
		       how);
	ret = kc_board_read(&nl, &kc_board.up, &kc_board.lm);
	if (ret < 0) {
		snprintf(kc_board.err, sizeof(kc_board.err),
			 "reading its link settings: %s %s", strerror(-ret),
			 nl.extack);
		goto out;
	}
	kc_board.saved = true;
	kc_board.have_lm = ret == 0;
	if (kc_board.have_lm)
		kc_board_state_str(kc_board.up, &kc_board.lm, buf, sizeof(buf));
	else
		snprintf(buf, sizeof(buf), "down (no link settings while down: %s)",
			 strerror(-nl.err));
	ksft_print_msg("NETIF=%s: saved: %s\n", netif, buf);
out:
	if (kc_board.skip[0])
		ksft_print_msg("%s\n", kc_board.skip);
	if (kc_board.err[0])
		ksft_print_msg("NETIF=%s: %s\n", netif, kc_board.err);
	kc_nl_close(&nl);
}

/* Put back what kc_board_begin() saved; 0, or -1 if it did not stick. */
static inline int kc_board_end(void)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;
	struct kc_linkmodes *lm = &kc_board.lm, now;
	struct kc_lm want, got;
	char b1[400], b2[400];
	struct kc_nl nl = { 0 };
	bool up = false;
	int ret;

	if (!kc_board.saved)
		return 0;
	ret = kc_nl_open(&nl);
	if (ret < 0) {
		ksft_print_msg("NETIF=%s: NOT restored: netlink: %s: %s\n",
			       kc_board.ifname, nl.what, strerror(-ret));
		return -1;
	}
	/* The advertisement as it was, every bit the PHY has. */
	req.autoneg = lm->autoneg;
	req.set_ours = true;
	req.ours_value = lm->ours;
	req.ours_mask = lm->supported;
	for (unsigned int bit = 0; bit < KC_LM_NBITS; bit++)
		if (kc_lm_test(&lm->ours, bit))
			kc_lm_set(&req.ours_mask, bit);
	if (lm->autoneg == AUTONEG_DISABLE) {
		if (lm->speed > 0)
			req.speed = lm->speed;
		if (lm->duplex == DUPLEX_HALF || lm->duplex == DUPLEX_FULL)
			req.duplex = lm->duplex;
	}
	ret = kc_board.have_lm ?
	      kc_eth_linkmodes_set(&nl, kc_board.ifindex, &req) : 0;
	if (ret < 0)
		ksft_print_msg("NETIF=%s: restoring the link settings: %s %s\n",
			       kc_board.ifname, strerror(-ret), nl.extack);
	ret = kc_rt_link_set_up(&nl, kc_board.ifindex, kc_board.up);
	if (ret < 0)
		ksft_print_msg("NETIF=%s: ip link set %s: %s %s\n",
			       kc_board.ifname, kc_board.up ? "up" : "down",
			       strerror(-ret), nl.extack);

	/* What is there now, against what was saved. */
	ret = kc_board_read(&nl, &up, &now);
	if (ret >= 0 && up != kc_board.up)
		ret = -1;
	if (!ret && kc_board.have_lm) {
		want = kc_lm_speeds(&lm->ours);
		got = kc_lm_speeds(&now.ours);
		if (now.autoneg != lm->autoneg || !kc_lm_equal(&want, &got) ||
		    (lm->autoneg == AUTONEG_DISABLE &&
		     (now.speed != lm->speed || now.duplex != lm->duplex)))
			ret = -1;
	}
	if (kc_board.have_lm)
		kc_board_state_str(kc_board.up, lm, b1, sizeof(b1));
	else
		snprintf(b1, sizeof(b1), "%s", kc_board.up ? "up" : "down");
	if (ret == -1)
		ksft_print_msg("NETIF=%s: NOT restored: saved %s, now %s\n",
			       kc_board.ifname, b1, kc_board.have_lm ?
			       kc_board_state_str(up, &now, b2, sizeof(b2)) :
			       up ? "up" : "down");
	else if (ret < 0)
		ksft_print_msg("NETIF=%s: NOT restored: saved %s; reading it back: %s\n",
			       kc_board.ifname, b1, strerror(-ret));
	else
		ksft_print_msg("NETIF=%s: restored: %s\n", kc_board.ifname, b1);
	kc_nl_close(&nl);
	return ret < 0 ? -1 : 0;
}

/* In place of TEST_HARNESS_MAIN: NETIF checked, saved and restored. */
#define KC_PHY_HARNESS_MAIN KC_HARNESS_MAIN(kc_board_begin, kc_board_end)

/* The tests' starting point on a board: autoneg of every 10/100 mode. */
static inline int kc_board_baseline(struct kc_nl *nl, int ifindex)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	req.autoneg = AUTONEG_ENABLE;
	req.set_ours = true;
	kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_10baseT_Half_BIT);
	kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_10baseT_Full_BIT);
	kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_100baseT_Half_BIT);
	kc_lm_set(&req.ours_value, ETHTOOL_LINK_MODE_100baseT_Full_BIT);
	req.ours_mask = req.ours_value;
	return kc_eth_linkmodes_set(nl, ifindex, &req);
}

FIXTURE_SETUP(phy)
{
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
	/*
	 * A real board: nothing is touched unless kc_board_begin() found
	 * its PHY, saw an ASIX id and saved its state; a board has one PHY,
	 * the other variants skip.
	 */
	if (!self->dut.sim) {
		if (kc_board.skip[0])
			snprintf(self->dut.skip, sizeof(self->dut.skip), "%s",
				 kc_board.skip);
		else if (!kc_board.saved)
			snprintf(self->setup_err, sizeof(self->setup_err),
				 "NETIF=%s not checked, not touched: %s",
				 self->dut.ifname, kc_board.err[0] ?
				 kc_board.err : "kc_board_begin() did not run");
		else if (!kc_phy_id_is(kc_board.phyid, variant->phyid))
			snprintf(self->dut.skip, sizeof(self->dut.skip),
				 "NETIF=%s has PHY id 0x%08x, not %s",
				 self->dut.ifname, kc_board.phyid,
				 kc_phy_model(variant->phyid));
		if (self->dut.skip[0] || self->setup_err[0])
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
		/* after up: some MAC drivers attach their PHY in ndo_open */
		ret = kc_board_baseline(&self->nl, self->dut.ifindex);
		if (ret < 0) {
			snprintf(self->setup_err, sizeof(self->setup_err),
				 "%s: autoneg of every 10/100 mode: %s %.200s",
				 self->dut.ifname, strerror(-ret),
				 self->nl.extack);
			return;
		}
		/*
		 * Let the link come back and phylib poll once more, so the
		 * test starts from a settled state (a board without a cable
		 * just has no carrier).
		 */
		kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
				   KC_LINK_TIMEOUT_MS);
		kc_sleep_ms(1200);
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
	/*
	 * Real board: back to the tests' starting point for the next test;
	 * kc_board_end() puts back the board's own settings after the last.
	 */
	if (!self->dut.sim && self->nl.genl && self->dut.ifindex > 0 &&
	    !self->dut.skip[0]) {
		kc_rt_link_set_up(&self->nl, self->dut.ifindex, true);
		kc_board_baseline(&self->nl, self->dut.ifindex);
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
