/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the context checker's cases: each case is accepted as it is
 * and refused with -DKC_CTX_BAD, with a finding that matches its "expect:"
 * line. See ../run.sh.
 */
#ifndef KC_CTX_COMMON_H
#define KC_CTX_COMMON_H

#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/interrupt.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/timer.h>

#include <abstractions/gpio.h>
#include <abstractions/i2c.h>
#include <abstractions/phy.h>
#include <abstractions/regmap.h>
#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>

MODULE_LICENSE("GPL");

/* State a case locks: a spinlock, a mutex and a counter. */
struct ctx_dev {
	spinlock_t lock;	/* protects count in the cases that say so */
	raw_spinlock_t raw;	/* the same, raw */
	rwlock_t rw;		/* the same, as a reader or a writer */
	struct mutex mlock;	/* the same, sleeping */
	struct completion done;
	int count;
	void *buf;
};

#endif
