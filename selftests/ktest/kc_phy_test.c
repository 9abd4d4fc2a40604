// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_test: a PHY driver that fills every slot of kcrate's PHY
 * descriptor, for the simulated PHY id 0x00ff5500. Each callback counts its
 * calls and checks that the handle it got is the PHY it is bound to, for
 * guest test 12-phy-slots, which drives phylib and ethtool so that phylib calls
 * them through the generated trampolines; the counts are the PHY's ethtool
 * statistics (`ethtool --phy-statistics IF`, which itself goes through
 * get_sset_count, get_strings and get_stats). Built on every kernel, it
 * also proves each trampoline compiles against that kernel's phy_driver.
 *
 * The simulated bus has no interrupt line, so phylib polls and never calls
 * handle_interrupt itself: each status poll raises two interrupts through
 * the slot the way phy_interrupt() does (phydev->drv->handle_interrupt,
 * phydev->lock held, as read_status has it), one the PHY flags in its
 * interrupt status and one it does not, and counts what the trampoline
 * returned to phylib for each (the irq_* statistics).
 */
#include <linux/ethtool.h>

#include <abstractions/phy.h>
#include <core/module.h>

#define KC_PHY_TEST_ID		0x00ff5500

enum kc_phy_test_slot {
	SLOT_SOFT_RESET, SLOT_CONFIG_INIT, SLOT_PROBE, SLOT_GET_FEATURES,
	SLOT_MATCH, SLOT_CONFIG_ANEG, SLOT_READ_STATUS, SLOT_SUSPEND,
	SLOT_RESUME, SLOT_LINK_CHANGE, SLOT_READ_MMD, SLOT_WRITE_MMD,
	SLOT_SSET_COUNT, SLOT_STRINGS, SLOT_STATS, SLOT_LOOPBACK,
	SLOT_IRQ, SLOT_BAD_HANDLE,
	/* What phylib got back from handle_interrupt: */
	IRQ_OURS_HANDLED, IRQ_OURS_NONE, IRQ_OTHER_NONE, IRQ_OTHER_HANDLED,
	SLOT_COUNT
};

static const char * const slot_names[SLOT_COUNT] = {
	"soft_reset", "config_init", "probe", "get_features",
	"match_phy_device", "config_aneg", "read_status", "suspend",
	"resume", "link_change_notify", "read_mmd", "write_mmd",
	"get_sset_count", "get_strings", "get_stats", "set_loopback",
	"handle_interrupt", "bad_handle",
	"irq_ours_handled", "irq_ours_none", "irq_other_none",
	"irq_other_handled",
};

static atomic_t calls[SLOT_COUNT];

/**
 * struct kc_phy_test - the per-device state (core/state.h)
 * @phy: the PHY that probe built it for
 * @removed: remove has run, before the drop
 */
struct kc_phy_test {
	struct kc_phy *phy;
	bool removed;
};

static void kc_phy_test_drop(struct kc_phy_test *t)
{
	pr_info("kc_phy_test: drop: %s\n", t->removed ? "after remove" : "BEFORE REMOVE");
}

KC_DEVICE_STATE_DROP(struct kc_phy_test, kc_phy_test_drop);

/*
 * Count a call. A handle that is not a PHY with our id, or whose state is
 * not the one probe built for it, counts as bad.
 */
static void called(enum kc_phy_test_slot slot, struct kc_phy *phy)
{
	atomic_inc(&calls[slot]);
	if (!phy || kc_phy_id(phy) != KC_PHY_TEST_ID ||
	    !kc_phy_state(phy) || kc_phy_state(phy)->phy != phy)
		atomic_inc(&calls[SLOT_BAD_HANDLE]);
}

static __kc_might_sleep int t_soft_reset(struct kc_phy *phy)
{
	called(SLOT_SOFT_RESET, phy);
	return kc_genphy_soft_reset(phy);
}
KC_PHY_CALLBACK(soft_reset, t_soft_reset);

static int t_config_init(struct kc_phy *phy)
{
	called(SLOT_CONFIG_INIT, phy);
	return 0;
}
KC_PHY_CALLBACK(config_init, t_config_init);

static int t_probe(struct kc_phy *phy, struct kc_phy_test *state)
{
	/* Zeroed, and already the PHY's state while probe builds it. */
	if (state->phy || state->removed || kc_phy_state(phy) != state)
		atomic_inc(&calls[SLOT_BAD_HANDLE]);
	state->phy = phy;
	called(SLOT_PROBE, phy);
	return 0;
}
KC_PHY_CALLBACK(probe, t_probe);

static void t_remove(struct kc_phy *phy, struct kc_phy_test *state)
{
	pr_info("kc_phy_test: remove: %s\n",
		state == kc_phy_state(phy) && state->phy == phy ?
		"the state probe built" : "ANOTHER STATE");
	state->removed = true;
}
KC_PHY_CALLBACK(remove, t_remove);

static __kc_might_sleep int t_get_features(struct kc_phy *phy)
{
	called(SLOT_GET_FEATURES, phy);
	return kc_genphy_read_abilities(phy);
}
KC_PHY_CALLBACK(get_features, t_get_features);

static bool t_match(struct kc_phy *phy)
{
	/* phylib asks before binding: the id is the only valid field yet. */
	atomic_inc(&calls[SLOT_MATCH]);
	return kc_phy_id(phy) == KC_PHY_TEST_ID;
}
KC_PHY_CALLBACK(match_phy_device, t_match);

static __kc_might_sleep int t_config_aneg(struct kc_phy *phy)
{
	called(SLOT_CONFIG_ANEG, phy);
	return kc_genphy_config_aneg(phy);
}
KC_PHY_CALLBACK(config_aneg, t_config_aneg);

/* The PHY's interrupt status register: set by raise_irq(), read clears. */
static atomic_t irq_status;

static bool t_handle_interrupt(struct kc_phy *phy)
{
	called(SLOT_IRQ, phy);
	return atomic_xchg(&irq_status, 0);
}
KC_PHY_CALLBACK(handle_interrupt, t_handle_interrupt);

/*
 * An interrupt as phy_interrupt() delivers it: the bound driver's
 * handle_interrupt, whose irqreturn_t tells the IRQ core whether the
 * interrupt was handled (IRQ_NONE repeated makes it disable the line).
 */
static __kc_might_sleep void raise_irq(struct kc_phy *phy, bool ours)
{
	struct phy_device *phydev = kc_unsafe_raw_phydev(phy);
	irqreturn_t ret;

	atomic_set(&irq_status, ours);
	ret = phydev->drv->handle_interrupt(phydev);
	if (ours)
		atomic_inc(&calls[ret == IRQ_HANDLED ? IRQ_OURS_HANDLED : IRQ_OURS_NONE]);
	else
		atomic_inc(&calls[ret == IRQ_NONE ? IRQ_OTHER_NONE : IRQ_OTHER_HANDLED]);
}

static __kc_might_sleep int t_read_status(struct kc_phy *phy)
{
	called(SLOT_READ_STATUS, phy);
	raise_irq(phy, true);
	raise_irq(phy, false);
	return kc_genphy_read_status(phy);
}
KC_PHY_CALLBACK(read_status, t_read_status);

static __kc_might_sleep int t_suspend(struct kc_phy *phy)
{
	called(SLOT_SUSPEND, phy);
	return kc_genphy_suspend(phy);
}
KC_PHY_CALLBACK(suspend, t_suspend);

static __kc_might_sleep int t_resume(struct kc_phy *phy)
{
	called(SLOT_RESUME, phy);
	return kc_genphy_resume(phy);
}
KC_PHY_CALLBACK(resume, t_resume);

static void t_link_change(struct kc_phy_notify *n)
{
	called(SLOT_LINK_CHANGE, kc_phy_notify_phy(n));
}
KC_PHY_CALLBACK(link_change_notify, t_link_change);

/* A clause-22-only PHY: no MMD registers. */
static struct kc_result_u16 t_read_mmd(struct kc_phy_bus_locked *phy, struct kc_c45_reg reg)
{
	atomic_inc(&calls[SLOT_READ_MMD]);
	return KC_ERR(struct kc_result_u16, -EOPNOTSUPP);
}
KC_PHY_CALLBACK(read_mmd, t_read_mmd);

static int t_write_mmd(struct kc_phy_bus_locked *phy, struct kc_c45_reg reg, u16 val)
{
	atomic_inc(&calls[SLOT_WRITE_MMD]);
	return -EOPNOTSUPP;
}
KC_PHY_CALLBACK(write_mmd, t_write_mmd);

static int t_sset_count(struct kc_phy *phy)
{
	called(SLOT_SSET_COUNT, phy);
	return SLOT_COUNT;
}
KC_PHY_CALLBACK(get_sset_count, t_sset_count);

static void t_strings(struct kc_phy *phy, u8 *data)
{
	int i;

	called(SLOT_STRINGS, phy);
	for (i = 0; i < SLOT_COUNT; i++)
		strscpy(data + i * ETH_GSTRING_LEN, slot_names[i], ETH_GSTRING_LEN);
}
KC_PHY_CALLBACK(get_strings, t_strings);

static void t_stats(struct kc_phy *phy, u64 *data)
{
	int i;

	called(SLOT_STATS, phy);
	for (i = 0; i < SLOT_COUNT; i++)
		data[i] = atomic_read(&calls[i]);
}
KC_PHY_CALLBACK(get_stats, t_stats);

static __kc_might_sleep int t_loopback(struct kc_phy *phy, bool enable, int speed)
{
	called(SLOT_LOOPBACK, phy);
	return kc_phy_modify(phy, KC_C22_BMCR, BMCR_LOOPBACK, enable ? BMCR_LOOPBACK : 0);
}
KC_PHY_CALLBACK(set_loopback, t_loopback);

KC_PHY_DRIVERS(kc_phy_test_drivers,
	       (KC_PHY_ID_EXACT(KC_PHY_TEST_ID),
		.name		= "kcrate slot test PHY",
		KC_PHY_CB(soft_reset, t_soft_reset),
		KC_PHY_CB(config_init, t_config_init),
		KC_PHY_CB(probe, t_probe),
		KC_PHY_CB(remove, t_remove),
		KC_PHY_CB(get_features, t_get_features),
		KC_PHY_CB(match_phy_device, t_match),
		KC_PHY_CB(config_aneg, t_config_aneg),
		KC_PHY_CB(read_status, t_read_status),
		KC_PHY_CB(suspend, t_suspend),
		KC_PHY_CB(resume, t_resume),
		KC_PHY_CB(link_change_notify, t_link_change),
		KC_PHY_CB(read_mmd, t_read_mmd),
		KC_PHY_CB(write_mmd, t_write_mmd),
		KC_PHY_CB(get_sset_count, t_sset_count),
		KC_PHY_CB(get_strings, t_strings),
		KC_PHY_CB(get_stats, t_stats),
		KC_PHY_CB(set_loopback, t_loopback),
		KC_PHY_CB(handle_interrupt, t_handle_interrupt)));

KC_MODULE(kc_phy_test,
	  KC_PHY_REGISTER(kc_phy_test_drivers),
	  KC_DESCRIPTION("kcrate: every slot of the PHY descriptor, counted"),
	  KC_LICENSE("GPL"));
