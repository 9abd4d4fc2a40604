// SPDX-License-Identifier: GPL-2.0
/*
 * Scenarios for the Asix PHY driver, one test each, for every PHY id:
 * binding, link up/down/up with carrier events, advertisement and
 * renegotiation, forced modes, the AX88772A zero-LPA fallback, the reset
 * toggle, power-down on link down, the AX88772A re-init after link loss.
 *
 * What each model does comes from upstream's drivers/net/phy/ax88796b.c:
 * all three have asix_soft_reset (BMCR written 0, then genphy_soft_reset);
 * AX88772A and AX88772C suspend/resume with genphy_suspend/resume (BMCR
 * power-down bit), AX88796B has no suspend; only the AX88772A has its own
 * read_status (speed/duplex from BMCR when LPA says nothing) and a
 * link_change_notify that re-initialises the PHY on PHY_NOLINK.
 */
#include <fcntl.h>
#include <libgen.h>
#include <unistd.h>

#include "kc_phy_fixture.h"

#define KC_TRACE_MAX 4096

static struct kc_trace_ent kc_trace[KC_TRACE_MAX];

/*
 * Restart autonegotiation: SIOCETHTOOL ETHTOOL_NWAY_RST (there is no
 * netlink request for it on 6.1); if the device has no nway_reset, take the
 * partner's link down and up.
 */
static int kc_renegotiate(FIXTURE_DATA(phy) *self)
{
	int ret = kc_eth_nway_reset(self->dut.ifname);

	if (ret != -EOPNOTSUPP)
		return ret;
	ret = kc_sim_write(&self->dut, "link", "0");
	if (ret < 0)
		return ret;
	ret = kc_rt_wait_carrier(&self->nl, self->dut.ifindex, false,
				 KC_LINK_TIMEOUT_MS);
	if (ret < 0)
		return ret;
	return kc_sim_write(&self->dut, "link", "1");
}

/* Soft resets in a trace: a BMCR write of 0 followed by one with RESET. */
static int kc_count_resets(const struct kc_trace_ent *t, int n, int *first)
{
	int count = 0, i = 0;

	*first = -1;
	while ((i = kc_trace_find(t, n, i, 'W', KC_MII_BMCR, 0, 0xffff)) >= 0) {
		int j = kc_trace_find(t, n, i + 1, 'W', KC_MII_BMCR, 0, 0);

		if (j >= 0 && (t[j].val & KC_BMCR_RESET)) {
			if (*first < 0)
				*first = i;
			count++;
		}
		i++;
	}
	return count;
}

TEST_F(phy, binding)
{
	char name[128], path[160], buf[256], *drv_env = getenv("KC_DRIVER");
	/* The module under test: 7.x's upstream one is ax88796b_rust. */
	const char *mod_env = getenv("KC_PHY_MODULE");
	ssize_t n;

	KC_BEGIN();
	ASSERT_EQ(0, kc_phy_driver_name(self->dut.ifname, name, sizeof(name)))
		TH_LOG("no /sys/class/net/%s/phydev/driver", self->dut.ifname);
	EXPECT_STREQ(variant->driver, name);

	snprintf(path, sizeof(path), "%s/phy_id",
		 kc_phydev_dir(self->dut.ifname, buf, sizeof(buf)));
	ASSERT_LT(0, kc_read_file(path, buf, sizeof(buf)));
	EXPECT_EQ(variant->phyid, strtoul(buf, NULL, 0));

	/* Which module: ours is out of tree (taint O), upstream's is not. */
	snprintf(path, sizeof(path), "%s/driver/module",
		 kc_phydev_dir(self->dut.ifname, buf, sizeof(buf)));
	n = readlink(path, buf, sizeof(buf) - 1);
	ASSERT_LT(0, n) TH_LOG("%s: no module link", path);
	buf[n] = '\0';
	snprintf(name, sizeof(name), "%s", basename(buf));
	EXPECT_STREQ(mod_env ? mod_env : "ax88796b", name);
	snprintf(path, sizeof(path), "/sys/module/%s/taint", name);
	ASSERT_LE(0, kc_read_file(path, buf, sizeof(buf)));
	TH_LOG("driver \"%s\", module %s, taint \"%.*s\", KC_DRIVER=%s",
	       variant->driver, name, (int)strcspn(buf, "\n"), buf,
	       drv_env ? drv_env : "(unset)");
	if (drv_env && !strcmp(drv_env, "ours")) {
		EXPECT_NE(NULL, strchr(buf, 'O'))
			TH_LOG("KC_DRIVER=ours but the module is not out of tree");
	} else if (drv_env && !strcmp(drv_env, "upstream")) {
		EXPECT_EQ(NULL, strchr(buf, 'O'))
			TH_LOG("KC_DRIVER=upstream but the module is out of tree");
	}
}

/* partner link down and up: one RTM_NEWLINK each way, two carrier changes */
TEST_F(phy, link_flap)
{
	struct kc_link before, after;
	struct kc_linkstate ls;
	int events = 0;

	KC_BEGIN();
	KC_NEED_SIM();
	ASSERT_EQ(0, kc_rt_link_get(&self->nl, self->dut.ifindex, &before));
	ASSERT_TRUE(before.flags & IFF_LOWER_UP);
	kc_rt_mon_drain(&self->nl);

	ASSERT_EQ(0, kc_sim_write(&self->dut, "link", "0"));
	EXPECT_EQ(1, kc_rt_mon_wait_carrier(&self->nl, self->dut.ifindex, false,
					    KC_LINK_TIMEOUT_MS, &events))
		TH_LOG("no RTM_NEWLINK without IFF_LOWER_UP after link loss");
	ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex, &ls));
	EXPECT_EQ(0, ls.link);

	ASSERT_EQ(0, kc_sim_write(&self->dut, "link", "1"));
	EXPECT_EQ(1, kc_rt_mon_wait_carrier(&self->nl, self->dut.ifindex, true,
					    KC_LINK_TIMEOUT_MS, &events))
		TH_LOG("no RTM_NEWLINK with IFF_LOWER_UP after link came back");
	ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex, &ls));
	EXPECT_EQ(1, ls.link);

	ASSERT_EQ(0, kc_rt_link_get(&self->nl, self->dut.ifindex, &after));
	ASSERT_LE(0, before.carrier_changes);
	EXPECT_EQ(before.carrier_changes + 2, after.carrier_changes)
		TH_LOG("carrier changes %lld -> %lld (%d RTM_NEWLINK)",
		       (long long)before.carrier_changes,
		       (long long)after.carrier_changes, events);
}

/* ip link set down / up through rtnetlink: events, carrier within a bound */
TEST_F(phy, admin_down_up)
{
	struct kc_link l;
	int64_t t0;
	int events = 0, ret;

	KC_BEGIN();
	kc_rt_mon_drain(&self->nl);
	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, false))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
	EXPECT_EQ(1, kc_rt_mon_wait_carrier(&self->nl, self->dut.ifindex, false,
					    2000, &events));
	ASSERT_EQ(0, kc_rt_link_get(&self->nl, self->dut.ifindex, &l));
	EXPECT_FALSE(l.flags & IFF_UP);
	EXPECT_FALSE(l.flags & IFF_LOWER_UP);

	kc_rt_mon_drain(&self->nl);
	t0 = kc_now_ms();
	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, true))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
	if (!self->dut.sim)
		return;
	ret = kc_rt_mon_wait_carrier(&self->nl, self->dut.ifindex, true,
				     KC_LINK_TIMEOUT_MS, &events);
	EXPECT_EQ(1, ret) TH_LOG("no carrier event after up");
	TH_LOG("carrier %lld ms after up", (long long)(kc_now_ms() - t0));
	/* phylib polls once a second; TCG guests get a second of slack */
	EXPECT_GE(2000, kc_now_ms() - t0);
	ASSERT_EQ(0, kc_rt_link_get(&self->nl, self->dut.ifindex, &l));
	EXPECT_TRUE(l.flags & IFF_UP);
	EXPECT_TRUE(l.flags & IFF_LOWER_UP);
}

/* partner advertisement change + restart -> resolved speed/duplex */
TEST_F_TIMEOUT(phy, renegotiation, 60)
{
	static const struct {
		unsigned int partner;
		int64_t speed;
		int duplex;
	} steps[] = {
		{ 0x0021, SPEED_10, DUPLEX_HALF },	/* 10/half */
		{ 0x0061, SPEED_10, DUPLEX_FULL },	/* 10/half+full */
		{ 0x00a1, SPEED_100, DUPLEX_HALF },	/* 10 + 100/half */
		{ 0x05e1, SPEED_100, DUPLEX_FULL },	/* default */
	};
	struct kc_linkmodes lm;
	char b[256];

	KC_BEGIN();
	KC_NEED_SIM();
	for (unsigned int i = 0; i < ARRAY_SIZE(steps); i++) {
		ASSERT_EQ(0, kc_sim_write(&self->dut, "partner_advertise",
					  "0x%04x", steps[i].partner));
		ASSERT_EQ(0, kc_renegotiate(self));
		EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex,
					      steps[i].speed, steps[i].duplex,
					      KC_LINK_TIMEOUT_MS, &lm))
			TH_LOG("partner 0x%04x: %lld/%s, want %lld/%s, peer %s",
			       steps[i].partner, (long long)lm.speed,
			       kc_duplex_str(lm.duplex), (long long)steps[i].speed,
			       kc_duplex_str(steps[i].duplex),
			       kc_lm_str(&lm.peer, b, sizeof(b)));
	}
}

/* our advertisement limits the result: the highest common mode wins */
TEST_F_TIMEOUT(phy, advertise_highest_common, 60)
{
	struct kc_linkmodes_set req;
	struct kc_linkstate ls;
	struct kc_linkmodes lm;
	uint16_t regs[32];

	KC_BEGIN();
	KC_NEED_SIM();
	/* we: 10/half, 10/full, 100/half; partner: everything */
	req = kc_adv_req(kc_lm_of(1, 1, 1, 0));
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_100,
				      DUPLEX_HALF, KC_LINK_TIMEOUT_MS, &lm))
		TH_LOG("%lld/%s, want 100/half", (long long)lm.speed,
		       kc_duplex_str(lm.duplex));
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	EXPECT_EQ(KC_ADV_10HALF | KC_ADV_10FULL | KC_ADV_100HALF,
		  regs[KC_MII_ADVERTISE] & KC_ADV_ALL);

	/*
	 * we: 100 only; partner: 10 only -> no common mode, no link. Speed and
	 * duplex: genphy_read_status() resets them to unknown; the AX88772A's
	 * read_status returns early without link and keeps the last ones, which
	 * depend on what phylib of this kernel did before (6.1: 100/half, 6.12:
	 * 100/full, on both drivers): only the link is asserted there.
	 */
	req = kc_adv_req(kc_lm_of(0, 0, 1, 1));
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req));
	ASSERT_EQ(0, kc_sim_write(&self->dut, "partner_advertise", "0x0061"));
	ASSERT_EQ(0, kc_renegotiate(self));
	EXPECT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, false,
					KC_LINK_TIMEOUT_MS))
		TH_LOG("link up without a common mode");
	kc_sleep_ms(1500);
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm));
	ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex, &ls));
	EXPECT_EQ(0, ls.link);
	TH_LOG("no common mode: link %d, %lld/%s", ls.link, (long long)lm.speed,
	       kc_duplex_str(lm.duplex));
	if (!variant->bmcr_fallback) {
		EXPECT_EQ(SPEED_UNKNOWN, lm.speed);
		EXPECT_EQ(DUPLEX_UNKNOWN, lm.duplex);
	}

	/* everything again: 100/full */
	req = kc_adv_req(kc_lm_of(1, 1, 1, 1));
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req));
	ASSERT_EQ(0, kc_sim_write(&self->dut, "partner_advertise", "0x05e1"));
	ASSERT_EQ(0, kc_renegotiate(self));
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_100,
				      DUPLEX_FULL, KC_LINK_TIMEOUT_MS, &lm))
		TH_LOG("%lld/%s, want 100/full", (long long)lm.speed,
		       kc_duplex_str(lm.duplex));
}

/* autoneg off: each forced speed/duplex lands in BMCR and is reported */
TEST_F_TIMEOUT(phy, forced_modes, 60)
{
	static const struct {
		int64_t speed;
		int duplex;
		unsigned int bmcr;
	} modes[] = {
		{ SPEED_10, DUPLEX_HALF, 0 },
		{ SPEED_10, DUPLEX_FULL, KC_BMCR_FULLDPLX },
		{ SPEED_100, DUPLEX_HALF, KC_BMCR_SPEED100 },
		{ SPEED_100, DUPLEX_FULL, KC_BMCR_SPEED100 | KC_BMCR_FULLDPLX },
	};
	const unsigned int mask = KC_BMCR_ANENABLE | KC_BMCR_SPEED100 |
				  KC_BMCR_FULLDPLX;
	struct kc_linkmodes_set req;
	struct kc_linkmodes lm;
	uint16_t bmcr;
	char b[128];

	KC_BEGIN();
	for (unsigned int i = 0; i < ARRAY_SIZE(modes); i++) {
		req = (struct kc_linkmodes_set)KC_LINKMODES_SET_INIT;
		req.autoneg = AUTONEG_DISABLE;
		req.speed = modes[i].speed;
		req.duplex = modes[i].duplex;
		ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
			TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
		if (!self->dut.sim) {
			ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl,
							  self->dut.ifindex, &lm));
			EXPECT_EQ(AUTONEG_DISABLE, lm.autoneg);
			continue;
		}
		/* phylib reports the request at once: BMCR says it is done */
		EXPECT_EQ(0, kc_wait_reg(&self->dut, KC_MII_BMCR, mask,
					 modes[i].bmcr, KC_LINK_TIMEOUT_MS, &bmcr))
			TH_LOG("forced %lld/%s: BMCR 0x%04x",
			       (long long)modes[i].speed,
			       kc_duplex_str(modes[i].duplex), bmcr);
		EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex,
					      modes[i].speed, modes[i].duplex,
					      KC_LINK_TIMEOUT_MS, &lm))
			TH_LOG("forced %lld/%s: reported %lld/%s",
			       (long long)modes[i].speed,
			       kc_duplex_str(modes[i].duplex), (long long)lm.speed,
			       kc_duplex_str(lm.duplex));
		EXPECT_EQ(AUTONEG_DISABLE, lm.autoneg);
		/* no negotiation, no partner modes: the last ones are cleared */
		EXPECT_FALSE(lm.have_peer && !kc_lm_empty(&lm.peer))
			TH_LOG("forced %lld/%s: peer %s", (long long)modes[i].speed,
			       kc_duplex_str(modes[i].duplex),
			       kc_lm_str(&lm.peer, b, sizeof(b)));
	}

	req = (struct kc_linkmodes_set)KC_LINKMODES_SET_INIT;
	req.autoneg = AUTONEG_ENABLE;
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req));
	if (!self->dut.sim)
		return;
	EXPECT_EQ(0, kc_wait_reg(&self->dut, KC_MII_BMCR, KC_BMCR_ANENABLE,
				 KC_BMCR_ANENABLE, KC_LINK_TIMEOUT_MS, &bmcr))
		TH_LOG("autoneg on: BMCR 0x%04x", bmcr);
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_100,
				      DUPLEX_FULL, KC_LINK_TIMEOUT_MS, &lm));
	EXPECT_EQ(AUTONEG_ENABLE, lm.autoneg);
}

/*
 * Partner 10/half whose LPA reads 0 after autonegotiation (old switches):
 * the AX88772A's read_status falls back to BMCR (100/full after reset);
 * the others use genphy_read_status, which resolves nothing from an empty
 * LPA and reports unknown speed and duplex.
 */
TEST_F_TIMEOUT(phy, zero_lpa, 60)
{
	struct kc_linkmodes lm;
	uint16_t regs[32];
	int64_t speed = variant->bmcr_fallback ? SPEED_100 : SPEED_UNKNOWN;
	int duplex = variant->bmcr_fallback ? DUPLEX_FULL : DUPLEX_UNKNOWN;

	KC_BEGIN();
	KC_NEED_SIM();
	/* with a normal LPA, a 10/half partner resolves to 10/half */
	ASSERT_EQ(0, kc_sim_write(&self->dut, "partner_advertise", "0x0021"));
	ASSERT_EQ(0, kc_renegotiate(self));
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_10,
				      DUPLEX_HALF, KC_LINK_TIMEOUT_MS, &lm))
		TH_LOG("normal LPA: %lld/%s, want 10/half", (long long)lm.speed,
		       kc_duplex_str(lm.duplex));

	ASSERT_EQ(0, kc_sim_write(&self->dut, "lpa_zero", "1"));
	ASSERT_EQ(0, kc_renegotiate(self));
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, speed,
				      duplex, KC_LINK_TIMEOUT_MS, &lm))
		TH_LOG("LPA 0: %lld/%s, want %lld/%s", (long long)lm.speed,
		       kc_duplex_str(lm.duplex), (long long)speed,
		       kc_duplex_str(duplex));
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	TH_LOG("%s with LPA 0: %lld/%s, BMCR 0x%04x LPA 0x%04x",
	       kc_phy_model(variant->phyid), (long long)lm.speed,
	       kc_duplex_str(lm.duplex), regs[KC_MII_BMCR], regs[KC_MII_LPA]);
	EXPECT_EQ(0, regs[KC_MII_LPA]);
	EXPECT_FALSE(lm.have_peer && !kc_lm_empty(&lm.peer));
}

/*
 * Each soft reset writes BMCR 0 and then BMCR_RESET | BMCR_ANRESTART: the
 * toggle the AX88796B needs (its reset happens only on a 0 -> 1 edge).
 * Taking the interface down and up connects the PHY again (phy_init_hw).
 */
TEST_F(phy, reset_toggle)
{
	int n, first, resets, j, k;

	KC_BEGIN();
	KC_NEED_SIM();
	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, false));
	ASSERT_EQ(0, kc_sim_trace_clear(&self->dut));
	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, true));
	ASSERT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
					KC_LINK_TIMEOUT_MS));

	n = kc_sim_trace(&self->dut, kc_trace, KC_TRACE_MAX);
	ASSERT_LT(0, n);
	resets = kc_count_resets(kc_trace, n, &first);
	ASSERT_LE(1, resets) {
		TH_LOG("no BMCR 0 -> BMCR_RESET sequence after up");
		kc_sim_trace_dump(kc_trace, n);
	}
	/* the write after the 0 is exactly reset + restart autoneg */
	j = kc_trace_find(kc_trace, n, first + 1, 'W', KC_MII_BMCR, 0, 0);
	EXPECT_EQ(KC_BMCR_RESET | KC_BMCR_ANRESTART, kc_trace[j].val);
	EXPECT_EQ(0, kc_trace[first].ret);
	EXPECT_EQ(0, kc_trace[j].ret);
	/* and the reset completes: a later BMCR read has RESET clear */
	k = kc_trace_find(kc_trace, n, j + 1, 'R', KC_MII_BMCR, 0,
			  KC_BMCR_RESET);
	EXPECT_LT(j, k) kc_sim_trace_dump(kc_trace, n);
	TH_LOG("%d soft reset(s) on up", resets);
}

/* power-down on link down, resume on up, where the model has suspend */
TEST_F(phy, power_down)
{
	int n, pdown_writes;
	uint16_t regs[32];

	KC_BEGIN();
	KC_NEED_SIM();
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	EXPECT_EQ(0, regs[KC_MII_BMCR] & KC_BMCR_PDOWN);

	ASSERT_EQ(0, kc_sim_trace_clear(&self->dut));
	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, false));
	kc_sleep_ms(300);
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	n = kc_sim_trace(&self->dut, kc_trace, KC_TRACE_MAX);
	ASSERT_LE(0, n);
	pdown_writes = 0;
	for (int i = 0; (i = kc_trace_find(kc_trace, n, i, 'W', KC_MII_BMCR,
					   KC_BMCR_PDOWN, 0)) >= 0; i++)
		pdown_writes++;
	if (variant->suspend) {
		EXPECT_EQ(KC_BMCR_PDOWN, regs[KC_MII_BMCR] & KC_BMCR_PDOWN)
			TH_LOG("%s suspends with genphy_suspend: BMCR 0x%04x",
			       kc_phy_model(variant->phyid), regs[KC_MII_BMCR]);
		EXPECT_LE(1, pdown_writes) kc_sim_trace_dump(kc_trace, n);
	} else {
		/* no .suspend: phy_suspend() leaves the PHY powered */
		EXPECT_EQ(0, regs[KC_MII_BMCR] & KC_BMCR_PDOWN)
			TH_LOG("%s has no suspend: BMCR 0x%04x",
			       kc_phy_model(variant->phyid), regs[KC_MII_BMCR]);
		EXPECT_EQ(0, pdown_writes) kc_sim_trace_dump(kc_trace, n);
	}

	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, true));
	EXPECT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
					KC_LINK_TIMEOUT_MS));
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	EXPECT_EQ(0, regs[KC_MII_BMCR] & KC_BMCR_PDOWN)
		TH_LOG("still powered down after up: BMCR 0x%04x",
		       regs[KC_MII_BMCR]);
}

/*
 * Link loss: the AX88772A's link_change_notify re-initialises the PHY
 * (soft reset, then autonegotiation); the others do nothing on the bus
 * but poll.
 */
TEST_F_TIMEOUT(phy, reinit_after_link_loss, 45)
{
	int n, first, resets;

	KC_BEGIN();
	KC_NEED_SIM();
	ASSERT_EQ(0, kc_sim_trace_clear(&self->dut));
	ASSERT_EQ(0, kc_sim_write(&self->dut, "link", "0"));
	ASSERT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, false,
					KC_LINK_TIMEOUT_MS));
	/* link_change_notify runs in the same state-machine pass; margin */
	kc_sleep_ms(1500);
	n = kc_sim_trace(&self->dut, kc_trace, KC_TRACE_MAX);
	ASSERT_LT(0, n);
	resets = kc_count_resets(kc_trace, n, &first);
	if (variant->reinit_on_nolink) {
		EXPECT_LE(1, resets) {
			TH_LOG("no re-init (BMCR 0, BMCR_RESET) after link loss");
			kc_sim_trace_dump(kc_trace, n);
		}
	} else {
		EXPECT_EQ(0, resets) kc_sim_trace_dump(kc_trace, n);
	}

	ASSERT_EQ(0, kc_sim_write(&self->dut, "link", "1"));
	EXPECT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
					KC_LINK_TIMEOUT_MS));
}

/*
 * An MDIO error during the soft reset of "ip link set up" (phy_attach ->
 * phy_init_hw -> soft_reset) comes back to the user as the errno of the
 * RTM_NEWLINK request, the interface stays down, and the driver stops at
 * the failing access: no BMCR_RESET write after it. Then, without the
 * error, the interface comes up.
 */
TEST_F(phy, soft_reset_error)
{
	static const struct {
		const char *rule;
		int err;
		char op;
		unsigned int val;	/* value of the failing write */
		const char *what;
	} cases[] = {
		{ "write 0 -5", -EIO, 'W', 0, "BMCR write of 0 (the toggle)" },
		{ "write 0 -110 2", -ETIMEDOUT, 'W', KC_BMCR_RESET | KC_BMCR_ANRESTART,
		  "BMCR write of BMCR_RESET" },
		{ "read 0 -5", -EIO, 'R', 0, "BMCR read before BMCR_RESET" },
	};
	struct kc_link l;
	int n, bad, ret;

	KC_BEGIN();
	KC_NEED_SIM();
	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, false));
	for (unsigned int i = 0; i < ARRAY_SIZE(cases); i++) {
		ASSERT_EQ(0, kc_sim_trace_clear(&self->dut));
		ASSERT_EQ(0, kc_sim_write(&self->dut, "inject", "%s",
					  cases[i].rule));
		ret = kc_rt_link_set_up(&self->nl, self->dut.ifindex, true);
		ASSERT_EQ(0, kc_sim_write(&self->dut, "inject", "clear"));
		EXPECT_EQ(cases[i].err, ret)
			TH_LOG("%s failing: up returned %s", cases[i].what,
			       ret ? strerror(-ret) : "success");
		ASSERT_EQ(0, kc_rt_link_get(&self->nl, self->dut.ifindex, &l));
		EXPECT_FALSE(l.flags & IFF_UP);

		n = kc_sim_trace(&self->dut, kc_trace, KC_TRACE_MAX);
		ASSERT_LT(0, n);
		bad = -1;
		for (int j = 0; j < n; j++)
			if (kc_trace[j].ret) {
				bad = j;
				break;
			}
		ASSERT_LE(0, bad) {
			TH_LOG("%s: the injected error never fired", cases[i].what);
			kc_sim_trace_dump(kc_trace, n);
		}
		EXPECT_EQ(cases[i].err, kc_trace[bad].ret);
		EXPECT_EQ(cases[i].op, kc_trace[bad].op);
		EXPECT_EQ(KC_MII_BMCR, kc_trace[bad].reg);
		if (cases[i].op == 'W')
			EXPECT_EQ(cases[i].val, kc_trace[bad].val);
		EXPECT_GT(0, kc_trace_find(kc_trace, n, bad + 1, 'W', KC_MII_BMCR,
					   KC_BMCR_RESET, 0)) {
			TH_LOG("%s: BMCR_RESET written after the error",
			       cases[i].what);
			kc_sim_trace_dump(kc_trace, n);
		}
	}
	ASSERT_EQ(0, kc_rt_link_set_up(&self->nl, self->dut.ifindex, true))
		TH_LOG("up without errors: %s", strerror(-self->nl.err));
	EXPECT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
					KC_LINK_TIMEOUT_MS));
}

KC_PHY_HARNESS_MAIN
