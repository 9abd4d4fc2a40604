// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_model: the per-instance debugfs directory of a simulated PHY,
 * /sys/kernel/debug/kc_phy_sim/ID/ (and kc_usb_ax88772/0/): knobs of the
 * link partner and of the quirks, error injection, trace and register dump.
 * Documentation/simulator.rst is the reference.
 *
 * The files are abstractions/debugfs.h's: removing the directory waits for
 * handlers in progress, so a handler never sees a freed instance.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "kc_phy_sim.h"
#include <helpers/export.h>
#include <abstractions/debugfs.h>
#include <core/context.h>
#include <core/error.h>

/* --- numeric knobs: one u32 each, decimal or hex --- */

static int kc_sim_knob_parse(struct kc_sim_dev *sd, const char *file,
			     const char *text, bool hex, u32 max, u32 *val)
{
	if (kstrtou32(text, hex ? 16 : 10, val)) {
		pr_err(KC_SIM_NAME ": %u: %s: not a %s number\n", sd->id, file,
		       hex ? "hexadecimal" : "decimal");
		return -EINVAL;
	}
	if (*val > max) {
		pr_err(KC_SIM_NAME ": %u: %s: %u is above the maximum %u\n",
		       sd->id, file, *val, max);
		return -EINVAL;
	}
	return 0;
}

/* A knob file NAME: its value is GET, and SET stores val. */
#define KC_SIM_KNOB(name, hex, max, get, set)				\
static int kc_sim_##name##_show(struct kc_sim_dev *sd, struct kc_seq *s) \
{									\
	kc_seq_printf(s, hex ? "0x%04x\n" : "%u\n", get);		\
	return 0;							\
}									\
static int kc_sim_##name##_store(struct kc_sim_dev *sd, const char *text) \
{									\
	u32 val;							\
									\
	kc_try(kc_sim_knob_parse(sd, #name, text, hex, max, &val));	\
	set;								\
	return 0;							\
}									\
KC_DEFINE_DEBUGFS_FILE(name, struct kc_sim_dev, kc_sim_##name##_show,	\
		       kc_sim_##name##_store)

KC_SIM_KNOB(link, false, 1, kc_phy_model_partner_link(&sd->model),
	    kc_phy_model_set_partner_link(&sd->model, val));
KC_SIM_KNOB(partner_advertise, true, 0xffff, kc_phy_model_partner_adv(&sd->model),
	    kc_phy_model_set_partner_adv(&sd->model, val));
KC_SIM_KNOB(lpa_zero, false, 1, kc_phy_model_lpa_zero(&sd->model),
	    kc_phy_model_set_lpa_zero(&sd->model, val));
KC_SIM_KNOB(reset_stuck, false, 1, kc_phy_model_reset_stuck(&sd->model),
	    kc_phy_model_set_reset_stuck(&sd->model, val));
KC_SIM_KNOB(delay_us, false, KC_SIM_MAX_DELAY_US, READ_ONCE(sd->delay_us),
	    WRITE_ONCE(sd->delay_us, val));

/* --- registers: read all, write one --- */

static int kc_sim_regs_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	u16 regs[KC_PHY_MODEL_NREGS];
	unsigned int i;

	kc_phy_model_peek_all(&sd->model, regs);
	for (i = 0; i < KC_PHY_MODEL_NREGS; i++)
		kc_seq_printf(s, "%02u 0x%04x\n", i, regs[i]);
	return 0;
}

/*
 * Back door for tests: "REG VALUE" is written straight into the model, as
 * an MDIO write would be, but without delay, injection or trace. phylib is
 * not told: its view of the PHY can go stale.
 */
static __kc_might_sleep int kc_sim_regs_store(struct kc_sim_dev *sd, const char *text)
{
	unsigned int reg;
	char **argv;
	int argc;
	u16 val;
	int ret = -EINVAL;

	argv = argv_split(GFP_KERNEL, text, &argc);
	if (!argv)
		return -ENOMEM;
	if (argc != 2 || kstrtouint(argv[0], 10, &reg) ||
	    reg >= KC_PHY_MODEL_NREGS || kstrtou16(argv[1], 16, &val)) {
		pr_err(KC_SIM_NAME ": %u: regs: expected \"REG VALUE\" (REG decimal 0..31, VALUE hex)\n",
		       sd->id);
	} else {
		kc_phy_model_write(&sd->model, reg, val);
		ret = 0;
	}
	argv_free(argv);
	return ret;
}

KC_DEFINE_DEBUGFS_FILE(regs, struct kc_sim_dev, kc_sim_regs_show, kc_sim_regs_store);

/* --- read-only state --- */

static int kc_sim_status_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	struct kc_phy_model_status st;

	kc_phy_model_get_status(&sd->model, &st);
	kc_seq_printf(s, "link %d\naneg_complete %d\nspeed %d\n",
		      st.link, st.aneg_complete, st.speed);
	kc_seq_printf(s, "duplex %s\nresets %u\nnegotiations %u\n",
		      !st.link ? "unknown" : st.full_duplex ? "full" : "half",
		      st.resets, st.renegotiations);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(status, struct kc_sim_dev, kc_sim_status_show, NULL);

static int kc_sim_trace_dropped_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", kc_sim_trace_dropped(&sd->trace));
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(trace_dropped, struct kc_sim_dev, kc_sim_trace_dropped_show, NULL);

/* --- inject: read lists pending rules, write adds one or clears --- */

static int kc_sim_inject_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	kc_sim_inject_format(&sd->inject, s);
	return 0;
}

static int kc_sim_inject_store(struct kc_sim_dev *sd, const char *text)
{
	return kc_sim_inject_command(&sd->inject, text);
}

KC_DEFINE_DEBUGFS_FILE(inject, struct kc_sim_dev, kc_sim_inject_show, kc_sim_inject_store);

/* --- trace: read a snapshot (taken at the first read), write anything to clear --- */

static __kc_might_sleep int kc_sim_trace_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	size_t len;
	char *text = kc_sim_trace_format(&sd->trace, &len);

	if (!text)
		return -ENOMEM;
	kc_seq_write(s, text, len);
	kvfree(text);
	return 0;
}

static int kc_sim_trace_store(struct kc_sim_dev *sd, const char *text)
{
	kc_sim_trace_clear(&sd->trace);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(trace, struct kc_sim_dev, kc_sim_trace_show, kc_sim_trace_store);

KC_DEFINE_DEBUGFS_DIR(kc_sim_dir, struct kc_sim_dev, link, partner_advertise,
		      lpa_zero, reset_stuck, delay_us, inject, trace,
		      trace_dropped, regs, status);

/*
 * The instance's directory ID in @root, in sd->ddir: the emulated USB
 * adapter adds its own files to it (its KC_DEFINE_DEBUGFS_DIR()'s _add()).
 */
__kc_might_sleep void kc_sim_debugfs_create(struct kc_sim_dev *sd, struct kc_debugfs_dir *root)
{
	char name[8];

	snprintf(name, sizeof(name), "%u", sd->id);
	/* @root is removed after every instance's directory. */
	sd->ddir = kc_sim_dir_create(sd, root, name);
}
KC_EXPORT_SYMBOL(kc_sim_debugfs_create);

__kc_might_sleep void kc_sim_debugfs_destroy(struct kc_sim_dev *sd)
{
	kc_debugfs_dir_remove(sd->ddir);
	sd->ddir = NULL;
}
KC_EXPORT_SYMBOL(kc_sim_debugfs_destroy);
