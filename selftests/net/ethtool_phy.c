// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool netlink against an Asix PHY (AX88772A, AX88772C, AX88796B):
 * LINKINFO_GET, LINKMODES_GET/SET with their LINKMODES_NTF, LINKSTATE_GET,
 * and bad input refused with an errno, an extack message and the state
 * unchanged. Runs on the simulated board, or on NETIF=<iface>.
 */
#include "kc_phy_fixture.h"

#define LM(b) ETHTOOL_LINK_MODE_##b##_BIT

static struct kc_lm kc_allowed_supported(void)
{
	/* 10/100 BASE-T, autoneg, ports, pause: nothing faster than 100. */
	struct kc_lm m = kc_lm_of(1, 1, 1, 1);
	static const unsigned int extra[] = {
		LM(Autoneg), LM(TP), LM(AUI), LM(MII), LM(FIBRE), LM(BNC),
		LM(Pause), LM(Asym_Pause),
	};

	for (unsigned int i = 0; i < sizeof(extra) / sizeof(extra[0]); i++)
		kc_lm_set(&m, extra[i]);
	return m;
}

TEST_F(phy, linkinfo_get)
{
	struct kc_linkinfo li;

	KC_BEGIN();
	ASSERT_EQ(0, kc_eth_linkinfo_get(&self->nl, self->dut.ifindex, &li))
		TH_LOG("LINKINFO_GET: %s %s", strerror(-self->nl.err),
		       self->nl.extack);
	EXPECT_EQ(variant->transceiver, li.transceiver)
		TH_LOG("%s: transceiver %d, want %s", kc_phy_model(variant->phyid),
		       li.transceiver, variant->transceiver == XCVR_INTERNAL ?
		       "internal" : "external");
	if (self->dut.sim) {
		EXPECT_EQ(variant->addr, li.phyaddr);
	} else {
		EXPECT_LE(0, li.phyaddr);
	}
	EXPECT_EQ(PORT_TP, li.port);
	EXPECT_LE(0, li.tp_mdix);
	EXPECT_LE(0, li.tp_mdix_ctrl);
}

TEST_F(phy, linkmodes_get)
{
	struct kc_lm allowed = kc_allowed_supported(), speeds, extra;
	struct kc_lm all = kc_lm_of(1, 1, 1, 1);
	struct kc_linkmodes lm;
	char b1[256], b2[256];

	KC_BEGIN();
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm))
		TH_LOG("LINKMODES_GET: %s %s", strerror(-self->nl.err),
		       self->nl.extack);
	ASSERT_TRUE(lm.have_ours);
	ASSERT_TRUE(lm.have_supported);
	/* Asked without ETHTOOL_FLAG_COMPACT_BITSETS: bits come named. */
	EXPECT_TRUE(lm.ours_named);
	EXPECT_TRUE(lm.names_ok);
	EXPECT_EQ(lm.ifindex, self->dut.ifindex);
	EXPECT_EQ(AUTONEG_ENABLE, lm.autoneg);

	speeds = kc_lm_speeds(&lm.supported);
	EXPECT_TRUE(kc_lm_equal(&speeds, &all))
		TH_LOG("supported %s", kc_lm_str(&lm.supported, b1, sizeof(b1)));
	EXPECT_TRUE(kc_lm_test(&lm.supported, LM(Autoneg)));
	extra = kc_lm_andnot(&lm.supported, &allowed);
	EXPECT_TRUE(kc_lm_empty(&extra))
		TH_LOG("supported beyond 10/100: %s",
		       kc_lm_str(&extra, b1, sizeof(b1)));

	speeds = kc_lm_speeds(&lm.ours);
	EXPECT_TRUE(kc_lm_equal(&speeds, &all))
		TH_LOG("advertised %s", kc_lm_str(&lm.ours, b1, sizeof(b1)));
	EXPECT_TRUE(kc_lm_subset(&lm.ours, &lm.supported))
		TH_LOG("advertised %s not within supported %s",
		       kc_lm_str(&lm.ours, b1, sizeof(b1)),
		       kc_lm_str(&lm.supported, b2, sizeof(b2)));
	EXPECT_TRUE(kc_lm_test(&lm.ours, LM(Autoneg)));

	if (!self->dut.sim)
		return;
	/* Default partner: 0x05e1, 10/100 half/full with pause. */
	EXPECT_EQ(SPEED_100, lm.speed);
	EXPECT_EQ(DUPLEX_FULL, lm.duplex);
	EXPECT_TRUE(lm.have_peer);
	speeds = kc_lm_speeds(&lm.peer);
	EXPECT_TRUE(kc_lm_equal(&speeds, &all))
		TH_LOG("peer %s", kc_lm_str(&lm.peer, b1, sizeof(b1)));
}

TEST_F(phy, linkstate_get)
{
	struct kc_linkstate ls;

	KC_BEGIN();
	ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex, &ls))
		TH_LOG("LINKSTATE_GET: %s %s", strerror(-self->nl.err),
		       self->nl.extack);
	if (!self->dut.sim) {
		EXPECT_LE(-1, ls.link);
		return;
	}
	EXPECT_EQ(1, ls.link);

	ASSERT_EQ(0, kc_sim_write(&self->dut, "link", "0"));
	ASSERT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, false,
					KC_LINK_TIMEOUT_MS));
	ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex, &ls));
	EXPECT_EQ(0, ls.link);

	ASSERT_EQ(0, kc_sim_write(&self->dut, "link", "1"));
	ASSERT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
					KC_LINK_TIMEOUT_MS));
	ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex, &ls));
	EXPECT_EQ(1, ls.link);
}

/* Advertise {10/Half, 10/Full}: one compact NTF, ADVERTISE, 10/Full. */
TEST_F(phy, set_advertise_subset)
{
	struct kc_lm want = kc_lm_of(1, 1, 0, 0), got;
	struct kc_linkmodes_set req = kc_adv_req(want);
	struct kc_linkmodes ntf, lm;
	uint16_t regs[32];
	char b[256];
	int n;

	KC_BEGIN();
	kc_eth_mon_drain(&self->nl);
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
		TH_LOG("LINKMODES_SET: %s %s", strerror(-self->nl.err),
		       self->nl.extack);

	n = kc_eth_mon_wait_linkmodes(&self->nl, self->dut.ifindex, 1000, &ntf);
	ASSERT_EQ(1, n) TH_LOG("no LINKMODES_NTF after a SET that changed the advertisement");
	EXPECT_FALSE(ntf.ours_named) TH_LOG("notifications use compact bitsets");
	got = kc_lm_speeds(&ntf.ours);
	EXPECT_TRUE(kc_lm_equal(&want, &got))
		TH_LOG("NTF advertises %s", kc_lm_str(&ntf.ours, b, sizeof(b)));
	EXPECT_EQ(AUTONEG_ENABLE, ntf.autoneg);

	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm));
	got = kc_lm_speeds(&lm.ours);
	EXPECT_TRUE(kc_lm_equal(&want, &got))
		TH_LOG("GET advertises %s", kc_lm_str(&lm.ours, b, sizeof(b)));

	if (!self->dut.sim)
		return;
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_10,
				      DUPLEX_FULL, KC_LINK_TIMEOUT_MS, &lm))
		TH_LOG("resolved %lld/%s, want 10/full", (long long)lm.speed,
		       kc_duplex_str(lm.duplex));
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	EXPECT_EQ(KC_ADV_10HALF | KC_ADV_10FULL, regs[KC_MII_ADVERTISE] & KC_ADV_ALL)
		TH_LOG("ADVERTISE 0x%04x", regs[KC_MII_ADVERTISE]);

	/* the same request again changes nothing: no notification */
	kc_eth_mon_drain(&self->nl);
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req));
	EXPECT_EQ(0, kc_eth_mon_count_linkmodes(&self->nl, self->dut.ifindex, 500));
}

/* A SET that changes nothing produces no LINKMODES_NTF. */
TEST_F(phy, set_noop_no_ntf)
{
	struct kc_linkmodes lm, after;
	struct kc_linkmodes_set req;

	KC_BEGIN();
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm));
	kc_eth_mon_drain(&self->nl);

	req = kc_adv_req(kc_lm_speeds(&lm.ours));
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
	req = (struct kc_linkmodes_set)KC_LINKMODES_SET_INIT;
	req.autoneg = lm.autoneg;
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);

	EXPECT_EQ(0, kc_eth_mon_count_linkmodes(&self->nl, self->dut.ifindex, 500));
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &after));
	EXPECT_TRUE(kc_lm_equal(&lm.ours, &after.ours));
	EXPECT_EQ(lm.autoneg, after.autoneg);
}

/* autoneg off with speed/duplex, then back on: NTF each time. */
TEST_F(phy, set_autoneg_off_on)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;
	struct kc_linkmodes ntf, lm;
	uint16_t regs[32];

	KC_BEGIN();
	kc_eth_mon_drain(&self->nl);
	req.autoneg = AUTONEG_DISABLE;
	req.speed = SPEED_10;
	req.duplex = DUPLEX_HALF;
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
	ASSERT_EQ(1, kc_eth_mon_wait_linkmodes(&self->nl, self->dut.ifindex,
					       1000, &ntf));
	EXPECT_EQ(AUTONEG_DISABLE, ntf.autoneg);
	EXPECT_EQ(SPEED_10, ntf.speed);
	EXPECT_EQ(DUPLEX_HALF, ntf.duplex);
	EXPECT_FALSE(kc_lm_test(&ntf.ours, LM(Autoneg)));

	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm));
	EXPECT_EQ(AUTONEG_DISABLE, lm.autoneg);
	EXPECT_EQ(SPEED_10, lm.speed);
	EXPECT_EQ(DUPLEX_HALF, lm.duplex);
	if (self->dut.sim) {
		ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
		EXPECT_EQ(0, regs[KC_MII_BMCR] & (KC_BMCR_ANENABLE |
			  KC_BMCR_SPEED100 | KC_BMCR_FULLDPLX))
			TH_LOG("BMCR 0x%04x", regs[KC_MII_BMCR]);
	}

	kc_eth_mon_drain(&self->nl);
	req = (struct kc_linkmodes_set)KC_LINKMODES_SET_INIT;
	req.autoneg = AUTONEG_ENABLE;
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
	ASSERT_EQ(1, kc_eth_mon_wait_linkmodes(&self->nl, self->dut.ifindex,
					       1000, &ntf));
	EXPECT_EQ(AUTONEG_ENABLE, ntf.autoneg);
	EXPECT_TRUE(kc_lm_test(&ntf.ours, LM(Autoneg)));
	if (!self->dut.sim)
		return;
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_100,
				      DUPLEX_FULL, KC_LINK_TIMEOUT_MS, &lm))
		TH_LOG("resolved %lld/%s, want 100/full", (long long)lm.speed,
		       kc_duplex_str(lm.duplex));
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	EXPECT_EQ(KC_BMCR_ANENABLE, regs[KC_MII_BMCR] & KC_BMCR_ANENABLE)
		TH_LOG("BMCR 0x%04x", regs[KC_MII_BMCR]);
}

/*
 * Send a bad LINKMODES_SET; expect errno and an extack message, no NTF,
 * and the same LINKMODES (and, on the simulator, BMCR/ADVERTISE) after.
 */
static void kc_expect_refused(struct __test_metadata *_metadata,
			      FIXTURE_DATA(phy) *self,
			      const struct kc_linkmodes_set *req, int err,
			      const char *what)
{
	struct kc_linkmodes before, after;
	uint16_t rb[32], ra[32];
	char b1[256], b2[256];
	int ret;

	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &before));
	if (self->dut.sim)
		ASSERT_EQ(0, kc_sim_regs(&self->dut, rb));
	kc_eth_mon_drain(&self->nl);

	ret = kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, req);
	TH_LOG("%s: %s, extack \"%s\"", what, ret ? strerror(-ret) : "accepted",
	       self->nl.extack);
	EXPECT_EQ(-err, ret);
	EXPECT_NE(0, self->nl.extack[0]) TH_LOG("%s: no extack message", what);

	EXPECT_EQ(0, kc_eth_mon_count_linkmodes(&self->nl, self->dut.ifindex, 300))
		TH_LOG("%s: a refused SET sent LINKMODES_NTF", what);
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &after));
	EXPECT_EQ(before.autoneg, after.autoneg);
	EXPECT_TRUE(kc_lm_equal(&before.ours, &after.ours))
		TH_LOG("advertised %s -> %s", kc_lm_str(&before.ours, b1, sizeof(b1)),
		       kc_lm_str(&after.ours, b2, sizeof(b2)));
	EXPECT_EQ(before.speed, after.speed);
	EXPECT_EQ(before.duplex, after.duplex);
	if (self->dut.sim) {
		ASSERT_EQ(0, kc_sim_regs(&self->dut, ra));
		EXPECT_EQ(rb[KC_MII_ADVERTISE], ra[KC_MII_ADVERTISE]);
		EXPECT_EQ(rb[KC_MII_BMCR] & ~KC_BMCR_ANRESTART,
			  ra[KC_MII_BMCR] & ~KC_BMCR_ANRESTART);
	}
}

/* speed 1000 with autoneg on: no supported mode matches -> -EINVAL */
TEST_F(phy, bad_speed_1000)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.speed = SPEED_1000;
	kc_expect_refused(_metadata, self, &req, EINVAL, "speed 1000");
	req.duplex = DUPLEX_FULL;
	kc_expect_refused(_metadata, self, &req, EINVAL, "speed 1000 duplex full");
}

/* advertising only modes the PHY lacks -> -EINVAL */
TEST_F(phy, bad_unsupported_modes)
{
	struct kc_linkmodes_set req = kc_adv_req((struct kc_lm){ { 0 } });

	KC_BEGIN();
	kc_lm_set(&req.ours_value, LM(1000baseT_Full));
	kc_lm_set(&req.ours_value, LM(1000baseT_Half));
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "advertise 1000baseT/Half 1000baseT/Full only");
	/* nothing at all */
	req = kc_adv_req((struct kc_lm){ { 0 } });
	kc_expect_refused(_metadata, self, &req, EINVAL, "advertise nothing");
}

/* a duplex that is neither half nor full -> -EINVAL */
TEST_F(phy, bad_duplex)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.duplex = 7;
	kc_expect_refused(_metadata, self, &req, EINVAL, "duplex 7, autoneg on");
	req.autoneg = AUTONEG_DISABLE;
	req.speed = SPEED_100;
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "autoneg off speed 100 duplex 7");
}

/*
 * Forced 1000 on a 10/100 PHY. phylib's phy_ethtool_ksettings_set() only
 * checks that the speed is one of 10/100/1000, so a kernel may accept it:
 * that is phylib's behaviour, not the PHY driver's, so the test then skips
 * with the reason (after putting autonegotiation back).
 */
TEST_F(phy, bad_forced_speed_1000)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;
	struct kc_linkmodes before, after;
	int ret;

	KC_BEGIN();
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &before));
	req.autoneg = AUTONEG_DISABLE;
	req.speed = SPEED_1000;
	req.duplex = DUPLEX_FULL;
	ret = kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req);
	if (ret == 0) {
		ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex,
						  &after));
		/* back to what was there: autoneg and the advertised modes */
		req = kc_adv_req(kc_lm_speeds(&before.ours));
		req.autoneg = before.autoneg;
		ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex,
						  &req));
		KC_SKIP("this kernel's phylib accepts autoneg off speed 1000 "
			"on a 10/100 PHY (reports %lld/%s): no check in "
			"phy_ethtool_ksettings_set", (long long)after.speed,
			kc_duplex_str(after.duplex));
	}
	EXPECT_EQ(-EINVAL, ret);
	EXPECT_NE(0, self->nl.extack[0]);
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &after));
	EXPECT_EQ(before.autoneg, after.autoneg);
	EXPECT_EQ(before.speed, after.speed);
}

/* requests for a device that does not exist, or with no device at all */
TEST_F(phy, bad_device)
{
	struct kc_linkinfo li;
	int ret;

	KC_BEGIN();
	ret = kc_eth_linkinfo_get(&self->nl, 0x7ffffff0, &li);
	EXPECT_EQ(-ENODEV, ret) TH_LOG("unknown ifindex: %s", strerror(-ret));
	EXPECT_NE(0, self->nl.extack[0]);
	TH_LOG("unknown ifindex: extack \"%s\"", self->nl.extack);

	/* an empty header nest: no device named */
	ret = kc_eth_raw_get(&self->nl, ETHTOOL_MSG_LINKMODES_GET,
			     ETHTOOL_A_LINKMODES_HEADER, 0);
	EXPECT_EQ(-EINVAL, ret) TH_LOG("no device: %s", strerror(-ret));
	EXPECT_NE(0, self->nl.extack[0]);
	TH_LOG("no device: extack \"%s\"", self->nl.extack);
}

TEST_HARNESS_MAIN
