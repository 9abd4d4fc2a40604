/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The work and timer compile-fail cases' common parts: an owner with a
 * delayed work item (struct cf_board, cf_poll_work) or with a timer
 * (struct cf_led, cf_blink_timer), each listed by its owner's release.
 */
#ifndef KC_CF_WORK_H
#define KC_CF_WORK_H

#include <core/work.h>

#define CF_POLL_BOARD()							\
	struct cf_board {						\
		struct kc_delayed_work poll;				\
	};								\
	static void cf_poll(struct cf_board *b)				\
	{								\
	}								\
	KC_DEFINE_DELAYED_WORK(cf_poll_work, struct cf_board, poll, cf_poll); \
	static void cf_board_drop(struct cf_board *b)			\
	{								\
	}								\
	KC_DEFINE_OWNER(cf_board, struct cf_board, cf_board_drop, cf_poll_work)

#define CF_BLINK_LED()							\
	struct cf_led {							\
		struct kc_timer blink;					\
	};								\
	static void cf_blink(struct cf_led *l)				\
	{								\
	}								\
	KC_DEFINE_TIMER(cf_blink_timer, struct cf_led, blink, cf_blink); \
	static void cf_led_drop(struct cf_led *l)			\
	{								\
	}								\
	KC_DEFINE_OWNER(cf_led, struct cf_led, cf_led_drop, cf_blink_timer)

#endif
