/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kc_sim: the control files of kcrate's simulated PHY board
 * (selftests/sim, debugfs /sys/kernel/debug/kc_phy_sim/), and the
 * device-under-test selection shared by the network selftests:
 *
 *   - NETIF=<iface>: that interface, as a real board (even when the
 *     simulator is loaded): tests that need the simulated link partner,
 *     the trace or the registers skip, and variants whose PHY id is not the
 *     board's skip;
 *   - otherwise, simulator present (new_device writable): each fixture
 *     creates its own instance "kcsim<ID>" with the variant's PHY id and
 *     deletes it after.
 */
#ifndef KC_SIM_H
#define KC_SIM_H

#include <stdbool.h>
#include <stdint.h>

#define KC_SIM_DIR "/sys/kernel/debug/kc_phy_sim"

#define KC_PHYID_AX88772A 0x003b1861u
#define KC_PHYID_AX88772C 0x003b1881u
#define KC_PHYID_AX88796B 0x003b1841u

/* MII registers and bits used by the tests (as in <linux/mii.h>). */
#define KC_MII_BMCR		0
#define KC_MII_BMSR		1
#define KC_MII_ADVERTISE	4
#define KC_MII_LPA		5
#define KC_BMCR_RESET		0x8000
#define KC_BMCR_SPEED100	0x2000
#define KC_BMCR_ANENABLE	0x1000
#define KC_BMCR_PDOWN		0x0800
#define KC_BMCR_ANRESTART	0x0200
#define KC_BMCR_FULLDPLX	0x0100
#define KC_ADV_10HALF		0x0020
#define KC_ADV_10FULL		0x0040
#define KC_ADV_100HALF		0x0080
#define KC_ADV_100FULL		0x0100
#define KC_ADV_ALL		0x01e0

struct kc_dut {
	bool sim;		/* a simulated instance we created */
	unsigned int id;	/* simulator instance id */
	char ifname[32];
	int ifindex;
	uint32_t phyid;		/* what the variant asked for */
	int addr;
	char dir[96];		/* KC_SIM_DIR/<id> */
	char skip[512];		/* non-empty: why this DUT cannot be tested */
};

struct kc_trace_ent {
	unsigned long seq;
	char op;		/* 'R' or 'W' */
	unsigned int reg;
	unsigned int val;
	int ret;
};

bool kc_sim_present(void);

/*
 * Choose and prepare the device under test for a variant: create a sim
 * instance, or take NETIF. Returns 0, or a negative errno with dut->skip
 * empty on a real failure; a non-empty dut->skip means "skip, not fail".
 */
int kc_dut_open(struct kc_dut *dut, uint32_t phyid, int addr);
/*
 * The same with the simulator's new_device MODE ("on-create": the PHY is
 * connected for the interface's life); NULL: the default, on open.
 */
int kc_dut_open_mode(struct kc_dut *dut, uint32_t phyid, int addr, const char *mode);
void kc_dut_close(struct kc_dut *dut);

/* Write/read a file of the instance; 0 or negative errno. */
int kc_sim_write(const struct kc_dut *dut, const char *file, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int kc_sim_read(const struct kc_dut *dut, const char *file, char *buf, int len);

/* regs: 32 values; 0 or negative errno. */
int kc_sim_regs(const struct kc_dut *dut, uint16_t regs[32]);
/* trace: up to max entries; count or negative errno. */
int kc_sim_trace(const struct kc_dut *dut, struct kc_trace_ent *ents, int max);
int kc_sim_trace_clear(const struct kc_dut *dut);
/* Print a trace as TAP diagnostics. */
void kc_sim_trace_dump(const struct kc_trace_ent *ents, int n);

/* sysfs helpers */
int kc_read_file(const char *path, char *buf, int len);
/* Write S to PATH in one write(); 0 or negative errno. */
int kc_write_file(const char *path, const char *s);
/*
 * The sysfs directory of IF's PHY: for IF = $NETIF, $NETIF_PHYDEV if set,
 * else what kc_phydev_remember() recorded; otherwise (and when nothing
 * was recorded) /sys/class/net/IF/phydev. Returns buf.
 */
const char *kc_phydev_dir(const char *ifname, char *buf, int len);
void kc_phydev_remember(const char *dir);
/*
 * Find IF's PHY: $NETIF_PHYDEV (IF = $NETIF), the phydev link, or else a
 * PHY on an MDIO bus registered under the net_device's parent device or
 * that device's parent, or on the bus "usb-BBB:DDD" of the parent USB
 * device (asix attaches its PHY before registering the net_device: no
 * phydev link); among several, the one at MDIO address addr (-1: unknown).
 * Writes its directory to dir and how it was found (or why none was) to
 * how; returns 0 or a negative errno.
 */
int kc_phy_find(const char *ifname, int addr, char *dir, int len,
		char *how, int hlen);
/* basename of the phydev's driver link, or negative errno */
int kc_phy_driver_name(const char *ifname, char *buf, int len);
const char *kc_phy_model(uint32_t phyid);	/* "AX88772A" ... */

#endif /* KC_SIM_H */
