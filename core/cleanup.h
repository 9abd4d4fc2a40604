/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: scope-based cleanup and lock guards.
 *
 * DOC: scope cleanup
 *
 * A variable declared with a cleanup releases what it owns when it goes out
 * of scope, on every path: normal end of block, return, kc_try(). The
 * release is bound to the type once, next to the type (KC_DEFINE_FREE()),
 * so callers never name the release function.
 *
 * Release functions are __always_inline, so that after kc_take() the
 * compiler sees the NULL and deletes the release.
 *
 * Rules (the same as the kernel's <linux/cleanup.h>, whose DOC block is the
 * reference):
 *
 * - Declare and initialise in one statement, at the point of acquisition
 *   (a bare declaration is refused by scripts/kc-cleanup-check in
 *   ``make check``: the compiler would accept it and, after an early
 *   return or a jump into its scope, release garbage);
 *   cleanups run in reverse order of declaration, so the order of the
 *   declarations is the order of correctness.
 * - Never mix goto and scoped cleanup in one function. kcrate builds with
 *   -Werror=jump-misses-init, so a goto over a cleanup variable does not
 *   compile.
 * - Ownership leaves a scope only through a named verb: kc_take() (like
 *   Rust's Option::take()) or kc_return_take().
 * - Release expressions must accept NULL (test it: the test also lets the
 *   compiler delete the release after kc_take()).
 * - Kernels before 5.18 build with -std=gnu89 and warn on declarations
 *   after statements: put cleanup variables and guards at the start of a
 *   block. So there is no scoped_guard() counterpart (it needs a
 *   declaration in a for statement); open a block instead::
 *
 *	{
 *		kc_guard(mutex)(&priv->lock);
 *
 *		priv->count++;
 *	}
 *
 * Everything here is kcrate's own (kc_ prefix) and does not use
 * <linux/cleanup.h>: the kernel's header differs between stable branches
 * (Debian's 6.1 carries a partial backport, 5.10 has none), and kcrate's
 * semantics must not. Both can be used in the same file.
 */
#ifndef KC_CORE_CLEANUP_H
#define KC_CORE_CLEANUP_H

#include <linux/compiler.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/spinlock.h>

#include <core/context.h>

/**
 * __kc_cleanup() - run a function on a variable when it leaves scope
 * @fn: a function taking a pointer to the variable
 *
 * Low level: prefer __kc_free() with a KC_DEFINE_FREE() type binding.
 */
#define __kc_cleanup(fn)	__attribute__((__cleanup__(fn)))

/**
 * KC_DEFINE_FREE() - bind a release expression to a type, once
 * @name: name of the binding, used as __kc_free(@name)
 * @type: exact type of the variables it applies to (e.g. ``struct foo *``)
 * @free: statement releasing ``_T`` (a copy of the variable); must do
 *        nothing when ``_T`` is NULL or otherwise empty
 *
 * The binding is typed: declaring a variable of another type with
 * __kc_free(@name) does not compile (-Werror=incompatible-pointer-types).
 * Example (runs in the guest)::
 *
 *	struct foo {
 *		int refs;
 *	};
 *
 *	static void foo_put(struct foo *f)
 *	{
 *		f->refs--;
 *	}
 *	KC_DEFINE_FREE(foo, struct foo *, if (_T) foo_put(_T))
 *
 *	struct foo shared = { .refs = 2 };
 *
 *	if (shared.refs) {
 *		struct foo *f __kc_free(foo) = &shared;
 *
 *		KT_EXPECT_EQ(f->refs, 2);
 *	}	// foo_put(f) runs here
 *	KT_EXPECT_EQ(shared.refs, 1);
 */
#define KC_DEFINE_FREE(name, type, free)				\
	static __always_inline void __kc_free_##name(type *__kc_p)	\
	{								\
		type _T = *__kc_p;					\
		free;							\
	}

/**
 * KC_DEFINE_FREE_ANY() - bind a release to any pointer type
 * @name: name of the binding, used as __kc_free(@name)
 * @free: statement releasing ``_T`` (a ``void *``); must accept NULL
 *
 * For releases such as kfree() that take any object pointer. The
 * variable must be a pointer: one of another size (an int, a struct, an
 * array) does not compile; C cannot tell a long or a u64 from a pointer
 * here, which stays the caller's business.
 */
#define KC_DEFINE_FREE_ANY(name, free)					\
	static __always_inline void __kc_free_##name(void *__kc_p)	\
	{								\
		void *_T = *(void **)__kc_p;				\
									\
		/* The object size is a constant: the variable's, or -1. */	\
		compiletime_assert(__builtin_object_size(__kc_p, 0) == (size_t)-1 || \
				   __builtin_object_size(__kc_p, 0) == sizeof(void *), \
				   "__kc_free(" #name "): the variable is not a pointer"); \
		free;							\
	}

/**
 * __kc_free() - declare a variable released at scope exit
 * @name: a binding made by KC_DEFINE_FREE() or KC_DEFINE_FREE_ANY()
 *
 * Use as a variable attribute: ``struct foo *f __kc_free(foo) = ...;``.
 */
#define __kc_free(name)		__kc_cleanup(__kc_free_##name)

static inline __must_check const void *__kc_must_check_ptr(const void *p)
{
	return p;
}

/**
 * kc_take() - take ownership out of a cleanup variable
 * @p: a pointer variable declared with __kc_free() or __kc_ref()
 *
 * Returns the value of @p and sets @p to NULL, so its scope-exit release
 * does nothing: ownership has moved to whoever uses the returned value.
 * The result must be used (__must_check): dropping it would leak.
 */
#define kc_take(p)							\
	((typeof(p))__kc_must_check_ptr(({				\
		typeof(p) __kc_taken = (p);				\
		(p) = NULL;						\
		__kc_taken;						\
	})))

/**
 * kc_return_take() - return a cleanup variable's pointer to the caller
 * @p: a pointer variable declared with __kc_free() or __kc_ref()
 *
 * ``return kc_take(p);``: the caller now owns the object.
 */
#define kc_return_take(p)	return kc_take(p)

/**
 * KC_DEFINE_CLASS() - a type with a constructor and a scope-exit destructor
 * @name: class name, used with kc_class()
 * @type: the type of the instance
 * @exit: statement run at scope exit, ``_T`` is the instance
 * @init: expression building the instance from @args
 * @args: parameter declarations of the constructor
 */
#define KC_DEFINE_CLASS(name, type, exit, init, args...)		\
	typedef type kc_class_##name##_t;				\
	static __always_inline void					\
	kc_class_##name##_destructor(type *__kc_p)			\
	{								\
		type _T = *__kc_p;					\
		exit;							\
	}								\
	static inline type kc_class_##name##_constructor(args)		\
	{								\
		type __kc_t = init;					\
		return __kc_t;						\
	}

/**
 * kc_class() - declare an instance of a class
 * @name: a class made by KC_DEFINE_CLASS() or KC_DEFINE_LOCK_GUARD()
 * @var: variable name
 *
 * Followed by the constructor arguments: ``kc_class(name, v)(args);``.
 */
#define kc_class(name, var)						\
	kc_class_##name##_t var						\
		__kc_cleanup(kc_class_##name##_destructor) =		\
		kc_class_##name##_constructor

#define __KC_DEFINE_UNLOCK_GUARD(name, context, type, _unlock, ...)	\
	typedef struct {						\
		type *lock;						\
		__VA_ARGS__;						\
	} kc_class_##name##_t;						\
	static __always_inline __kc_guard_leave_##context void		\
	kc_class_##name##_destructor(kc_class_##name##_t *_T)		\
	{								\
		if (_T->lock) {						\
			_unlock;					\
		}							\
	}

/*
 * The context a guard's scope is, for the context checker (core/context.h):
 * taking a sleeping lock may sleep; a spinlock or an rwlock makes the scope
 * atomic and sleeps itself on PREEMPT_RT; the others make it atomic.
 */
#define __kc_guard_enter_sleeping	__kc_might_sleep
#define __kc_guard_leave_sleeping
#define __kc_guard_enter_spinlock	__kc_enters_rt_lock(spinlock)
#define __kc_guard_leave_spinlock	__kc_leaves(spinlock)
#define __kc_guard_enter_rwlock		__kc_enters_rt_lock(rwlock)
#define __kc_guard_leave_rwlock		__kc_leaves(rwlock)
#define __kc_guard_enter_raw_spinlock	__kc_enters(raw_spinlock)
#define __kc_guard_leave_raw_spinlock	__kc_leaves(raw_spinlock)
#define __kc_guard_enter_rcu		__kc_enters(rcu)
#define __kc_guard_leave_rcu		__kc_leaves(rcu)
#define __kc_guard_enter_bh		__kc_enters(bh)
#define __kc_guard_leave_bh		__kc_leaves(bh)
#define __kc_guard_enter_irq		__kc_enters(irq)
#define __kc_guard_leave_irq		__kc_leaves(irq)
#define __kc_guard_enter_preempt	__kc_enters(preempt)
#define __kc_guard_leave_preempt	__kc_leaves(preempt)

/**
 * KC_DEFINE_LOCK_GUARD() - a guard that holds a lock for a scope
 * @name: guard name, used with kc_guard()
 * @context: what holding the lock is, for the context checker:
 *           ``sleeping`` (a mutex: taking it may sleep), or the atomic
 *           context the scope is in: ``spinlock``, ``raw_spinlock``,
 *           ``rwlock``, ``rcu``, ``bh``, ``irq``, ``preempt``
 * @type: lock type (``struct mutex``)
 * @_lock: statement taking the lock, ``_T`` is the guard (``_T->lock``)
 * @_unlock: statement releasing it
 * @...: extra members of the guard (e.g. ``unsigned long flags``)
 *
 * The guard is a small struct (the lock pointer plus @...), so locks that
 * need saved state (irqsave) fit. A guard whose lock pointer is NULL
 * releases nothing.
 *
 * sparse does not know the cleanup attribute: for a lock that sparse
 * tracks (annotated with __acquires()), let @_lock end with
 * ``__release(_T->lock)`` and @_unlock start with ``__acquire(_T->lock)``
 * so that each half balances its own context, as the spinlock and RCU
 * guards below do.
 */
#define KC_DEFINE_LOCK_GUARD(name, context, type, _lock, _unlock, ...)	\
	__KC_DEFINE_UNLOCK_GUARD(name, context, type, _unlock, __VA_ARGS__) \
	static inline __kc_guard_enter_##context kc_class_##name##_t	\
	kc_class_##name##_constructor(type *__kc_l)			\
	{								\
		kc_class_##name##_t __kc_g = { .lock = __kc_l };	\
		kc_class_##name##_t *_T = &__kc_g;			\
		_lock;							\
		return __kc_g;						\
	}

/**
 * KC_DEFINE_LOCK_GUARD_0() - a guard for a lock that has no lock object
 * @name: guard name, used with kc_guard()
 * @context: as for KC_DEFINE_LOCK_GUARD()
 * @_lock: statement taking the lock (``_T`` is the guard)
 * @_unlock: statement releasing it
 *
 * Like KC_DEFINE_LOCK_GUARD() with a constructor taking no argument, for
 * RCU, preemption and the like: ``kc_guard(rcu)();``.
 */
#define KC_DEFINE_LOCK_GUARD_0(name, context, _lock, _unlock)		\
	__KC_DEFINE_UNLOCK_GUARD(name, context, void, _unlock)		\
	static inline __kc_guard_enter_##context kc_class_##name##_t	\
	kc_class_##name##_constructor(void)				\
	{								\
		kc_class_##name##_t __kc_g = { .lock = (void *)1 };	\
		kc_class_##name##_t *_T __maybe_unused = &__kc_g;	\
		_lock;							\
		return __kc_g;						\
	}

/**
 * kc_guard() - hold a lock until the end of the enclosing block
 * @name: a guard made by KC_DEFINE_LOCK_GUARD(); built in: ``mutex``,
 *        ``spinlock``, ``spinlock_irq``, ``spinlock_irqsave``,
 *        ``spinlock_bh``, ``rcu``
 *
 * Followed by the lock: ``kc_guard(mutex)(&priv->lock);``, or by ``()``
 * for a guard without lock object: ``kc_guard(rcu)();``. The lock is
 * released when the block ends, whatever the path out of it; guards and
 * cleanups declared later in the block are released first. Each guard has
 * its lock call's semantics: on PREEMPT_RT a ``spinlock_t`` sleeps and
 * ``spinlock_irq``/``spinlock_irqsave`` leave hard interrupts on.
 */
#define kc_guard(name)							\
	kc_class(name, __UNIQUE_ID(kc_guard))

KC_DEFINE_LOCK_GUARD(mutex, sleeping, struct mutex,
		     mutex_lock(_T->lock), mutex_unlock(_T->lock))

/* Lock and unlock statements balanced for sparse (see above). */
#define __KC_SPARSE_LOCK(l, stmt)					\
	do { stmt; __release(l); } while (0)
#define __KC_SPARSE_UNLOCK(l, stmt)					\
	do { __acquire(l); stmt; } while (0)

KC_DEFINE_LOCK_GUARD(spinlock, spinlock, spinlock_t,
		     __KC_SPARSE_LOCK(_T->lock, spin_lock(_T->lock)),
		     __KC_SPARSE_UNLOCK(_T->lock, spin_unlock(_T->lock)))
KC_DEFINE_LOCK_GUARD(spinlock_irq, spinlock, spinlock_t,
		     __KC_SPARSE_LOCK(_T->lock, spin_lock_irq(_T->lock)),
		     __KC_SPARSE_UNLOCK(_T->lock, spin_unlock_irq(_T->lock)))
KC_DEFINE_LOCK_GUARD(spinlock_irqsave, spinlock, spinlock_t,
		     __KC_SPARSE_LOCK(_T->lock,
				      spin_lock_irqsave(_T->lock, _T->flags)),
		     __KC_SPARSE_UNLOCK(_T->lock,
					spin_unlock_irqrestore(_T->lock,
							       _T->flags)),
		     unsigned long flags)
KC_DEFINE_LOCK_GUARD(spinlock_bh, spinlock, spinlock_t,
		     __KC_SPARSE_LOCK(_T->lock, spin_lock_bh(_T->lock)),
		     __KC_SPARSE_UNLOCK(_T->lock, spin_unlock_bh(_T->lock)))
KC_DEFINE_LOCK_GUARD_0(rcu, rcu,
		       __KC_SPARSE_LOCK(RCU, rcu_read_lock()),
		       __KC_SPARSE_UNLOCK(RCU, rcu_read_unlock()))

#endif /* KC_CORE_CLEANUP_H */
