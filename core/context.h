/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: the execution context a function needs, checked at build time.
 *
 * DOC: atomic context
 *
 * A function that may sleep must not run in atomic context: under a
 * spinlock, a raw spinlock or an rwlock, inside an RCU read-side section,
 * with bottom halves, interrupts or preemption disabled, or as a callback
 * that the kernel calls in such a context (a timer, a hard interrupt
 * handler, a GPIO chip's non-sleeping set/get). kcrate's context checker
 * (scripts/kc-context, run by ``make lint`` and by the build tier of
 * ``make check``) refuses such a call at build time. The annotations are:
 *
 * - __kc_might_sleep on a function that may sleep. A function that calls
 *   one must say so too (the checker refuses the call otherwise), up to
 *   the callback that the kernel calls: the contract is in every
 *   signature, like might_sleep() in the body, and each call is checked
 *   against it in the caller's context.
 * - __kc_atomic_context on a callback that runs in atomic context: its
 *   body is checked as if a spinlock were held.
 * - __kc_enters(kind) / __kc_leaves(kind) on the functions that enter or
 *   leave an atomic context (kcrate's guards; the checker's own wrappers of
 *   the kernel's spin_lock(), rcu_read_lock() and the like). @kind is one
 *   of spinlock, raw_spinlock, rwlock, rcu, bh, irq, preempt, atomic;
 *   __kc_enters_rt_lock(kind) for a spinlock_t or an rwlock_t.
 * - __kc_context_unchecked on a function whose context is decided at run
 *   time (a GPIO chip that sleeps or not by its can_sleep flag): its body
 *   is not checked and its callers need no mark. A suppression: ``make
 *   lint`` lists every use, and Documentation/context.rst says why each is
 *   there.
 * - kc_might_sleep_gfp(gfp): refused in atomic context when @gfp is a
 *   constant that allows direct reclaim (GFP_KERNEL, GFP_NOIO...) or is
 *   not a constant (flags held in a variable may be anything).
 * - __kc_might_sleep_by_gfp on a function that takes allocation flags in a
 *   parameter named gfp, with __KC_GFP_NOSLEEP_TWIN() after it: each call
 *   is judged by the flags it passes, as kc_might_sleep_gfp() judges them.
 *
 * The mark must be on a function's first declaration. A call sees only the
 * declarations before it: a mark added later (an unmarked prototype, then
 * a marked definition) would leave the calls in between unchecked, so the
 * checker refuses it.
 *
 * The engine is Clang's capability analysis (``-Wthread-safety``, the one
 * the kernel's own context analysis uses): each kind of atomic context is
 * a capability, entering it acquires the capability, and a sleeper
 * requires that none is held. Outside the checker (KC_CONTEXT_CHECK not
 * defined: every real build, gcc or clang) all of it expands to nothing
 * (kc_gfp_judged_at_call() to its argument).
 *
 * On PREEMPT_RT a spinlock_t and an rwlock_t sleep: taking one under a
 * raw spinlock, or with interrupts or preemption disabled by hand, is
 * refused too (in the function that holds the hard context).
 */
#ifndef KC_CORE_CONTEXT_H
#define KC_CORE_CONTEXT_H

#ifdef KC_CONTEXT_CHECK

/* One capability per kind of atomic context; never defined, never used. */
struct __attribute__((capability("context"), reentrant_capability)) kc_context {
	int unused;
};

extern struct kc_context kc_ctx_spinlock, kc_ctx_raw_spinlock, kc_ctx_rwlock,
	kc_ctx_rcu, kc_ctx_bh, kc_ctx_irq, kc_ctx_preempt, kc_ctx_atomic;

/* A sleeper's requirement: no atomic context held. */
#define __kc_no_atomic_context						\
	requires_capability(!&kc_ctx_spinlock,				\
		!&kc_ctx_raw_spinlock, !&kc_ctx_rwlock, !&kc_ctx_rcu,	\
		!&kc_ctx_bh, !&kc_ctx_irq, !&kc_ctx_preempt,		\
		!&kc_ctx_atomic)

/*
 * The mark on the first declaration: Clang refuses internal_linkage added
 * on a later one ("does not appear on the first declaration"), which
 * scripts/kc-context reports as a finding. The pass only parses, so the
 * linkage itself changes nothing. The checker checks such a file again
 * with KC_CONTEXT_LATE_MARKS defined, for its other findings (Clang stops
 * analysing after an error).
 *
 * __kc_might_sleep_by_gfp: see __KC_GFP_NOSLEEP_TWIN() below.
 */
#ifndef KC_CONTEXT_LATE_MARKS
#define __kc_might_sleep						\
	__attribute__((internal_linkage, __kc_no_atomic_context))
#define __kc_might_sleep_by_gfp						\
	__attribute__((overloadable, internal_linkage, __kc_no_atomic_context))
#else
#define __kc_might_sleep	__attribute__((__kc_no_atomic_context))
#define __kc_might_sleep_by_gfp						\
	__attribute__((overloadable, __kc_no_atomic_context))
#endif
#define __kc_atomic_context						\
	__attribute__((requires_shared_capability(&kc_ctx_atomic)))
#define __kc_enters(kind)						\
	__attribute__((acquire_shared_capability(&kc_ctx_##kind),	\
		       no_thread_safety_analysis))
#define __kc_leaves(kind)						\
	__attribute__((release_shared_capability(&kc_ctx_##kind),	\
		       no_thread_safety_analysis))
#define __kc_context_unchecked	__attribute__((no_thread_safety_analysis))
/*
 * Enters a lock that sleeps on PREEMPT_RT (spinlock_t, rwlock_t): not from
 * a hard atomic context.
 */
#define __kc_enters_rt_lock(kind)					\
	__attribute__((acquire_shared_capability(&kc_ctx_##kind),	\
		       locks_excluded(&kc_ctx_raw_spinlock, &kc_ctx_irq,	\
				      &kc_ctx_preempt),			\
		       no_thread_safety_analysis))

static inline __kc_might_sleep void __kc_gfp_may_sleep(void)
{
}

static inline __kc_might_sleep void __kc_gfp_not_constant(void)
{
}

/**
 * kc_might_sleep_gfp() - for the context checker: allocating with @gfp may sleep
 * @gfp: the allocation's flags
 *
 * Refused in atomic context when @gfp is a constant that allows direct
 * reclaim (GFP_KERNEL, GFP_NOIO...), and when it is not a constant: flags
 * held in a variable may be any, so they are judged as sleeping. An
 * allocator wraps its calls in it (core/alloc.h does, in the checker's pass
 * only). Outside the checker it is ``((void)0)``.
 */
#define kc_might_sleep_gfp(gfp)						\
	__builtin_choose_expr(__builtin_constant_p(gfp),		\
		(((gfp) & __GFP_DIRECT_RECLAIM) ?			\
			__kc_gfp_may_sleep() : (void)0),			\
		__kc_gfp_not_constant())

/**
 * kc_gfp_judged_at_call() - flags an allocator passes on, judged at its call
 * @gfp: the allocator's own gfp parameter
 *
 * In the body of an allocator whose every call is judged with
 * kc_might_sleep_gfp() where it is made (core/alloc.h's kc_alloc() and
 * kc_realloc(), through their checker-only macros), the flags it passes on
 * are a parameter, which kc_might_sleep_gfp() would judge as sleeping
 * there too. Outside the checker it is @gfp; in the checker's pass, 0.
 */
#define kc_gfp_judged_at_call(gfp)	((gfp_t)0)

/*
 * __kc_might_sleep_by_gfp and __KC_GFP_NOSLEEP_TWIN(): a function whose
 * flags are a parameter named gfp (a vector's push), judged at each call.
 * In the checker's pass the function is one of two overloads (Clang's
 * overloadable): itself, marked __kc_might_sleep, and a twin of the same
 * signature that Clang chooses where gfp is a constant without
 * __GFP_DIRECT_RECLAIM (enable_if), unmarked. GFP_ATOMIC reaches the twin;
 * GFP_KERNEL, or flags held in a variable, the function. The twin's body
 * only calls the function (with gfp a variable there, so not itself) and
 * is not analysed. Outside the checker the twin does not exist.
 */
#define __KC_GFP_NOSLEEP_TWIN(type, fn, params, args)			\
	static inline							\
	__attribute__((overloadable, no_thread_safety_analysis)) type	\
	fn params __attribute__((enable_if(				\
		!((gfp) & __GFP_DIRECT_RECLAIM), "flags that do not sleep"))) \
	{								\
		return fn args;						\
	}

#else /* !KC_CONTEXT_CHECK */

#define __kc_might_sleep
#define __kc_atomic_context
#define __kc_enters(kind)
#define __kc_leaves(kind)
#define __kc_enters_rt_lock(kind)
#define __kc_context_unchecked
#define kc_might_sleep_gfp(gfp)		((void)0)
#define kc_gfp_judged_at_call(gfp)	(gfp)
#define __kc_might_sleep_by_gfp
#define __KC_GFP_NOSLEEP_TWIN(type, fn, params, args)

#endif /* KC_CONTEXT_CHECK */

#endif /* KC_CORE_CONTEXT_H */
