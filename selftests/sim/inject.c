// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: one-shot error injection on register accesses.
 *
 * A rule "read|write REG ERRNO NTH" makes the NTH matching access (1 = the
 * next one) fail with ERRNO; the rule is then dropped. Rules count matching
 * accesses independently, and at most one rule fires per access: the oldest
 * one that is due. A second rule that was due at the same access stays due
 * and fires on the next matching access, so "read 1 -5" written twice fails
 * the next two BMSR reads.
 */
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "kc_phy_sim.h"
#include <helpers/export.h>
#include <abstractions/debugfs.h>

void kc_sim_inject_init(struct kc_sim_inject *inj)
{
	kc_sim_inject_locked_init(&inj->rules);
}
KC_EXPORT_SYMBOL(kc_sim_inject_init);

static void kc_sim_inject_clear(struct kc_sim_inject *inj)
{
	kc_locked(kc_sim_inject_locked, &inj->rules, r);

	r->n = 0;
}

static int kc_sim_inject_add(struct kc_sim_inject *inj,
			     const struct kc_sim_inject_rule *rule)
{
	kc_locked(kc_sim_inject_locked, &inj->rules, r);

	if (r->n == KC_SIM_INJECT_MAX)
		return -ENOSPC;
	r->rules[r->n++] = *rule;
	return 0;
}

static int kc_sim_inject_parse(int argc, char **argv,
			       struct kc_sim_inject_rule *rule)
{
	if (argc < 3 || argc > 4) {
		pr_err(KC_SIM_NAME ": inject: expected \"read|write REG ERRNO [NTH]\" or \"clear\"\n");
		return -EINVAL;
	}
	if (!strcmp(argv[0], "read")) {
		rule->op = KC_SIM_OP_READ;
	} else if (!strcmp(argv[0], "write")) {
		rule->op = KC_SIM_OP_WRITE;
	} else {
		pr_err(KC_SIM_NAME ": inject: unknown access \"%s\" (read or write)\n",
		       argv[0]);
		return -EINVAL;
	}
	if (kstrtouint(argv[1], 0, &rule->reg) ||
	    rule->reg >= KC_PHY_MODEL_NREGS) {
		pr_err(KC_SIM_NAME ": inject: bad register \"%s\" (0..31)\n",
		       argv[1]);
		return -EINVAL;
	}
	if (kstrtoint(argv[2], 10, &rule->err) || rule->err >= 0 ||
	    rule->err < -MAX_ERRNO) {
		pr_err(KC_SIM_NAME ": inject: bad errno \"%s\" (negative, e.g. -5)\n",
		       argv[2]);
		return -EINVAL;
	}
	rule->left = 1;
	if (argc == 4 && (kstrtouint(argv[3], 10, &rule->left) || !rule->left)) {
		pr_err(KC_SIM_NAME ": inject: bad count \"%s\" (1 = next access)\n",
		       argv[3]);
		return -EINVAL;
	}
	return 0;
}

int kc_sim_inject_command(struct kc_sim_inject *inj, const char *cmd)
{
	struct kc_sim_inject_rule rule;
	char **argv;
	int argc;
	int ret;

	argv = argv_split(GFP_KERNEL, cmd, &argc);
	if (!argv)
		return -ENOMEM;

	if (argc == 1 && !strcmp(argv[0], "clear")) {
		kc_sim_inject_clear(inj);
		ret = 0;
	} else {
		ret = kc_sim_inject_parse(argc, argv, &rule);
		if (!ret) {
			ret = kc_sim_inject_add(inj, &rule);
			if (ret)
				pr_err(KC_SIM_NAME ": inject: more than %d pending rules\n",
				       KC_SIM_INJECT_MAX);
		}
	}
	argv_free(argv);
	return ret;
}
KC_EXPORT_SYMBOL(kc_sim_inject_command);

int kc_sim_inject_check(struct kc_sim_inject *inj, enum kc_sim_op op,
			unsigned int reg)
{
	kc_locked(kc_sim_inject_locked, &inj->rules, rs);
	unsigned int i, j;
	int err = 0;

	for (i = 0, j = 0; i < rs->n; i++) {
		struct kc_sim_inject_rule *r = &rs->rules[i];

		if (r->op == op && r->reg == reg) {
			if (r->left == 1 && !err) {
				err = r->err;
				continue;	/* consumed: not copied back */
			}
			if (r->left > 1)
				r->left--;
		}
		rs->rules[j++] = *r;
	}
	rs->n = j;
	return err;
}
KC_EXPORT_SYMBOL(kc_sim_inject_check);

void kc_sim_inject_format(struct kc_sim_inject *inj, struct kc_seq *s)
{
	kc_locked(kc_sim_inject_locked, &inj->rules, rs);
	unsigned int i;

	for (i = 0; i < rs->n; i++) {
		const struct kc_sim_inject_rule *r = &rs->rules[i];

		kc_seq_printf(s, "%s %u %d %u\n",
			      r->op == KC_SIM_OP_READ ? "read" : "write",
			      r->reg, r->err, r->left);
	}
}
KC_EXPORT_SYMBOL(kc_sim_inject_format);
