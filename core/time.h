/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: lengths of time that carry their unit.
 *
 * DOC: delays
 *
 * A delayed work item's or a timer's delay is a ``struct kc_delay``, made
 * only by KC_MSECS() or KC_SECS(): a bare number, which a reader cannot
 * tell milliseconds from jiffies by (``schedule(o, 100)``: 100 ms, or 1 s
 * at HZ=100?), does not compile, and neither does a negative constant.
 * The conversion to jiffies is the kernel's, folded at build time for a
 * constant: no cost.
 */
#ifndef KC_CORE_TIME_H
#define KC_CORE_TIME_H

#include <linux/jiffies.h>
#include <linux/limits.h>
#include <linux/time64.h>

#include <core/check.h>

/**
 * struct kc_delay - a length of time
 * @__kc_delay_jiffies: in jiffies; private (poisoned at the end of this
 *                      header): made by KC_MSECS() or KC_SECS(), read by
 *                      kcrate's timers and work items only
 *
 * Sealed (core/check.h): ``(struct kc_delay){ 100 }``, a count of jiffies
 * with no unit, does not compile.
 */
struct kc_delay {
	unsigned long __kc_delay_jiffies;
} __kc_sealed;

/*
 * A delay in milliseconds. A negative constant, or one that does not fit
 * msecs_to_jiffies()'s unsigned int, is refused; such a value known only at
 * run time is the longest delay, MAX_JIFFY_OFFSET, as msecs_to_jiffies()
 * makes of a negative int (never a truncated, shorter one).
 */
#define __kc_delay_ms(ms, macro)					\
	({								\
		long long __kc_ms = (ms);				\
									\
		kc_check_const(__kc_ms < 0 || __kc_ms > UINT_MAX,	\
			       macro "(): a delay is 0 to UINT_MAX milliseconds"); \
		(struct kc_delay) { .__kc_delay_jiffies =		\
			__kc_ms < 0 || __kc_ms > UINT_MAX ? MAX_JIFFY_OFFSET : \
			msecs_to_jiffies((unsigned int)__kc_ms) };	\
	})

/**
 * KC_MSECS() - a delay of @ms milliseconds
 * @ms: a count of milliseconds, 0 or more
 *
 * Rounded up to whole jiffies, as msecs_to_jiffies() does.
 */
#define KC_MSECS(ms)	__kc_delay_ms(ms, "KC_MSECS")

/**
 * KC_SECS() - a delay of @s seconds
 * @s: a count of seconds, 0 or more
 */
#define KC_SECS(s)	__kc_delay_ms((s) * MSEC_PER_SEC, "KC_SECS")

/* For kcrate's timers and work items: the delay in jiffies. */
static __always_inline unsigned long __kc_delay_to_jiffies(struct kc_delay d)
{
	return d.__kc_delay_jiffies;
}

#pragma GCC poison __kc_delay_jiffies

#endif /* KC_CORE_TIME_H */
