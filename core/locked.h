/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: data that owns its lock.
 */

/**
 * DOC: locked data
 *
 * A lock protects data, but in C nothing ties the two: any code can reach
 * the data without taking the lock. KC_DEFINE_LOCKED() declares a type in
 * which a lock and the data it protects are one object, like Rust's
 * ``SpinLock<T>`` and ``Mutex<T>``: the data has no name a caller can
 * write (its field names are poisoned at the end of this header), and the
 * only way to it is kc_locked(), which takes the lock for the rest of the
 * block and names a pointer to the data::
 *
 *	struct counters {
 *		u32 reads, writes;
 *	};
 *	KC_DEFINE_LOCKED(locked_counters, spinlock_irqsave, struct counters);
 *
 *	struct board {
 *		struct locked_counters stats;
 *	};
 *
 *	locked_counters_init(&board->stats);
 *	...
 *	{
 *		kc_locked(locked_counters, &board->stats, c);
 *
 *		c->reads++;
 *	}
 *
 * The guard is the one kc_guard() uses, so the block's context is the
 * lock's for the context checker (a sleep in a spinlock's block is refused
 * at build time, core/context.h), and the lock is released on every path
 * out of the block.
 *
 * A lock must not move after its init. The object ends with a const
 * member of size zero, so an assignment of the object, or of any struct
 * that embeds it, does not compile (``assignment of read-only
 * location``): the owner cannot be copied over another by accident.
 *
 * A second kc_locked() of the same type inside the block that holds the
 * lock does not compile: it would wait for itself.
 *
 * What the compiler does not refuse: the same lock taken again by a
 * function called from the block (lockdep reports it at run time), a copy
 * of the pointer kept past the block (C has no borrow checker; keep the
 * pointer's name local), and a copy made by initialisation or by passing
 * the object by value (C lets both copy a struct with a const member:
 * embed the object in its owner and pass pointers, as the kernel requires
 * of every lock). Each declaration has its own init function, so lockdep
 * gives each KC_DEFINE_LOCKED() type one lock class.
 */
#ifndef KC_CORE_LOCKED_H
#define KC_CORE_LOCKED_H

#include <linux/kernel.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include <core/cleanup.h>

/*
 * Per guard: the lock's type, how it is initialised and destroyed, and the
 * context holding it is (core/cleanup.h's guard contexts).
 */
#define __kc_locked_type_mutex				struct mutex
#define __kc_locked_init_mutex(l)			mutex_init(l)
#define __kc_locked_destroy_mutex(l)			mutex_destroy(l)
#define __kc_locked_ctx_mutex				sleeping
#define __kc_locked_is_locked_mutex(l)			mutex_is_locked(l)

#define __kc_locked_type_spinlock			spinlock_t
#define __kc_locked_init_spinlock(l)			spin_lock_init(l)
#define __kc_locked_destroy_spinlock(l)			do { } while (0)
#define __kc_locked_ctx_spinlock			spinlock
#define __kc_locked_is_locked_spinlock(l)		spin_is_locked(l)

#define __kc_locked_type_spinlock_irq			spinlock_t
#define __kc_locked_init_spinlock_irq(l)		spin_lock_init(l)
#define __kc_locked_destroy_spinlock_irq(l)		do { } while (0)
#define __kc_locked_ctx_spinlock_irq			spinlock
#define __kc_locked_is_locked_spinlock_irq(l)		spin_is_locked(l)

#define __kc_locked_type_spinlock_irqsave		spinlock_t
#define __kc_locked_init_spinlock_irqsave(l)		spin_lock_init(l)
#define __kc_locked_destroy_spinlock_irqsave(l)		do { } while (0)
#define __kc_locked_ctx_spinlock_irqsave		spinlock
#define __kc_locked_is_locked_spinlock_irqsave(l)	spin_is_locked(l)

#define __kc_locked_type_spinlock_bh			spinlock_t
#define __kc_locked_init_spinlock_bh(l)			spin_lock_init(l)
#define __kc_locked_destroy_spinlock_bh(l)		do { } while (0)
#define __kc_locked_ctx_spinlock_bh			spinlock
#define __kc_locked_is_locked_spinlock_bh(l)		spin_is_locked(l)
/* __kc_guard_enter_<context>, with <context> expanded first. */
#define __KC_LOCKED_ENTER(ctx)		__KC_LOCKED_PASTE(__kc_guard_enter_, ctx)
#define __KC_LOCKED_LEAVE(ctx)		__KC_LOCKED_PASTE(__kc_guard_leave_, ctx)
#define __KC_LOCKED_PASTE(a, b)		__KC_LOCKED_PASTE2(a, b)
#define __KC_LOCKED_PASTE2(a, b)	a##b

/**
 * KC_DEFINE_LOCKED() - declare a type whose data is reachable only under its lock
 * @name: the struct tag, and the prefix of its functions
 * @guard: how the lock is held: ``mutex``, ``spinlock``, ``spinlock_irq``,
 *         ``spinlock_irqsave`` or ``spinlock_bh`` (kc_guard()'s guards)
 * @T: the type of the protected data
 *
 * Declares ``struct name`` (a lock and a @T, both private) and:
 *
 * - ``void name_init(struct name *l)``: initialise the lock, zero the
 *   data; before any kc_locked(), where the object will stay.
 * - ``void name_destroy(struct name *l)``: the lock's destroy (a mutex's
 *   debug checks); the data is the owner's to release first.
 * - ``bool name_is_locked(struct name *l)``: whether anyone holds the lock
 *   (for assertions; it says nothing about who).
 *
 * A @guard that is not one of the five does not compile. The data is
 * reached with kc_locked() only.
 */
#define KC_DEFINE_LOCKED(name, guard, T)				\
	struct name {							\
		__kc_locked_type_##guard __kc_locked_lock;		\
		T __kc_locked_data;					\
		const char __kc_locked_pinned[0];			\
	};								\
	enum { __kc_locked_held_##name = 0 };				\
	typedef T *__kc_locked_ptr_##name##_t;				\
	typedef kc_class_##guard##_t __kc_locked_guard_##name##_t;	\
	static inline void name##_init(struct name *l)			\
	{								\
		__kc_locked_init_##guard(&l->__kc_locked_lock);		\
		memset(&l->__kc_locked_data, 0, sizeof(l->__kc_locked_data)); \
	}								\
	static inline void name##_destroy(struct name *l)		\
	{								\
		__kc_locked_destroy_##guard(&l->__kc_locked_lock);	\
	}								\
	static inline bool name##_is_locked(struct name *l)		\
	{								\
		return __kc_locked_is_locked_##guard(&l->__kc_locked_lock); \
	}								\
	static __always_inline __KC_LOCKED_ENTER(__kc_locked_ctx_##guard) \
	__kc_locked_guard_##name##_t __kc_locked_take_##name(struct name *l) \
	{								\
		return kc_class_##guard##_constructor(&l->__kc_locked_lock); \
	}								\
	static __always_inline __KC_LOCKED_LEAVE(__kc_locked_ctx_##guard) void \
	__kc_locked_release_##name(__kc_locked_guard_##name##_t *g)	\
	{								\
		kc_class_##guard##_destructor(g);			\
	}								\
	static __always_inline T *					\
	__kc_locked_data_##name(__kc_locked_guard_##name##_t *g)	\
	{								\
		return &container_of(g->lock, struct name,		\
				     __kc_locked_lock)->__kc_locked_data; \
	}

/**
 * kc_locked() - hold a locked object's lock to the end of the block
 * @name: a type made by KC_DEFINE_LOCKED()
 * @l: pointer to the object
 * @d: the name of the pointer to its data, valid until the block ends
 *
 * Declarations only: put it at the start of a block (kernels before 5.18
 * build with -std=gnu89). The lock is taken with the guard given to
 * KC_DEFINE_LOCKED() and released when the block ends, on every path out
 * of it. A kc_locked() of the same type in the block or in a block nested
 * in it does not compile: the lock is held already (for two objects of one
 * type, lockdep would report the nesting too: one lock class per type).
 */
#define kc_locked(name, l, d)						\
	static_assert(!__kc_locked_held_##name, "kc_locked(" #name	\
		      "): taken again where the block holds it: a deadlock"); \
	enum { __kc_locked_held_##name = 1 };				\
	__kc_locked_guard_##name##_t __kc_locked_guard_##d		\
		__kc_cleanup(__kc_locked_release_##name) =		\
		__kc_locked_take_##name(l);				\
	__kc_locked_ptr_##name##_t const d =				\
		__kc_locked_data_##name(&__kc_locked_guard_##d)

/*
 * A locked object's fields are reachable only through the functions above
 * (defined before this line): naming them does not compile.
 */
#pragma GCC poison __kc_locked_lock __kc_locked_data __kc_locked_pinned

#endif /* KC_CORE_LOCKED_H */
