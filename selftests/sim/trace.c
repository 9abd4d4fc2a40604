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
#include <linux/spinlock.h>

#include "kc_phy_sim.h"
#include <core/context.h>

/* "4294967295 W 31 0xffff -4095\n" is 29 characters. */
#define KC_SIM_TRACE_LINE	32

int kc_sim_trace_init(struct kc_sim_trace *t)
{
	spin_lock_init(&t->lock);
	t->seq = 0;
	t->count = 0;
	t->dropped = 0;
	t->entries = kvcalloc(KC_SIM_TRACE_MAX, sizeof(*t->entries), GFP_KERNEL);
	return t->entries ? 0 : -ENOMEM;
}

void kc_sim_trace_destroy(struct kc_sim_trace *t)
{
	kvfree(t->entries);
	t->entries = NULL;
}

void kc_sim_trace_add(struct kc_sim_trace *t, enum kc_sim_op op,
		      unsigned int reg, u16 val, int ret)
{
	struct kc_sim_trace_entry *e;
	unsigned long flags;

	spin_lock_irqsave(&t->lock, flags);
	t->seq++;
	if (t->count < KC_SIM_TRACE_MAX) {
		e = &t->entries[t->count++];
		e->seq = t->seq;
		e->op = op;
		e->reg = reg;
		e->val = val;
		e->ret = ret;
	} else {
		t->dropped++;
	}
	spin_unlock_irqrestore(&t->lock, flags);
}

void kc_sim_trace_clear(struct kc_sim_trace *t)
{
	unsigned long flags;

	spin_lock_irqsave(&t->lock, flags);
	t->seq = 0;
	t->count = 0;
	t->dropped = 0;
	spin_unlock_irqrestore(&t->lock, flags);
}

u32 kc_sim_trace_dropped(struct kc_sim_trace *t)
{
	unsigned long flags;
	u32 n;

	spin_lock_irqsave(&t->lock, flags);
	n = t->dropped;
	spin_unlock_irqrestore(&t->lock, flags);
	return n;
}

__kc_might_sleep char *kc_sim_trace_format(struct kc_sim_trace *t, size_t *len)
{
	struct kc_sim_trace_entry *copy;
	unsigned long flags;
	size_t size, n = 0;
	u32 count, i;
	char *text;

	/* Copy under the lock (no allocation there), format outside it. */
	copy = kvmalloc_array(KC_SIM_TRACE_MAX, sizeof(*copy), GFP_KERNEL);
	if (!copy)
		return NULL;
	spin_lock_irqsave(&t->lock, flags);
	count = t->count;
	memcpy(copy, t->entries, count * sizeof(*copy));
	spin_unlock_irqrestore(&t->lock, flags);

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
