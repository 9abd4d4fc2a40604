/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: deferred work that knows its owner and cannot outlive it.
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
 * KC_DEFINE_WORK() and KC_DEFINE_DELAYED_WORK() bind a work member to its
 * owner type and to a callback that takes the owner, typed (a callback of
 * another type does not compile). KC_DEFINE_OWNER() is the owner's
 * release: it cancels each of its work items (waiting for one that runs,
 * and stopping one that queues itself again), then calls the owner's own
 * drop, then frees the object. A work item that its owner's
 * KC_DEFINE_OWNER() does not list does not compile: the error names it
 * (``storage size of '__kc_work_NAME_is_not_cancelled_by_its_owner' isn't
 * known``). Example::
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
 *		board_poll_work_schedule(b, HZ);
 *	}
 *
 *	struct board *b __kc_free(board) = kc_box_new(struct board, GFP_KERNEL);
 *
 *	if (!b)
 *		return -ENOMEM;
 *	board_poll_work_init(b);
 *	board_poll_work_schedule(b, HZ);
 *
 * When ``b`` leaves its scope (or board_free() is called on it), the poll
 * is cancelled before board_drop() and the free. The object must come from
 * kc_box_new() (zeroed: an owner released before a work's init has
 * nothing to cancel) and be released only through its owner binding.
 *
 * What the compiler does not refuse: a work item of an object freed some
 * other way (drivers cannot name kfree(): the layering test), and a work
 * queued again by another object after its owner's release began (the
 * owner's drop must first stop whatever queues it).
 */
#ifndef KC_CORE_WORK_H
#define KC_CORE_WORK_H

#include <linux/build_bug.h>
#include <linux/kernel.h>
#include <linux/workqueue.h>

#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/pp.h>

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

/* Each work item's check that its owner cancels it (KC_DEFINE_OWNER()). */
#define __KC_WORK_CANCEL_CHECK(name)					\
	struct __kc_work_##name##_cancelled;				\
	static struct __kc_work_##name##_cancelled			\
		__kc_work_##name##_is_not_cancelled_by_its_owner __maybe_unused

#define __KC_WORK_FN_CHECK(name, owner, fn)				\
	static_assert(__builtin_types_compatible_p(typeof(fn) *,	\
						   void (*)(owner *)),	\
		      #name ": the callback must be void " #fn "(" #owner " *)")

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
 *   callback to end; may sleep.
 *
 * The owner's KC_DEFINE_OWNER() must list @name.
 */
#define KC_DEFINE_WORK(name, owner, member, fn)				\
	__KC_WORK_FN_CHECK(name, owner, fn);				\
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
		if (o->member.__kc_work_item.func)			\
			cancel_work_sync(&o->member.__kc_work_item);	\
	}

/**
 * KC_DEFINE_DELAYED_WORK() - a delayed work item of an owner type
 * @name: prefix of its functions
 * @owner: the owner's type
 * @member: the owner's ``struct kc_delayed_work`` member
 * @fn: the callback, ``void fn(@owner *)``: process context, may sleep;
 *      it may schedule its own work item again
 *
 * Defines ``name_init(o)``, ``bool name_schedule(@owner *o, unsigned long
 * delay)`` (in jiffies; false if it was pending already) and
 * ``name_cancel(o)`` (cancel, wait for a running callback, and stop one
 * that schedules itself again; may sleep). The owner's KC_DEFINE_OWNER()
 * must list @name.
 */
#define KC_DEFINE_DELAYED_WORK(name, owner, member, fn)			\
	__KC_WORK_FN_CHECK(name, owner, fn);				\
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
	static inline bool name##_schedule(owner *o, unsigned long delay) \
	{								\
		return schedule_delayed_work(&o->member.__kc_work_delayed, \
					     delay);			\
	}								\
	static inline __kc_might_sleep void name##_cancel(owner *o)	\
	{								\
		if (o->member.__kc_work_delayed.work.func)		\
			cancel_delayed_work_sync(&o->member.__kc_work_delayed); \
	}

#define __KC_OWNER_CANCELS(o, name)	name##_cancel(o);
#define __KC_OWNER_COMPLETES(_, name)					\
	struct __kc_work_##name##_cancelled { int unused; };

/**
 * KC_DEFINE_OWNER() - the release of an object that owns work items
 * @name: the binding (``__kc_free(@name)``) and the prefix of
 *        ``name_free()``
 * @type: the owner's struct type
 * @drop: ``void drop(@type *o)``: releases what @o holds, once its work
 *        items can no longer run
 * @...: the work items of @type (KC_DEFINE_WORK() and
 *       KC_DEFINE_DELAYED_WORK() names), every one
 *
 * Defines ``void name_free(@type *o)``: does nothing for NULL; otherwise
 * cancels each work item in the order given, calls @drop, and frees @o
 * (which kc_box_new() allocated). May sleep. And the binding
 * ``__kc_free(@name)``, which calls it at scope exit: a scope that may
 * sleep, which the context checker holds the enclosing function to.
 */
#define KC_DEFINE_OWNER(name, type, drop, ...)				\
	KC_PP_FOR_EACH(__KC_OWNER_COMPLETES, _, __VA_ARGS__)		\
	static inline __kc_might_sleep void name##_free(type *o)	\
	{								\
		if (!o)							\
			return;						\
		KC_PP_FOR_EACH(__KC_OWNER_CANCELS, o, __VA_ARGS__)	\
		drop(o);						\
		kc_box_free(o);						\
	}								\
	static __always_inline __kc_might_sleep void			\
	__kc_free_##name(type **__kc_p)					\
	{								\
		name##_free(*__kc_p);					\
	}

/*
 * A work item's kernel object is reachable only through the functions
 * above: a driver cannot queue, flush or re-initialise it by hand.
 */
#pragma GCC poison __kc_work_item __kc_work_delayed

#endif /* KC_CORE_WORK_H */
