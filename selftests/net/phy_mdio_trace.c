// SPDX-License-Identifier: GPL-2.0
/*
 * phy_mdio_trace: drive one simulated PHY through a fixed sequence of
 * netlink requests and link events and print, per step, what the PHY
 * driver did on the MDIO bus, in a form that does not depend on timing:
 *
 *   step <name>
 *   W <reg> 0x<val> <ret>        every write, in order
 *   R <reg> <ret>                each register read in the step (once,
 *                                sorted: how often phylib polled varies)
 *   S link <l> speed <s> duplex <d> autoneg <a>
 *                                what a user sees at the step's end
 *                                (ethtool netlink; "error <errno>" for a
 *                                request that failed), in the steps that
 *                                end on a carrier change they waited for:
 *                                after a renegotiation, whether phylib's
 *                                last poll saw the link back depends on
 *                                the poll's phase
 *
 * The flows run twice: with the interface connecting its PHY when it
 * opens (phylib detaches, suspending the PHY, when it closes), then with
 * the PHY connected for the interface's life ("on-create": closing only
 * stops the PHY, phylib suspends it, and the next open resumes it with no
 * reset in between, the path of a MAC driver that connects in its probe),
 * and through a system sleep at the devices level (/sys/power/pm_test).
 * The first sequence ends with the driver unbound from the PHY and bound
 * again while the interface is down (the driver's remove, phylib's probe
 * through it), and the interface brought up on the rebound driver.
 *
 * Run once with upstream's driver loaded and once with kcrate's, the two
 * outputs must be equal (selftests/guest/tests/net/33-net-trace.sh diffs
 * them). Needs the simulator; exits 4 (skip) without it.
 *
 * usage: phy_mdio_trace PHYID [ADDR]
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/if.h>
#include <linux/ethtool.h>

#include "kc_nl.h"
#include "kc_sim.h"

#define TRACE_MAX 8192
#define SETTLE_MS 1500	/* more than one phylib poll (1 s) */
#define LINK_MS 6000

static struct kc_trace_ent trace[TRACE_MAX];
static struct kc_dut dut;
static struct kc_nl nl;
static int failures;

static void fail(const char *step, const char *what, int err)
{
	fprintf(stderr, "phy_mdio_trace: %s: %s: %s\n", step, what,
		strerror(err < 0 ? -err : err));
	failures++;
}

/* What the user sees: the link, and the speed, duplex and autoneg. */
static void print_state(void)
{
	struct kc_linkstate ls;
	struct kc_linkmodes lm;
	int ret;

	printf("S");
	ret = kc_eth_linkstate_get(&nl, dut.ifindex, &ls);
	if (ret < 0)
		printf(" link error %d", ret);
	else
		printf(" link %d", ls.link);
	ret = kc_eth_linkmodes_get(&nl, dut.ifindex, &lm);
	if (ret < 0)
		printf(" modes error %d", ret);
	else
		printf(" speed %lld duplex %d autoneg %d", (long long)lm.speed,
		       lm.duplex, lm.autoneg);
	printf("\n");
}

/* @state: print what the user sees (the step ended on a settled link). */
static void dump(const char *step, bool state)
{
	int n = kc_sim_trace(&dut, trace, TRACE_MAX);
	unsigned int seen[32] = { 0 };

	printf("step %s\n", step);
	if (n < 0) {
		fail(step, "read trace", n);
		return;
	}
	if (n == TRACE_MAX)
		fail(step, "trace too long", E2BIG);
	for (int i = 0; i < n; i++) {
		if (trace[i].op == 'W')
			printf("W %u 0x%04x %d\n", trace[i].reg, trace[i].val,
			       trace[i].ret);
		else if (trace[i].reg < 32)
			/* remember each (register, result) once */
			seen[trace[i].reg] |= trace[i].ret ? 2 : 1;
	}
	for (unsigned int reg = 0; reg < 32; reg++) {
		if (seen[reg] & 1)
			printf("R %u 0\n", reg);
		if (seen[reg] & 2)
			printf("R %u error\n", reg);
	}
	if (state)
		print_state();
	fflush(stdout);
	kc_sim_trace_clear(&dut);
}

static void settle(void)
{
	kc_sleep_ms(SETTLE_MS);
}

static void wait_carrier(const char *step, bool up)
{
	int ret = kc_rt_wait_carrier(&nl, dut.ifindex, up, LINK_MS);

	if (ret < 0)
		fail(step, up ? "carrier up" : "carrier down", ret);
}

static void set_adv(const char *step, int autoneg, unsigned int speeds)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;
	int ret;

	req.autoneg = autoneg;
	req.set_ours = true;
	for (unsigned int bit = 0; bit < 4; bit++) {
		kc_lm_set(&req.ours_mask, bit);
		if (speeds & (1u << bit))
			kc_lm_set(&req.ours_value, bit);
	}
	ret = kc_eth_linkmodes_set(&nl, dut.ifindex, &req);
	if (ret < 0)
		fail(step, nl.extack[0] ? nl.extack : "LINKMODES_SET", ret);
}

static void set_forced(const char *step, int speed, int duplex)
{
	struct kc_linkmodes_set req = KC_LINKMODES_SET_INIT;
	int ret;

	req.autoneg = AUTONEG_DISABLE;
	req.speed = speed;
	req.duplex = duplex;
	ret = kc_eth_linkmodes_set(&nl, dut.ifindex, &req);
	if (ret < 0)
		fail(step, nl.extack[0] ? nl.extack : "LINKMODES_SET", ret);
}

static void sim(const char *step, const char *file, const char *val)
{
	int ret = kc_sim_write(&dut, file, "%s", val);

	if (ret < 0)
		fail(step, file, ret);
}

/*
 * Set the interface up or down; @step ends when phylib settled (and, up,
 * once the carrier is up).
 */
static void link_set(const char *step, bool up)
{
	int ret = kc_rt_link_set_up(&nl, dut.ifindex, up);

	if (ret < 0)
		fail(step, "RTM_NEWLINK", ret);
	if (up)
		wait_carrier(step, true);
	settle();
}

/*
 * A system sleep at the devices level (/sys/power/pm_test "devices": every
 * device is suspended and resumed, the machine is not), with the interface
 * up: phylib's MDIO bus PM suspends the PHY, then re-initialises and
 * resumes it and restarts its state machine.
 */
static void system_sleep(const char *step)
{
	int ret = kc_write_file("/sys/power/pm_test", "devices");

	if (ret < 0) {
		fail(step, "/sys/power/pm_test", ret);
		return;
	}
	/* The wait at the test level (5 s by default) adds nothing here. */
	kc_write_file("/sys/module/suspend/parameters/pm_test_delay", "0");
	ret = kc_write_file("/sys/power/state", "freeze");
	if (ret < 0)
		fail(step, "/sys/power/state freeze", ret);
	ret = kc_write_file("/sys/power/pm_test", "none");
	if (ret < 0)
		fail(step, "/sys/power/pm_test none", ret);
	wait_carrier(step, true);
	settle();
}

/* The PHY's device name on the simulator's MDIO bus. */
static void phy_name(char *buf, size_t len)
{
	snprintf(buf, len, "kc_phy_sim-%u:%02x", dut.id, dut.addr);
}

/*
 * Unbind the PHY driver from the PHY, with the interface down (the PHY is
 * not attached): the driver's remove. @driver (PATH_MAX bytes) gets the
 * driver's sysfs directory, for bind_again().
 */
static void unbind_driver(const char *step, char *driver)
{
	char name[32], path[PATH_MAX + 32];
	int ret;

	phy_name(name, sizeof(name));
	snprintf(path, sizeof(path), "/sys/bus/mdio_bus/devices/%s/driver", name);
	if (!realpath(path, driver)) {
		fail(step, path, errno);
		driver[0] = 0;
		return;
	}
	snprintf(path, sizeof(path), "%s/unbind", driver);
	ret = kc_write_file(path, name);
	if (ret < 0)
		fail(step, path, ret);
	settle();
}

/* Bind the driver unbind_driver() took off again: phylib's probe through it. */
static void bind_again(const char *step, const char *driver)
{
	char name[32], path[PATH_MAX + 32];
	int ret;

	if (!driver[0])
		return;
	phy_name(name, sizeof(name));
	snprintf(path, sizeof(path), "%s/bind", driver);
	ret = kc_write_file(path, name);
	if (ret < 0)
		fail(step, path, ret);
	settle();
}

/*
 * The PHY connected for the interface's life: probe and attach, up, down
 * (phylib halts and suspends the PHY), up again (it resumes it, with no
 * reset before) and a system sleep.
 */
static void lifetime_flows(void)
{
	link_set("lifetime-create+up", true);
	dump("lifetime-create+up", true);
	link_set("lifetime-down", false);
	dump("lifetime-down", true);
	link_set("lifetime-up-again", true);
	dump("lifetime-up-again", true);
	system_sleep("lifetime-system-sleep");
	dump("lifetime-system-sleep", false);
}

/* Probe and the first up, link modes, partner changes, down, up again. */
static void flows(void)
{
	char driver[PATH_MAX];
	int ret;

	/* probe (PHY id reads) and the first up: connect, soft reset, aneg */
	link_set("create+up", true);
	dump("create+up", true);

	set_adv("advertise-10", -1, 0x3);
	settle();
	dump("advertise-10", false);

	set_forced("forced-100-full", SPEED_100, DUPLEX_FULL);
	settle();
	dump("forced-100-full", false);

	set_forced("forced-10-half", SPEED_10, DUPLEX_HALF);
	settle();
	dump("forced-10-half", false);

	set_adv("autoneg-all", AUTONEG_ENABLE, 0xf);
	wait_carrier("autoneg-all", true);
	settle();
	dump("autoneg-all", false);

	sim("partner-down", "link", "0");
	wait_carrier("partner-down", false);
	settle();
	dump("partner-down", true);

	sim("partner-up", "link", "1");
	wait_carrier("partner-up", true);
	settle();
	dump("partner-up", true);

	sim("partner-10-half", "partner_advertise", "0x0021");
	ret = kc_eth_nway_reset(dut.ifname);
	if (ret < 0)
		fail("partner-10-half", "ETHTOOL_NWAY_RST", ret);
	settle();
	dump("partner-10-half", false);

	sim("lpa-zero", "lpa_zero", "1");
	ret = kc_eth_nway_reset(dut.ifname);
	if (ret < 0)
		fail("lpa-zero", "ETHTOOL_NWAY_RST", ret);
	settle();
	dump("lpa-zero", false);

	link_set("down", false);
	dump("down", true);

	link_set("up-again", true);
	dump("up-again", true);

	/* The driver unbound and bound again, and the PHY brought up by it. */
	link_set("down-before-unbind", false);
	dump("down-before-unbind", true);
	unbind_driver("unbind", driver);
	dump("unbind", false);
	bind_again("bind", driver);
	dump("bind", false);
	link_set("up-after-bind", true);
	dump("up-after-bind", true);
}

int main(int argc, char **argv)
{
	uint32_t phyid;
	int addr, ret;

	if (argc < 2) {
		fprintf(stderr, "usage: %s PHYID [ADDR]\n", argv[0]);
		return 2;
	}
	phyid = strtoul(argv[1], NULL, 16);
	addr = argc > 2 ? atoi(argv[2]) : 1;
	unsetenv("NETIF");
	if (!kc_sim_present()) {
		printf("# SKIP needs the simulator (%s)\n", KC_SIM_DIR);
		return 4;
	}
	ret = kc_nl_open(&nl);
	if (ret < 0) {
		fail("open", nl.what, ret);
		return 1;
	}
	ret = kc_dut_open(&dut, phyid, addr);
	if (ret < 0) {
		fail("create", "new_device", ret);
		return 1;
	}

	flows();
	kc_dut_close(&dut);

	/* The PHY connected for the interface's life. */
	ret = kc_dut_open_mode(&dut, phyid, addr, "on-create");
	if (ret < 0) {
		fail("create", "new_device on-create", ret);
		kc_nl_close(&nl);
		return 1;
	}
	lifetime_flows();
	kc_dut_close(&dut);
	kc_nl_close(&nl);
	return failures ? 1 : 0;
}
