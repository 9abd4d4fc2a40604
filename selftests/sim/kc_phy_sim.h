/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kc_phy_sim: private header of the simulated board (test infrastructure).
 *
 * One instance ("device") = the per-device state of the kc_phy_sim
 * platform driver bound to a platform device "kc_phy_sim.ID": an MDIO bus
 * "kc_phy_sim-ID" with one emulated clause-22 PHY, and a net_device
 * "kcsimID" attached to that PHY through phylib.
 * Instances are created and deleted through debugfs (bus.c); the user
 * interface is documented in Documentation/simulator.rst.
 *
 * Two modules: kc_phy_model.ko, the simulated PHY that the emulated USB
 * adapter (selftests/usb) links against too, exports model.c (the
 * module), debugfs.c (per-instance knobs), inject.c (error injection),
 * trace.c (access trace) and phy_model.c (register model, see phy_model.h;
 * knows nothing of the rest). kc_phy_sim.ko is the board: bus.c (module,
 * control files, instance lifetime), mdio.c (MDIO bus ops), netdev.c
 * (net_device + ethtool).
 */
#ifndef KC_SIM_KC_PHY_SIM_H
#define KC_SIM_KC_PHY_SIM_H

#include <linux/spinlock.h>
#include <linux/types.h>

#include <abstractions/netdev.h>
#include <core/context.h>
#include <core/locked.h>

#include "phy_model.h"

#define KC_SIM_NAME		"kc_phy_sim"
#define KC_SIM_MAX_ID		255
#define KC_SIM_MAX_ADDR		31
#define KC_SIM_MAX_DELAY_US	1000000	/* 1 s per MDIO access at most */

struct dentry;
struct kc_debugfs_dir;
struct kc_mdio_bus;
struct kc_seq;
struct kc_netdev;
struct kc_platform_device;

enum kc_sim_op {
	KC_SIM_OP_READ,
	KC_SIM_OP_WRITE,
};

/* --- inject.c: one-shot errors on the Nth matching register access --- */

#define KC_SIM_INJECT_MAX	64

struct kc_sim_inject_rule {
	enum kc_sim_op op;
	unsigned int reg;
	int err;		/* negative errno */
	unsigned int left;	/* matching accesses until it fires (1 = next) */
};

struct kc_sim_inject_rules {
	unsigned int n;
	struct kc_sim_inject_rule rules[KC_SIM_INJECT_MAX];
};

/* Checked on every MDIO access, from any context: irqsave. */
KC_DEFINE_LOCKED(kc_sim_inject_locked, spinlock_irqsave, struct kc_sim_inject_rules);

struct kc_sim_inject {
	struct kc_sim_inject_locked rules;
};

void kc_sim_inject_init(struct kc_sim_inject *inj);
/* Parse "read|write REG ERRNO [NTH]" or "clear"; pr_err()s what is wrong. */
int kc_sim_inject_command(struct kc_sim_inject *inj, const char *cmd);
/* Called for each access: 0, or the injected errno (the rule is consumed). */
int kc_sim_inject_check(struct kc_sim_inject *inj, enum kc_sim_op op,
			unsigned int reg);
/* One line per pending rule, into a debugfs show's text. */
void kc_sim_inject_format(struct kc_sim_inject *inj, struct kc_seq *s);

/* --- trace.c: bounded log of every MDIO access --- */

#define KC_SIM_TRACE_MAX	4096

struct kc_sim_trace_entry {
	u32 seq;
	u16 val;
	u8 op;
	u8 reg;
	int ret;
};

struct kc_sim_trace_log {
	u32 seq;		/* accesses since the last clear */
	u32 count;		/* entries stored, <= KC_SIM_TRACE_MAX */
	u32 dropped;		/* accesses not stored because the log was full */
	struct kc_sim_trace_entry *entries;
};

/* MDIO accesses come from any context: the log is under a spinlock, irqsave. */
KC_DEFINE_LOCKED(kc_sim_trace_locked, spinlock_irqsave, struct kc_sim_trace_log);

struct kc_sim_trace {
	struct kc_sim_trace_locked log;
};

int kc_sim_trace_init(struct kc_sim_trace *t);
void kc_sim_trace_destroy(struct kc_sim_trace *t);
void kc_sim_trace_add(struct kc_sim_trace *t, enum kc_sim_op op,
		      unsigned int reg, u16 val, int ret);
void kc_sim_trace_clear(struct kc_sim_trace *t);
u32 kc_sim_trace_dropped(struct kc_sim_trace *t);
/* Text snapshot ("<seq> R|W <reg> 0x<val> <ret>\n" lines), kvfree() it. */
__kc_might_sleep char *kc_sim_trace_format(struct kc_sim_trace *t, size_t *len);

/* --- the instance --- */

struct kc_sim_dev {
	unsigned int id;
	u32 phy_id;
	unsigned int addr;
	enum kc_netdev_phy_connect connect;	/* when the net_device connects the PHY */
	u32 delay_us;		/* added to every MDIO access */

	struct kc_platform_device *pdev;
	struct kc_mdio_bus *bus;	/* the platform device's: see mdio.c */
	struct kc_netdev *netdev;	/* netdev.c's */
	struct kc_debugfs_dir *ddir;	/* debugfs.c's */

	struct kc_phy_model model;
	struct kc_sim_inject inject;
	struct kc_sim_trace trace;
};

/* mdio.c: device-managed on sd->pdev */
__kc_might_sleep int kc_sim_mdio_create(struct kc_sim_dev *sd);

/* netdev.c: device-managed on sd->pdev */
__kc_might_sleep int kc_sim_netdev_create(struct kc_sim_dev *sd);

/* debugfs.c: the instance's directory, in sd->ddir */
__kc_might_sleep void kc_sim_debugfs_create(struct kc_sim_dev *sd,
					    struct kc_debugfs_dir *root);
__kc_might_sleep void kc_sim_debugfs_destroy(struct kc_sim_dev *sd);

#endif /* KC_SIM_KC_PHY_SIM_H */
