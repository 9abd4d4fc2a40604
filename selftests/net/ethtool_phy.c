// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool netlink against an Asix PHY (AX88772A, AX88772C, AX88796B):
 * LINKINFO_GET, LINKMODES_GET/SET with their LINKMODES_NTF, LINKSTATE_GET,
 * bad input refused with an exact errno and extack message and the state
 * unchanged, and the inputs the kernel accepts although no 10/100 mode
 * fits (see README.rst). Runs on the simulated board, or on NETIF=<iface>.
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

	for (unsigned int i = 0; i < ARRAY_SIZE(extra); i++)
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
	struct kc_link before, after;

	KC_BEGIN();
	ASSERT_EQ(0, kc_rt_link_get(&self->nl, self->dut.ifindex, &before));
	ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex, &ls))
		TH_LOG("LINKSTATE_GET: %s %s", strerror(-self->nl.err),
		       self->nl.extack);
	ASSERT_EQ(0, kc_rt_link_get(&self->nl, self->dut.ifindex, &after));
	/*
	 * A PHY's link is always reported (phylib's get_link), and it is
	 * the carrier rtnetlink shows: on a real board whichever state the
	 * cable left, so compared only when the carrier did not change
	 * around the request.
	 */
	ASSERT_NE(-1, ls.link) TH_LOG("LINKSTATE_GET has no ETHTOOL_A_LINKSTATE_LINK");
	EXPECT_TRUE(ls.link == 0 || ls.link == 1) TH_LOG("link %d", ls.link);
	if (before.carrier == after.carrier) {
		EXPECT_EQ(before.carrier, ls.link)
			TH_LOG("LINKSTATE link %d, IFLA_CARRIER %d", ls.link,
			       before.carrier);
	}
	if (!self->dut.sim)
		return;
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
	uint16_t bmcr;

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
		/* phylib applies it from its state machine: wait for it */
		EXPECT_EQ(0, kc_wait_reg(&self->dut, KC_MII_BMCR,
					 KC_BMCR_ANENABLE | KC_BMCR_SPEED100 |
					 KC_BMCR_FULLDPLX, 0, KC_LINK_TIMEOUT_MS,
					 &bmcr))
			TH_LOG("BMCR 0x%04x", bmcr);
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
	EXPECT_EQ(0, kc_wait_reg(&self->dut, KC_MII_BMCR, KC_BMCR_ANENABLE,
				 KC_BMCR_ANENABLE, KC_LINK_TIMEOUT_MS, &bmcr))
		TH_LOG("BMCR 0x%04x", bmcr);
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_100,
				      DUPLEX_FULL, KC_LINK_TIMEOUT_MS, &lm))
		TH_LOG("resolved %lld/%s, want 100/full", (long long)lm.speed,
		       kc_duplex_str(lm.duplex));
}

/*
 * Bad input. What the 6.1 kernel refuses, and with which errno and extack
 * message, is decided by ethtool netlink and phylib before the PHY driver
 * is asked, so both drivers must give the same answers:
 *   - autoneg off with a speed other than 10/100/1000 or a duplex other
 *     than half/full: phy_ethtool_ksettings_set() -> -EINVAL, extack
 *     "link settings update failed";
 *   - malformed link-mode bitsets, lanes, master/slave: ethnl -> -EINVAL or
 *     -EOPNOTSUPP with a message naming the problem.
 * Each refusal leaves LINKMODES (and the PHY's BMCR/ADVERTISE) unchanged
 * and sends no LINKMODES_NTF.
 */
struct kc_snapshot {
	struct kc_linkmodes lm;
	uint16_t regs[32];
};

static void kc_snap(struct __test_metadata *_metadata, FIXTURE_DATA(phy) *self,
		    struct kc_snapshot *s)
{
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &s->lm));
	if (self->dut.sim)
		ASSERT_EQ(0, kc_sim_regs(&self->dut, s->regs));
}

static void kc_expect_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(phy) *self,
				const struct kc_snapshot *b, const char *what)
{
	struct kc_snapshot a;
	char b1[256], b2[256];

	EXPECT_EQ(0, kc_eth_mon_count_linkmodes(&self->nl, self->dut.ifindex, 300))
		TH_LOG("%s: a refused SET sent LINKMODES_NTF", what);
	kc_snap(_metadata, self, &a);
	EXPECT_EQ(b->lm.autoneg, a.lm.autoneg) TH_LOG("%s", what);
	EXPECT_TRUE(kc_lm_equal(&b->lm.ours, &a.lm.ours))
		TH_LOG("%s: advertised %s -> %s", what,
		       kc_lm_str(&b->lm.ours, b1, sizeof(b1)),
		       kc_lm_str(&a.lm.ours, b2, sizeof(b2)));
	EXPECT_EQ(b->lm.speed, a.lm.speed) TH_LOG("%s", what);
	EXPECT_EQ(b->lm.duplex, a.lm.duplex) TH_LOG("%s", what);
	if (self->dut.sim) {
		EXPECT_EQ(b->regs[KC_MII_ADVERTISE], a.regs[KC_MII_ADVERTISE])
			TH_LOG("%s", what);
		EXPECT_EQ(b->regs[KC_MII_BMCR], a.regs[KC_MII_BMCR])
			TH_LOG("%s", what);
	}
}

/* want: one message, or alternatives separated by '|' (kernels differ) */
static bool kc_extack_is(const char *want, const char *got)
{
	size_t n = strlen(got);

	while (want) {
		const char *bar = strchr(want, '|');
		size_t len = bar ? (size_t)(bar - want) : strlen(want);

		if (len == n && !strncmp(want, got, n))
			return true;
		want = bar ? bar + 1 : NULL;
	}
	return false;
}

static void kc_expect_refused(struct __test_metadata *_metadata,
			      FIXTURE_DATA(phy) *self,
			      const struct kc_linkmodes_set *req, int err,
			      const char *extack, const char *what)
{
	struct kc_snapshot b;
	int ret;

	kc_snap(_metadata, self, &b);
	kc_eth_mon_drain(&self->nl);
	ret = kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, req);
	TH_LOG("%s: %s, extack \"%s\"", what, ret ? strerror(-ret) : "accepted",
	       self->nl.extack);
	EXPECT_EQ(-err, ret) TH_LOG("%s", what);
	EXPECT_TRUE(kc_extack_is(extack, self->nl.extack))
		TH_LOG("%s: extack \"%s\", want \"%s\"", what, self->nl.extack, extack);
	kc_expect_unchanged(_metadata, self, &b, what);
}

/* autoneg off with a speed phylib does not know */
TEST_F(phy, bad_forced_speed)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.autoneg = AUTONEG_DISABLE;
	req.duplex = DUPLEX_FULL;
	req.speed = SPEED_2500;
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "link settings update failed", "autoneg off speed 2500");
	req.speed = 0;
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "link settings update failed", "autoneg off speed 0");
}

/* autoneg off with a duplex that is neither half nor full */
TEST_F(phy, bad_forced_duplex)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.autoneg = AUTONEG_DISABLE;
	req.speed = SPEED_100;
	req.duplex = 7;
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "link settings update failed",
			  "autoneg off speed 100 duplex 7");
	req.duplex = DUPLEX_UNKNOWN;
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "link settings update failed",
			  "autoneg off speed 100 duplex unknown");
}

/* link modes that do not exist, by name, by index, past the table */
TEST_F(phy, bad_link_mode)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.set_ours_bit = true;
	req.bit_name = "1000baseT/Fullx";
	kc_expect_refused(_metadata, self, &req, EOPNOTSUPP,
			  "bit name not found", "advertise \"1000baseT/Fullx\"");
	req.bit_name = NULL;
	req.bit_index = 100000;
	kc_expect_refused(_metadata, self, &req, EOPNOTSUPP,
			  "bit index too high", "advertise bit 100000");
	req.bit_index = ETHTOOL_LINK_MODE_100baseT_Full_BIT;
	req.bit_name = "10baseT/Half";
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "bit index and name mismatch",
			  "advertise bit 3 named 10baseT/Half");

	req = kc_adv_req(kc_lm_of(0, 0, 0, 1));
	kc_lm_set(&req.ours_value, KC_LM_NBITS - 1);
	kc_lm_set(&req.ours_mask, KC_LM_NBITS - 1);
	req.size = KC_LM_NBITS;	/* past the kernel's count, deliberately */
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "cannot modify bits past kernel bitset size",
			  "advertise compact bit 127");
}

#define KC_MS_INVALID "master/slave value is invalid|master/slave configuration not supported by device"

/* lanes that are not a power of two; master/slave on a PHY without it */
TEST_F(phy, bad_lanes_master_slave)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.lanes = 3;
	/* before 5.11 (5.10) the kernel has no lanes attribute at all */
	kc_expect_refused(_metadata, self, &req, EINVAL,
			  "lanes value is invalid|Unknown attribute type", "lanes 3");
	req = (struct kc_linkmodes_set)KC_LINKMODES_SET_INIT;
	req.master_slave = MASTER_SLAVE_CFG_MASTER_PREFERRED;
	kc_expect_refused(_metadata, self, &req, EOPNOTSUPP,
			  "master/slave configuration not supported by device",
			  "master-preferred");
	req.master_slave = 99;
	/* 5.10 checks the device's support before the value */
	kc_expect_refused(_metadata, self, &req, EOPNOTSUPP, KC_MS_INVALID, "master/slave 99");
}

/*
 * Requests the kernel may accept although no 10/100 mode fits: with
 * autoneg on, ethnl keeps the link-mode bits that have no speed (Autoneg,
 * TP, MII, Pause) when it drops the rest, so phylib's "nothing advertised"
 * check does not fire on 6.1. Either the kernel refuses (errno, extack,
 * state unchanged) or it accepts and then advertises no speed at all:
 * ADVERTISE has no 10/100 bit and the link goes down. Both drivers must
 * agree; the log says which happened.
 */
static void kc_refused_or_no_speed(struct __test_metadata *_metadata,
				   FIXTURE_DATA(phy) *self,
				   const struct kc_linkmodes_set *req,
				   const char *what)
{
	struct kc_linkmodes_set all = kc_adv_req(kc_lm_of(1, 1, 1, 1));
	struct kc_linkmodes ntf, lm;
	struct kc_linkstate ls;
	struct kc_snapshot b;
	struct kc_lm speeds;
	uint16_t adv;
	char buf[256];
	int ret;

	kc_snap(_metadata, self, &b);
	kc_eth_mon_drain(&self->nl);
	ret = kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, req);
	if (ret < 0) {
		TH_LOG("%s: refused, %s, extack \"%s\"", what, strerror(-ret),
		       self->nl.extack);
		EXPECT_NE(0, self->nl.extack[0]) TH_LOG("%s: no extack", what);
		kc_expect_unchanged(_metadata, self, &b, what);
		return;
	}
	ASSERT_EQ(1, kc_eth_mon_wait_linkmodes(&self->nl, self->dut.ifindex,
					       1000, &ntf));
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm));
	TH_LOG("%s: accepted; advertises %s", what,
	       kc_lm_str(&lm.ours, buf, sizeof(buf)));
	speeds = kc_lm_speeds(&lm.ours);
	EXPECT_TRUE(kc_lm_empty(&speeds))
		TH_LOG("%s: still advertises a speed", what);
	if (self->dut.sim) {
		EXPECT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex,
						false, KC_LINK_TIMEOUT_MS))
			TH_LOG("%s: link stays up with nothing advertised", what);
		/* the AX88772A re-inits on link loss: let that settle too */
		EXPECT_EQ(0, kc_wait_reg(&self->dut, KC_MII_ADVERTISE,
					 KC_ADV_ALL, 0, 3000, &adv))
			TH_LOG("%s: ADVERTISE 0x%04x", what, adv);
		ASSERT_EQ(0, kc_eth_linkstate_get(&self->nl, self->dut.ifindex,
						  &ls));
		EXPECT_EQ(0, ls.link);
	}
	/* every mode again: the link comes back */
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &all));
	if (self->dut.sim)
		EXPECT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex,
						true, KC_LINK_TIMEOUT_MS));
}

TEST_F(phy, speed_1000_autoneg)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.speed = SPEED_1000;
	kc_refused_or_no_speed(_metadata, self, &req, "speed 1000");
	req.duplex = DUPLEX_FULL;
	kc_refused_or_no_speed(_metadata, self, &req, "speed 1000 duplex full");
}

TEST_F(phy, duplex_invalid_autoneg)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;

	KC_BEGIN();
	req.duplex = 7;
	kc_refused_or_no_speed(_metadata, self, &req, "duplex 7");
}

TEST_F(phy, advertise_unsupported_only)
{
	struct kc_linkmodes_set req = kc_adv_req((struct kc_lm){ { 0 } });

	KC_BEGIN();
	kc_lm_set(&req.ours_value, LM(1000baseT_Full));
	kc_lm_set(&req.ours_value, LM(1000baseT_Half));
	kc_refused_or_no_speed(_metadata, self, &req,
			       "advertise 1000baseT/Half 1000baseT/Full only");
	req = kc_adv_req((struct kc_lm){ { 0 } });
	kc_refused_or_no_speed(_metadata, self, &req, "advertise no speed");
}

/* unsupported modes next to supported ones are dropped silently */
TEST_F(phy, advertise_masks_unsupported)
{
	struct kc_linkmodes_set req = kc_adv_req(kc_lm_of(0, 0, 0, 1));
	struct kc_lm want = kc_lm_of(0, 0, 0, 1), got;
	struct kc_linkmodes lm;
	char b[256];

	KC_BEGIN();
	kc_lm_set(&req.ours_value, LM(1000baseT_Full));
	ASSERT_EQ(0, kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req))
		TH_LOG("%s %s", strerror(-self->nl.err), self->nl.extack);
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm));
	got = kc_lm_speeds(&lm.ours);
	EXPECT_TRUE(kc_lm_equal(&want, &got))
		TH_LOG("advertises %s", kc_lm_str(&lm.ours, b, sizeof(b)));
	if (!self->dut.sim)
		return;
	EXPECT_EQ(0, kc_wait_resolved(&self->nl, self->dut.ifindex, SPEED_100,
				      DUPLEX_FULL, KC_LINK_TIMEOUT_MS, &lm));
}

/*
 * Forced 1000 on a 10/100 PHY: phy_ethtool_ksettings_set() only checks
 * that the speed is one of 10/100/1000, so 6.1 accepts it; the PHY must
 * still never run or report a speed it cannot: phylib's
 * phy_sanitize_settings() drops to 100/full, and BMCR says so. (If a
 * kernel refuses it instead, the refusal must carry an extack.)
 */
TEST_F(phy, forced_speed_1000)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;
	struct kc_linkmodes lm;
	uint16_t regs[32];
	int ret;

	KC_BEGIN();
	KC_NEED_SIM();
	req.autoneg = AUTONEG_DISABLE;
	req.speed = SPEED_1000;
	req.duplex = DUPLEX_FULL;
	ret = kc_eth_linkmodes_set(&self->nl, self->dut.ifindex, &req);
	if (ret < 0) {
		TH_LOG("refused: %s, extack \"%s\"", strerror(-ret),
		       self->nl.extack);
		EXPECT_NE(0, self->nl.extack[0]);
		return;
	}
	ASSERT_LE(0, kc_rt_wait_carrier(&self->nl, self->dut.ifindex, true,
					KC_LINK_TIMEOUT_MS));
	kc_sleep_ms(1500);	/* a full poll after the link came up */
	ASSERT_EQ(0, kc_eth_linkmodes_get(&self->nl, self->dut.ifindex, &lm));
	ASSERT_EQ(0, kc_sim_regs(&self->dut, regs));
	TH_LOG("accepted; reports %lld/%s, BMCR 0x%04x", (long long)lm.speed,
	       kc_duplex_str(lm.duplex), regs[KC_MII_BMCR]);
	/* phy_sanitize_settings() falls back to the fastest supported mode */
	EXPECT_EQ(SPEED_100, lm.speed);
	EXPECT_EQ(DUPLEX_FULL, lm.duplex);
	EXPECT_EQ(KC_BMCR_SPEED100 | KC_BMCR_FULLDPLX, regs[KC_MII_BMCR] &
		  (KC_BMCR_ANENABLE | KC_BMCR_SPEED100 | KC_BMCR_FULLDPLX));
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

KC_PHY_HARNESS_MAIN
