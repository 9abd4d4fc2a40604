/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The timer differences between the kernels kcrate supports, decided by
 * the feature probes in helpers/probes/.
 */
#ifndef KC_HELPERS_TIMER_H
#define KC_HELPERS_TIMER_H

#include <linux/timer.h>

#ifdef KC_HAVE_TIMER_SHUTDOWN_SYNC
/**
 * kc_helper_timer_delete_sync() - disarm a timer, wait for its callback
 * @t: the timer
 *
 * It may be armed again afterwards. timer_delete_sync() from v6.2 (and
 * 6.1.84); del_timer_sync(), its old name, is gone from v6.15.
 */
#define kc_helper_timer_delete_sync(t)		timer_delete_sync(t)
/**
 * kc_helper_timer_shutdown_sync() - disarm a timer for good
 * @t: the timer
 *
 * As kc_helper_timer_delete_sync(), and any later arming is ignored, so
 * that nothing re-arms a timer whose owner is being freed. Before v6.2
 * there is no such call: del_timer_sync() still stops a callback that
 * re-arms its own timer (it retries until the timer is neither running
 * nor pending), but not an arming by other code.
 */
#define kc_helper_timer_shutdown_sync(t)	timer_shutdown_sync(t)
#else
#define kc_helper_timer_delete_sync(t)		del_timer_sync(t)
#define kc_helper_timer_shutdown_sync(t)	del_timer_sync(t)
#endif

#endif /* KC_HELPERS_TIMER_H */
