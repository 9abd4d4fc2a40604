/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: deferred work and timers that know their owner and cannot
 * outlive it.
 */

/**
 * DOC: work items
 *
 * A work item runs later, in a kworker, on an object that must still
 * exist when it runs. In plain C the callback gets a ``struct work_struct
 * *`` and finds its owner with container_of(), and nothing makes the
 * owner's release cancel the work first: a work queued during teardown
 * runs on freed memory.
 *
 * KC_DEFINE_WORK(), KC_DEFINE_DELAYED_WORK() and KC_DEFINE_TIMER() bind a
 * member to its owner type and to a callback that takes the owner, typed
 * (a callback of another type does not compile). KC_DEFINE_OWNER() is the
 * owner's release: it cancels each of its work items and timers (waiting
 * for one that runs, and stopping one that queues or arms itself again),
 * then calls the owner's own drop, then frees the object. A work item or
 * timer that its owner's
 * KC_DEFINE_OWNER() does not list does not compile: the error names it
 * (``storage size of '__kc_work_NAME_is_not_cancelled_by_its_owner' isn't
 * known``). Example (runs in the guest)::
 *
 *	struct board {
 *		struct kc_delayed_work poll;
 *		u32 polls;
 *	};
 *
 *	static void board_poll(struct board *b);
 *	KC_DEFINE_DELAYED_WORK(board_poll_work, struct board, poll, board_poll);
 *
 *	static void board_drop(struct board *b) { }
 *	KC_DEFINE_OWNER(board, struct board, board_drop, board_poll_work);
 *
 *	static void board_poll(struct board *b)
 *	{
 *		b->polls++;
 *		board_poll_work_schedule(b, KC_SECS(1));
 *	}
 *
 *	struct board *b __kc_free(board) = kc_box_new(struct board, GFP_KERNEL);
 *
 *	if (!b)
 *		return -ENOMEM;
 *	board_poll_work_init(b);
 *	KT_EXPECT(board_poll_work_schedule(b, KC_SECS(1)));
 *	KT_EXPECT(!board_poll_work_schedule(b, KC_SECS(1)));	// already queued
 *
 * When ``b`` leaves its scope (or board_free() is called on it), the poll
 * is cancelled before board_drop() and the free. The object must come from
 * kc_box_new() (zeroed: an owner released before a work's init has
 * nothing to cancel) and be released only through its owner binding.
 *
 * A timer's callback runs in atomic context (softirq): the context
 * checker refuses a callback that may sleep (core/context.h).
 *
 * What the compiler does not refuse: a work item of an object freed some
 * other way (drivers cannot name kfree(): the layering test), and a work
 * queued (or a timer armed) again by another object after its owner's
 * release began (the owner's drop must first stop whatever queues it; a
 * timer's release also makes later arming a no-op from v6.2, and the
 * items are cancelled in the order KC_DEFINE_OWNER() lists them, so a
 * work that arms a timer goes before it).
 */
#ifndef KC_CORE_WORK_H
#define KC_CORE_WORK_H

#include <linux/build_bug.h>
#include <linux/kernel.h>
#include <linux/timer.h>
#include <linux/workqueue.h>

#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/pp.h>
#include <core/time.h>
#include <core/vtable.h>
#include <helpers/timer.h>

/**
 * struct kc_work - a work item, a member of its owner
 * @__kc_work_item: the kernel's work item; private (poisoned at the end of
 *                  this header): reached through KC_DEFINE_WORK()'s
 *                  functions only
 */
struct kc_work {
	struct work_struct __kc_work_item;
};

/**
 * struct kc_delayed_work - a delayed work item, a member of its owner
 * @__kc_work_delayed: the kernel's delayed work item; private, like
 *                     struct kc_work's
 */
struct kc_delayed_work {
	struct delayed_work __kc_work_delayed;
};

/**
 * struct kc_timer - a timer, a member of its owner
 * @__kc_timer_item: the kernel's timer; private, like struct kc_work's
 */
struct kc_timer {
	struct timer_list __kc_timer_item;
};

/* Each work item's check that its owner cancels it (KC_DEFINE_OWNER()). */
#define __KC_WORK_CANCEL_CHECK(name)					\
	struct __kc_work_##name##_cancelled;				\
	static struct __kc_work_##name##_cancelled			\
		__kc_work_##name##_is_not_cancelled_by_its_owner __maybe_unused

/*
 * A work item's callback that cancels its own item would wait for itself
 * to end: a deadlock. The cancel then only says so (and a delayed item's
 * pending run is still dropped); the callback goes on.
 */
static inline bool __kc_work_cancels_itself(struct work_struct *w, const char *name)
{
	if (current_work() != w)
		return false;
	pr_err("kcrate: %s cancelled from its own callback: not waiting for itself\n", name);
	return true;
}

/**
 * KC_DEFINE_WORK() - a work item of an owner type
 * @name: prefix of its functions
 * @owner: the owner's type (``struct board``)
 * @member: the owner's ``struct kc_work`` member
 * @fn: the callback, ``void fn(@owner *)``: process context, may sleep
 *
 * Defines:
 *
 * - ``void name_init(@owner *o)``: once, before anything queues it.
 * - ``bool name_queue(@owner *o)``: on the system workqueue; false if it
 *   was queued already.
 * - ``void name_cancel(@owner *o)``: cancel, and wait for a running
 *   callback to end; may sleep. Called from the item's own callback, it
 *   does not wait for itself (which would never end): it logs an error
 *   and returns.
 *
 * The owner's KC_DEFINE_OWNER() must list @name.
 */
#define KC_DEFINE_WORK(name, owner, member, fn)				\
	KC_CALLBACK_CHECK(fn, name, void, (owner *o));			\
	__KC_WORK_CANCEL_CHECK(name);					\
	static __kc_might_sleep void __kc_work_##name##_run(struct work_struct *w) \
	{								\
		fn(container_of(w, owner, member.__kc_work_item));	\
	}								\
	static inline void name##_init(owner *o)			\
	{								\
		INIT_WORK(&o->member.__kc_work_item, __kc_work_##name##_run); \
	}								\
	static inline bool name##_queue(owner *o)			\
	{								\
		return schedule_work(&o->member.__kc_work_item);	\
	}								\
	static inline __kc_might_sleep void name##_cancel(owner *o)	\
	{								\
		if (!o->member.__kc_work_item.func)			\
			return;						\
		if (__kc_work_cancels_itself(&o->member.__kc_work_item, #name)) \
			return;						\
		cancel_work_sync(&o->member.__kc_work_item);		\
	}								\
	static inline __kc_might_sleep void __kc_release_##name(owner *o) \
	{								\
		name##_cancel(o);					\
	}

/**
 * KC_DEFINE_DELAYED_WORK() - a delayed work item of an owner type
 * @name: prefix of its functions
 * @owner: the owner's type
 * @member: the owner's ``struct kc_delayed_work`` member
 * @fn: the callback, ``void fn(@owner *)``: process context, may sleep;
 *      it may schedule its own work item again
 *
 * Defines ``name_init(o)``, ``bool name_schedule(@owner *o, struct kc_delay
 * delay)`` (KC_MSECS(), KC_SECS(); false if it was pending already) and
 * ``name_cancel(o)`` (cancel, wait for a running callback, and stop one
 * that schedules itself again; may sleep). The owner's KC_DEFINE_OWNER()
 * must list @name.
 */
#define KC_DEFINE_DELAYED_WORK(name, owner, member, fn)			\
	KC_CALLBACK_CHECK(fn, name, void, (owner *o));			\
	__KC_WORK_CANCEL_CHECK(name);					\
	static __kc_might_sleep void __kc_work_##name##_run(struct work_struct *w) \
	{								\
		fn(container_of(to_delayed_work(w), owner,		\
				member.__kc_work_delayed));		\
	}								\
	static inline void name##_init(owner *o)			\
	{								\
		INIT_DELAYED_WORK(&o->member.__kc_work_delayed,		\
				  __kc_work_##name##_run);		\
	}								\
	static inline bool name##_schedule(owner *o, struct kc_delay delay) \
	{								\
		return schedule_delayed_work(&o->member.__kc_work_delayed, \
					     __kc_delay_to_jiffies(delay)); \
	}								\
	static inline __kc_might_sleep void name##_cancel(owner *o)	\
	{								\
		if (!o->member.__kc_work_delayed.work.func)		\
			return;						\
		if (__kc_work_cancels_itself(&o->member.__kc_work_delayed.work, #name)) { \
			cancel_delayed_work(&o->member.__kc_work_delayed); \
			return;						\
		}							\
		cancel_delayed_work_sync(&o->member.__kc_work_delayed); \
	}								\
	static inline __kc_might_sleep void __kc_release_##name(owner *o) \
	{								\
		name##_cancel(o);					\
	}

/**
 * KC_DEFINE_TIMER() - a timer of an owner type
 * @name: prefix of its functions
 * @owner: the owner's type
 * @member: the owner's ``struct kc_timer`` member
 * @fn: the callback, ``void fn(@owner *)``: atomic context (softirq), must
 *      not sleep; it may arm its own timer again
 *
 * Defines:
 *
 * - ``void name_init(@owner *o)``: once, before anything arms it.
 * - ``bool name_schedule(@owner *o, struct kc_delay delay)``: run @fn
 *   after @delay (KC_MSECS(), KC_SECS()), replacing an earlier expiry; true
 *   if it was pending.
 *   Any context.
 * - ``bool name_pending(@owner *o)``: armed and not yet run.
 * - ``void name_cancel(@owner *o)``: disarm, and wait for a running
 *   callback to end; it may be armed again later. May sleep (not from the
 *   callback itself).
 *
 * The owner's KC_DEFINE_OWNER() must list @name; its release shuts the
 * timer down for good.
 */
#define KC_DEFINE_TIMER(name, owner, member, fn)			\
	KC_CALLBACK_CHECK(fn, name, void, (owner *o));			\
	__KC_WORK_CANCEL_CHECK(name);					\
	static __kc_atomic_context void					\
	__kc_timer_##name##_run(struct timer_list *t)			\
	{								\
		fn(container_of(t, owner, member.__kc_timer_item));	\
	}								\
	static inline void name##_init(owner *o)			\
	{								\
		timer_setup(&o->member.__kc_timer_item,			\
			    __kc_timer_##name##_run, 0);		\
	}								\
	static inline bool name##_schedule(owner *o, struct kc_delay delay) \
	{								\
		return mod_timer(&o->member.__kc_timer_item,		\
				 jiffies + __kc_delay_to_jiffies(delay)); \
	}								\
	static inline bool name##_pending(owner *o)			\
	{								\
		return timer_pending(&o->member.__kc_timer_item);	\
	}								\
	static inline __kc_might_sleep void name##_cancel(owner *o)	\
	{								\
		if (o->member.__kc_timer_item.function)			\
			kc_helper_timer_delete_sync(&o->member.__kc_timer_item); \
	}								\
	static inline __kc_might_sleep void __kc_release_##name(owner *o) \
	{								\
		if (o->member.__kc_timer_item.function)			\
			kc_helper_timer_shutdown_sync(&o->member.__kc_timer_item); \
	}

#define __KC_OWNER_CANCELS(o, name)	__kc_release_##name(o);
#define __KC_OWNER_COMPLETES(_, name)					\
	struct __kc_work_##name##_cancelled { int unused; };

/**
 * KC_DEFINE_OWNER() - the release of an object that owns work items
 * @name: the binding (``__kc_free(@name)``) and the prefix of
 *        ``name_free()``
 * @type: the owner's struct type
 * @drop_fn: ``void drop_fn(@type *o)``: releases what @o holds, once its
 *           work items can no longer run; declared before (its type is
 *           checked)
 * @...: the work items and timers of @type (KC_DEFINE_WORK(),
 *       KC_DEFINE_DELAYED_WORK() and KC_DEFINE_TIMER() names), every one
 *
 * Defines ``void name_free(@type *o)``: does nothing for NULL; otherwise
 * cancels each work item and shuts down each timer in the order given,
 * calls @drop_fn, and frees @o
 * (which kc_box_new() allocated). May sleep. And the binding
 * ``__kc_free(@name)``, which calls it at scope exit: a scope that may
 * sleep, which the context checker holds the enclosing function to.
 */
#define KC_DEFINE_OWNER(name, type, drop_fn, ...)				\
	KC_CALLBACK_CHECK(drop_fn, name.drop, void, (type *o));		\
	KC_PP_FOR_EACH(__KC_OWNER_COMPLETES, _, __VA_ARGS__)		\
	static inline __kc_might_sleep void name##_free(type *o)	\
	{								\
		if (!o)							\
			return;						\
		KC_PP_FOR_EACH(__KC_OWNER_CANCELS, o, __VA_ARGS__)	\
		drop_fn(o);						\
		kc_box_free(o);						\
	}								\
	static __always_inline __kc_might_sleep void			\
	__kc_free_##name(type **__kc_p)					\
	{								\
		name##_free(*__kc_p);					\
	}

/*
 * A work item's or a timer's kernel object is reachable only through the
 * functions above: a driver cannot queue, arm, flush or re-initialise it
 * by hand.
 */
#pragma GCC poison __kc_work_item __kc_work_delayed __kc_timer_item

#endif /* KC_CORE_WORK_H */
