// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_sim: bounded trace of register accesses.
 *
 * Every access gets a sequence number (1 = first access after a clear).
 * The first KC_SIM_TRACE_MAX accesses after a clear are stored; later ones
 * are only counted in @dropped, so a test sees the start of a scenario, not
 * a window that slides under it.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include "kc_phy_sim.h"
#include <helpers/export.h>
#include <core/context.h>

/* "4294967295 W 31 0xffff -4095\n" is 29 characters. */
#define KC_SIM_TRACE_LINE	32

/* The lock first: kc_sim_trace_destroy() takes it, after a failure too. */
int kc_sim_trace_init(struct kc_sim_trace *t)
{
	struct kc_sim_trace_entry *entries;

	kc_sim_trace_locked_init(&t->log);
	entries = kvcalloc(KC_SIM_TRACE_MAX, sizeof(*entries), GFP_KERNEL);
	if (!entries)
		return -ENOMEM;
	{
		kc_locked(kc_sim_trace_locked, &t->log, log);

		log->entries = entries;
	}
	return 0;
}
KC_EXPORT_SYMBOL(kc_sim_trace_init);

void kc_sim_trace_destroy(struct kc_sim_trace *t)
{
	struct kc_sim_trace_entry *entries;

	{
		kc_locked(kc_sim_trace_locked, &t->log, log);

		entries = log->entries;
		log->entries = NULL;
	}
	kvfree(entries);
	kc_sim_trace_locked_destroy(&t->log);
}
KC_EXPORT_SYMBOL(kc_sim_trace_destroy);

void kc_sim_trace_add(struct kc_sim_trace *t, enum kc_sim_op op,
		      unsigned int reg, u16 val, int ret)
{
	kc_locked(kc_sim_trace_locked, &t->log, log);
	struct kc_sim_trace_entry *e;

	log->seq++;
	if (log->count < KC_SIM_TRACE_MAX) {
		e = &log->entries[log->count++];
		e->seq = log->seq;
		e->op = op;
		e->reg = reg;
		e->val = val;
		e->ret = ret;
	} else {
		log->dropped++;
	}
}
KC_EXPORT_SYMBOL(kc_sim_trace_add);

void kc_sim_trace_clear(struct kc_sim_trace *t)
{
	kc_locked(kc_sim_trace_locked, &t->log, log);

	log->seq = 0;
	log->count = 0;
	log->dropped = 0;
}
KC_EXPORT_SYMBOL(kc_sim_trace_clear);

u32 kc_sim_trace_dropped(struct kc_sim_trace *t)
{
	kc_locked(kc_sim_trace_locked, &t->log, log);

	return log->dropped;
}
KC_EXPORT_SYMBOL(kc_sim_trace_dropped);

__kc_might_sleep char *kc_sim_trace_format(struct kc_sim_trace *t, size_t *len)
{
	struct kc_sim_trace_entry *copy;
	size_t size, n = 0;
	u32 count, i;
	char *text;

	/* Copy under the lock (no allocation there), format outside it. */
	copy = kvmalloc_array(KC_SIM_TRACE_MAX, sizeof(*copy), GFP_KERNEL);
	if (!copy)
		return NULL;
	{
		kc_locked(kc_sim_trace_locked, &t->log, log);

		count = log->count;
		memcpy(copy, log->entries, count * sizeof(*copy));
	}

	size = (size_t)count * KC_SIM_TRACE_LINE + 1;
	text = kvmalloc(size, GFP_KERNEL);
	if (text) {
		for (i = 0; i < count; i++)
			n += scnprintf(text + n, size - n, "%u %c %u 0x%04x %d\n",
				       copy[i].seq,
				       copy[i].op == KC_SIM_OP_READ ? 'R' : 'W',
				       copy[i].reg, copy[i].val, copy[i].ret);
		*len = n;
	}
	kvfree(copy);
	return text;
}
KC_EXPORT_SYMBOL(kc_sim_trace_format);
