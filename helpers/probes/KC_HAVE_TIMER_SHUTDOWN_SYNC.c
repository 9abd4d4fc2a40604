// SPDX-License-Identifier: GPL-2.0
/*
 * v6.2: timer_shutdown_sync() deletes a timer and makes
 * any later arming a no-op (backported to 6.1.84, with timer_delete_sync(),
 * the new name of del_timer_sync(), whose old name v6.15 removed).
 */
#include <linux/timer.h>
int kc_probe(struct timer_list *t);
int kc_probe(struct timer_list *t) { return timer_delete_sync(t) + timer_shutdown_sync(t); }
