// SPDX-License-Identifier: GPL-2.0
/*
 * kc_core_test: in-kernel unit tests of kcrate's core/, printed as KTAP.
 *
 * Loading the module runs every case; the KTAP lines carry the prefix
 * "kc_core_ktap: " (selftests/guest/tests/core/10-core.sh extracts them). The
 * module loads only if every case passed (its init returns -EINVAL
 * otherwise), so a failed load is a failed run.
 *
 * Built with KC_ALLOC_FAULT_INJECT (selftests/ktest/Kbuild): the
 * allocation paths use kc_alloc_fail_nth() and kc_alloc_live().
 */
#define KT_PREFIX "kc_core_ktap: "

#include <linux/atomic.h>
#include <linux/bottom_half.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/irqflags.h>
#include <linux/kref.h>
#include <linux/limits.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#ifdef KC_HAVE_LINUX_CLEANUP_H
#include <linux/cleanup.h>
#endif

#include <abstractions/debugfs.h>
#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/error.h>
#include <core/handle.h>
#include <core/locked.h>
#include <core/module.h>
#include <core/refcount.h>
#include <core/vtable.h>
#include <core/work.h>

#include "ktap.h"

struct kc_core_test {
	int loaded;
	struct kc_debugfs_dir *dir;
};

static struct kc_core_test kt_state;

/*
 * A module-level debugfs directory (abstractions/debugfs.h), on the
 * module's state: made by init, removed first thing in the drop, so
 * /sys/kernel/debug/kc_core_test/loaded reads 1 for as long as the module
 * is loaded, and is gone after rmmod (guest test 10-core).
 */
static int kt_loaded_show(struct kc_core_test *t, struct kc_seq *s)
{
	kc_seq_printf(s, "%d\n", READ_ONCE(t->loaded));
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(loaded, struct kc_core_test, kt_loaded_show, NULL);
KC_DEFINE_DEBUGFS_DIR(kt_debugfs, struct kc_core_test, loaded);

KC_MODULE(kc_core_test,
	  KC_STATE(struct kc_core_test, kc_core_test_init, kc_core_test_drop),
	  KC_AUTHOR("kcrate developers"),
	  KC_DESCRIPTION("kcrate core unit tests (KTAP in the kernel log)"),
	  KC_LICENSE("GPL"),
	  KC_PARAM_INT(level, 0, -10, 10, "A ranged int (tested)"),
	  KC_PARAM_UINT(width, 8, 1, 64, "A ranged uint (tested)"),
	  KC_PARAM_BOOL(flag, true, "A bool (tested)"),
	  KC_PARAM_STRING(label, "kc", "A string (tested)"),
	  KC_PARAM_ARRAY(values, int, 4, "An int array (tested)"));

/* --- an event log: cleanups record what they release, in order ---------- */

static char kt_log[64];
static int kt_log_n;

static void kt_log_reset(void)
{
	kt_log_n = 0;
	kt_log[0] = '\0';
}

static void kt_log_add(char c)
{
	if (kt_log_n < (int)sizeof(kt_log) - 1) {
		kt_log[kt_log_n++] = c;
		kt_log[kt_log_n] = '\0';
	}
}

/* A heap object that logs its id when released. */
struct kt_obj {
	char id;
};

static __kc_might_sleep struct kt_obj *kt_obj_new(char id)
{
	struct kt_obj *o = kc_box_new(struct kt_obj, GFP_KERNEL);

	if (o)
		o->id = id;
	return o;
}

/* NULL-safe, as every release bound with KC_DEFINE_FREE() must be. */
static void kt_obj_release(struct kt_obj *o)
{
	if (!o)
		return;
	kt_log_add(o->id);
	kc_box_free(o);
}

KC_DEFINE_FREE(kt_obj, struct kt_obj *, kt_obj_release(_T))

/* A refcounted object: 'r' logged at each put, 'R' at release. */
struct kt_refobj {
	struct kref kref;
};

static void kt_refobj_release(struct kref *kref)
{
	kt_log_add('R');
	kc_box_free(container_of(kref, struct kt_refobj, kref));
}

KC_DEFINE_KREF(kt_ref, struct kt_refobj, kref, kt_refobj_release)

static unsigned int kt_refcount(struct kt_refobj *o)
{
	return kref_read(&o->kref);
}

/* A logging ref binding over the same object: 'r' at each drop. */
static void kt_ref_put_logged(struct kt_refobj *o)
{
	if (!o)
		return;
	kt_log_add('r');
	kt_ref_put(o);
}

KC_DEFINE_FREE(kt_ref_logged, struct kt_refobj *, kt_ref_put_logged(_T))

/* A mutex guard that logs 'M' when taken and 'm' when released. */
static __kc_might_sleep void kt_mutex_lock_logged(struct mutex *m)
{
	mutex_lock(m);
	kt_log_add('M');
}

static void kt_mutex_unlock_logged(struct mutex *m)
{
	kt_log_add('m');
	mutex_unlock(m);
}

KC_DEFINE_LOCK_GUARD(kt_mutex, sleeping, struct mutex,
		     kt_mutex_lock_logged(_T->lock),
		     kt_mutex_unlock_logged(_T->lock))

static DEFINE_MUTEX(kt_mutex);
static DEFINE_SPINLOCK(kt_spin);

/* --- error ---------------------------------------------------------------- */

static int kt_after_try;

static int kt_try_fn(int ret)
{
	kc_try(ret);
	kt_after_try = 1;
	return 7;
}

static void error_try_propagates_error(void)
{
	kt_after_try = 0;
	KT_EXPECT_EQ(kt_try_fn(-EIO), -EIO);
	KT_EXPECT_EQ(kt_after_try, 0);
}

static void error_try_passes_success(void)
{
	kt_after_try = 0;
	KT_EXPECT_EQ(kt_try_fn(0), 7);
	KT_EXPECT_EQ(kt_after_try, 1);
	KT_EXPECT_EQ(kt_try_fn(5), 7);
}

static int kt_try_val_fn(struct kc_result_u16 r, u16 *out)
{
	u16 v;

	kc_try_val(v, r);
	*out = v;
	return 0;
}

static void error_try_val_unwraps(void)
{
	u16 out = 0;

	/* 0xffff would be -1 if it were mixed into an int return. */
	KT_EXPECT_EQ(kt_try_val_fn(KC_OK(struct kc_result_u16, 0xffff), &out), 0);
	KT_EXPECT_EQ(out, 0xffff);
}

static void error_try_val_returns_error(void)
{
	u16 out = 0x1234;

	KT_EXPECT_EQ(kt_try_val_fn(KC_ERR(struct kc_result_u16, -ETIMEDOUT),
				   &out), -ETIMEDOUT);
	KT_EXPECT_EQ(out, 0x1234);
	KT_EXPECT(kc_is_err(KC_ERR(struct kc_result_u16, -EIO)));
	KT_EXPECT(!kc_is_err(KC_OK(struct kc_result_u16, 0)));
}

static struct kc_result_u32 kt_try_val_as_fn(struct kc_result_u16 r)
{
	u16 v;

	kc_try_val_as(v, r, struct kc_result_u32);
	return KC_OK(struct kc_result_u32, v * 2u);
}

static void error_try_val_as_propagates(void)
{
	struct kc_result_u32 r;

	r = kt_try_val_as_fn(KC_OK(struct kc_result_u16, 21));
	KT_EXPECT_EQ(kc_result_err(r), 0);
	KT_EXPECT_VAL(r, 42);
	r = kt_try_val_as_fn(KC_ERR(struct kc_result_u16, -EIO));
	KT_EXPECT_EQ(kc_result_err(r), -EIO);
}

/* What a constructor returns: a handle's result made from a kernel pointer. */
KC_DEFINE_RESULT(kt_result_handle, struct kc_core_test *);

static int kt_try_handle_fn(struct kc_core_test *p, struct kc_core_test **out)
{
	struct kc_core_test *v = NULL;

	kc_try_val(v, __kc_result_from_ptr(struct kt_result_handle, p));
	*out = v;
	return 0;
}

static void *kt_try_err_ptr_fn(int err)
{
	kc_try_err_ptr(err);
	return &kt_state;
}

static void error_handle_result(void)
{
	struct kc_core_test *out = NULL;

	KT_EXPECT_EQ(kt_try_handle_fn(ERR_PTR(-ENODEV), &out), -ENODEV);
	KT_EXPECT(!out);
	KT_EXPECT_EQ(kt_try_handle_fn(&kt_state, &out), 0);
	KT_EXPECT(out == &kt_state);
	KT_EXPECT(kt_try_err_ptr_fn(-EBUSY) == ERR_PTR(-EBUSY));
	KT_EXPECT(kt_try_err_ptr_fn(0) == &kt_state);
}

static void error_errname(void)
{
	KT_EXPECT_STREQ(kc_errname(-EIO), "-EIO");
	KT_EXPECT_STREQ(kc_errname(EIO), "-EIO");
	KT_EXPECT_STREQ(kc_errname(-ETIMEDOUT), "-ETIMEDOUT");
	KT_EXPECT_STREQ(kc_errname(-EPROBE_DEFER), "-EPROBE_DEFER");
	KT_EXPECT_STREQ(kc_errname(-EOPNOTSUPP), "-EOPNOTSUPP");
	KT_EXPECT_STREQ(kc_errname(0), "0");
	KT_EXPECT_STREQ(kc_errname(-4000), "-E?");
	KT_EXPECT_STREQ(kc_errname(INT_MIN), "-E?");
}

static void suite_error(void)
{
	kt_suite_begin("error", 7);
	KT_CASE(error_try_propagates_error);
	KT_CASE(error_try_passes_success);
	KT_CASE(error_try_val_unwraps);
	KT_CASE(error_try_val_returns_error);
	KT_CASE(error_try_val_as_propagates);
	KT_CASE(error_handle_result);
	KT_CASE(error_errname);
	kt_suite_end();
}

/* --- cleanup -------------------------------------------------------------- */

static __kc_might_sleep void cleanup_free_at_scope_exit(void)
{
	long live = kc_alloc_live();

	kt_log_reset();
	{
		struct kt_obj *a __kc_free(kt_obj) = kt_obj_new('a');

		KT_EXPECT(a);
		KT_EXPECT_EQ(kc_alloc_live(), live + 1);
	}
	KT_EXPECT_STREQ(kt_log, "a");
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

static void cleanup_free_null_is_noop(void)
{
	kt_log_reset();
	{
		struct kt_obj *a __kc_free(kt_obj) = NULL;

		KT_EXPECT(!a);
	}
	KT_EXPECT_STREQ(kt_log, "");
}

static __kc_might_sleep void cleanup_reverse_order(void)
{
	kt_log_reset();
	{
		struct kt_obj *a __kc_free(kt_obj) = kt_obj_new('a');
		struct kt_obj *b __kc_free(kt_obj) = kt_obj_new('b');
		struct kt_obj *c __kc_free(kt_obj) = kt_obj_new('c');

		KT_EXPECT(a && b && c);
	}
	KT_EXPECT_STREQ(kt_log, "cba");
}

static __kc_might_sleep void cleanup_take_does_not_free(void)
{
	long live = kc_alloc_live();
	struct kt_obj *kept;

	kt_log_reset();
	{
		struct kt_obj *a __kc_free(kt_obj) = kt_obj_new('a');

		kept = kc_take(a);
		KT_EXPECT(!a);
	}
	KT_EXPECT_STREQ(kt_log, "");
	KT_EXPECT(kept);
	KT_EXPECT_EQ(kc_alloc_live(), live + 1);
	kt_obj_release(kept);
	KT_EXPECT_STREQ(kt_log, "a");
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

static __kc_might_sleep struct kt_obj *kt_make_obj(bool fail)
{
	struct kt_obj *a __kc_free(kt_obj) = kt_obj_new('a');

	if (!a || fail)
		return NULL;
	kc_return_take(a);
}

static __kc_might_sleep void cleanup_return_take(void)
{
	struct kt_obj *o;

	kt_log_reset();
	o = kt_make_obj(false);
	KT_EXPECT(o);
	KT_EXPECT_STREQ(kt_log, "");
	if (o)
		kt_obj_release(o);
	kt_log_reset();
	KT_EXPECT(!kt_make_obj(true));
	KT_EXPECT_STREQ(kt_log, "a");
}

/*
 * Acquire, in order: an object 'a', the mutex 'M', a reference, an object
 * 'b'; then fail. Everything must be released in reverse order: b, the
 * reference (r), the mutex (m), a.
 */
static __kc_might_sleep int kt_early_return_fn(struct kt_refobj *o, int err)
{
	struct kt_obj *a __kc_free(kt_obj) = kt_obj_new('a');
	kc_guard(kt_mutex)(&kt_mutex);
	struct kt_refobj *r __kc_free(kt_ref_logged) = kt_ref_clone(o);
	struct kt_obj *b __kc_free(kt_obj) = kt_obj_new('b');

	if (!a || !b)
		return -ENOMEM;
	KT_EXPECT(mutex_is_locked(&kt_mutex));
	KT_EXPECT_EQ(kt_refcount(r), 2);
	kc_try(err);
	kt_log_add('!');	/* not reached on error */
	return 0;
}

static __kc_might_sleep void cleanup_early_return_reverse_order(void)
{
	struct kt_refobj *o __kc_ref(kt_ref) =
		kc_box_new(struct kt_refobj, GFP_KERNEL);
	long live;

	if (!o) {
		KT_EXPECT(o);
		return;
	}
	kref_init(&o->kref);
	live = kc_alloc_live();
	kt_log_reset();
	KT_EXPECT_EQ(kt_early_return_fn(o, -EIO), -EIO);
	KT_EXPECT_STREQ(kt_log, "Mbrma");
	KT_EXPECT(!mutex_is_locked(&kt_mutex));
	KT_EXPECT_EQ(kt_refcount(o), 1);
	KT_EXPECT_EQ(kc_alloc_live(), live);
	/* The same releases on the success path. */
	kt_log_reset();
	KT_EXPECT_EQ(kt_early_return_fn(o, 0), 0);
	KT_EXPECT_STREQ(kt_log, "M!brma");
	KT_EXPECT_EQ(kt_refcount(o), 1);
}

KC_DEFINE_CLASS(kt_class, int, kt_log_add('0' + _T), x * 2, int x)

static void cleanup_class(void)
{
	kt_log_reset();
	{
		kc_class(kt_class, v)(3);

		KT_EXPECT_EQ(v, 6);
	}
	KT_EXPECT_STREQ(kt_log, "6");
}

static __kc_might_sleep void cleanup_coexists_with_linux_cleanup_h(void)
{
#ifdef KC_HAVE_LINUX_CLEANUP_H
	{
		guard(mutex)(&kt_mutex);
		{
			struct kt_obj *a __kc_free(kt_obj) = kt_obj_new('a');
			void *p __free(kfree) = kmalloc(8, GFP_KERNEL);

			KT_EXPECT(a && p);
			KT_EXPECT(mutex_is_locked(&kt_mutex));
		}
	}
	KT_EXPECT(!mutex_is_locked(&kt_mutex));
#else
	kt_skip("no <linux/cleanup.h> in this kernel");
#endif
}

static void suite_cleanup(void)
{
	kt_suite_begin("cleanup", 8);
	KT_CASE(cleanup_free_at_scope_exit);
	KT_CASE(cleanup_free_null_is_noop);
	KT_CASE(cleanup_reverse_order);
	KT_CASE(cleanup_take_does_not_free);
	KT_CASE(cleanup_return_take);
	KT_CASE(cleanup_early_return_reverse_order);
	KT_CASE(cleanup_class);
	KT_CASE(cleanup_coexists_with_linux_cleanup_h);
	kt_suite_end();
}

/* --- guard ---------------------------------------------------------------- */

static __kc_might_sleep void guard_mutex(void)
{
	{
		kc_guard(mutex)(&kt_mutex);

		KT_EXPECT(mutex_is_locked(&kt_mutex));
	}
	KT_EXPECT(!mutex_is_locked(&kt_mutex));
}

static void guard_spinlock(void)
{
	{
		kc_guard(spinlock)(&kt_spin);

		KT_EXPECT(spin_is_locked(&kt_spin));
	}
	KT_EXPECT(!spin_is_locked(&kt_spin));
}

/*
 * PREEMPT_RT: spinlock_t is a sleeping lock, and spin_lock_irq*() leave hard
 * interrupts on (nor may it be taken with them off). irqs_disabled() is a
 * truth value, not 0 or 1: arm64's is the DAIF I bit (0x80).
 */
#define KT_LOCK_IRQS_OFF (!IS_ENABLED(CONFIG_PREEMPT_RT))
#define KT_IRQS_OFF() (!!irqs_disabled())

static void guard_spinlock_irq(void)
{
	KT_EXPECT(!irqs_disabled());
	{
		kc_guard(spinlock_irq)(&kt_spin);

		KT_EXPECT(spin_is_locked(&kt_spin));
		KT_EXPECT(KT_IRQS_OFF() == KT_LOCK_IRQS_OFF);
	}
	KT_EXPECT(!spin_is_locked(&kt_spin));
	KT_EXPECT(!irqs_disabled());
}

/*
 * Takes a spinlock_t with interrupts off, on purpose and only where that is
 * valid (not PREEMPT_RT, where it returns first): the context checker, which
 * refuses it on every kernel, is told not to look.
 */
static __kc_context_unchecked void guard_spinlock_irqsave(void)
{
	bool inner_disabled, after_disabled;

	{
		kc_guard(spinlock_irqsave)(&kt_spin);

		KT_EXPECT(spin_is_locked(&kt_spin));
		KT_EXPECT(KT_IRQS_OFF() == KT_LOCK_IRQS_OFF);
	}
	KT_EXPECT(!irqs_disabled());
	KT_EXPECT(!spin_is_locked(&kt_spin));
	if (!KT_LOCK_IRQS_OFF)
		return;
	/* Restores the saved state: irqs stay off if they were off. */
	local_irq_disable();
	{
		kc_guard(spinlock_irqsave)(&kt_spin);

		inner_disabled = irqs_disabled();
	}
	after_disabled = irqs_disabled();
	local_irq_enable();
	KT_EXPECT(inner_disabled);
	KT_EXPECT(after_disabled);
	KT_EXPECT(!spin_is_locked(&kt_spin));
}

static void guard_spinlock_bh(void)
{
	unsigned long before = softirq_count();

	{
		kc_guard(spinlock_bh)(&kt_spin);

		KT_EXPECT(softirq_count() > before);
	}
	KT_EXPECT_EQ(softirq_count(), before);
}

static void guard_rcu(void)
{
#ifdef CONFIG_PREEMPT_RCU
	int before = rcu_preempt_depth();

	{
		kc_guard(rcu)();

		KT_EXPECT_EQ(rcu_preempt_depth(), before + 1);
	}
	KT_EXPECT_EQ(rcu_preempt_depth(), before);
#elif defined(CONFIG_PREEMPT_COUNT)
	int before = preempt_count();

	{
		kc_guard(rcu)();

		KT_EXPECT(preempt_count() > before);
	}
	KT_EXPECT_EQ(preempt_count(), before);
#else
	{
		kc_guard(rcu)();
	}
	kt_skip("RCU read side not observable in this configuration");
#endif
}

static __kc_might_sleep void guard_null_lock_releases_nothing(void)
{
	kt_log_reset();
	{
		kc_class(kt_mutex, g)(&kt_mutex);

		/* Hand the lock on: the guard must not release it. */
		g.lock = NULL;
	}
	KT_EXPECT_STREQ(kt_log, "M");
	KT_EXPECT(mutex_is_locked(&kt_mutex));
	mutex_unlock(&kt_mutex);
}

static __kc_might_sleep void guard_loop_continue_and_break(void)
{
	int i;

	kt_log_reset();
	for (i = 0; i < 5; i++) {
		kc_guard(kt_mutex)(&kt_mutex);

		if (i == 1)
			continue;
		if (i == 2)
			break;
	}
	KT_EXPECT_STREQ(kt_log, "MmMmMm");
	KT_EXPECT(!mutex_is_locked(&kt_mutex));
}

static void suite_guard(void)
{
	kt_suite_begin("guard", 8);
	KT_CASE(guard_mutex);
	KT_CASE(guard_spinlock);
	KT_CASE(guard_spinlock_irq);
	KT_CASE(guard_spinlock_irqsave);
	KT_CASE(guard_spinlock_bh);
	KT_CASE(guard_rcu);
	KT_CASE(guard_null_lock_releases_nothing);
	KT_CASE(guard_loop_continue_and_break);
	kt_suite_end();
}

/* --- locked data ---------------------------------------------------------- */

struct kt_counts {
	int reads;
	int writes;
};

KC_DEFINE_LOCKED(kt_spin_counts, spinlock_irqsave, struct kt_counts);
KC_DEFINE_LOCKED(kt_mutex_counts, mutex, struct kt_counts);

static struct kt_spin_counts kt_spin_counts;
static struct kt_mutex_counts kt_mutex_counts;

/* init zeroes the data, whatever the memory held. */
static void locked_init_zeroes(void)
{
	memset(&kt_spin_counts, 0xa5, sizeof(kt_spin_counts));
	kt_spin_counts_init(&kt_spin_counts);
	KT_EXPECT(!kt_spin_counts_is_locked(&kt_spin_counts));
	{
		kc_locked(kt_spin_counts, &kt_spin_counts, c);

		KT_EXPECT_EQ(c->reads, 0);
		KT_EXPECT_EQ(c->writes, 0);
	}
}

/* The spinlock is held in the block, with irqs off but on PREEMPT_RT. */
static void locked_spinlock_held_in_block(void)
{
	KT_EXPECT(!irqs_disabled());
	{
		kc_locked(kt_spin_counts, &kt_spin_counts, c);

		KT_EXPECT(kt_spin_counts_is_locked(&kt_spin_counts));
		KT_EXPECT(KT_IRQS_OFF() == KT_LOCK_IRQS_OFF);
		c->writes++;
	}
	KT_EXPECT(!kt_spin_counts_is_locked(&kt_spin_counts));
	KT_EXPECT(!irqs_disabled());
	{
		kc_locked(kt_spin_counts, &kt_spin_counts, c);

		KT_EXPECT_EQ(c->writes, 1);
	}
}

static __kc_might_sleep int kt_mutex_counts_bump(int stop_at)
{
	kc_locked(kt_mutex_counts, &kt_mutex_counts, c);

	c->reads++;
	if (c->reads == stop_at)
		return -EAGAIN;
	c->writes++;
	return 0;
}

/* A return from inside the block releases the mutex, as the end does. */
static __kc_might_sleep void locked_mutex_released_on_return(void)
{
	kt_mutex_counts_init(&kt_mutex_counts);
	KT_EXPECT_EQ(kt_mutex_counts_bump(2), 0);
	KT_EXPECT(!kt_mutex_counts_is_locked(&kt_mutex_counts));
	KT_EXPECT_EQ(kt_mutex_counts_bump(2), -EAGAIN);
	KT_EXPECT(!kt_mutex_counts_is_locked(&kt_mutex_counts));
	{
		kc_locked(kt_mutex_counts, &kt_mutex_counts, c);

		KT_EXPECT(kt_mutex_counts_is_locked(&kt_mutex_counts));
		KT_EXPECT_EQ(c->reads, 2);
		KT_EXPECT_EQ(c->writes, 1);
	}
	kt_mutex_counts_destroy(&kt_mutex_counts);
}

static void suite_locked(void)
{
	kt_suite_begin("locked", 3);
	KT_CASE(locked_init_zeroes);
	KT_CASE(locked_spinlock_held_in_block);
	KT_CASE(locked_mutex_released_on_return);
	kt_suite_end();
}

/* --- work items ----------------------------------------------------------- */

struct kt_board {
	struct kc_work kick;
	struct kc_delayed_work poll;
	struct completion kicked;
	bool dropped;
};

static atomic_t kt_polls = ATOMIC_INIT(0);
static atomic_t kt_polls_after_drop = ATOMIC_INIT(0);
static atomic_t kt_drops = ATOMIC_INIT(0);

static void kt_board_kick(struct kt_board *b);
static void kt_board_poll(struct kt_board *b);
KC_DEFINE_WORK(kt_board_kick_work, struct kt_board, kick, kt_board_kick);
KC_DEFINE_DELAYED_WORK(kt_board_poll_work, struct kt_board, poll, kt_board_poll);

static void kt_board_drop(struct kt_board *b)
{
	b->dropped = true;
	atomic_inc(&kt_drops);
}

KC_DEFINE_OWNER(kt_board, struct kt_board, kt_board_drop,
		kt_board_kick_work, kt_board_poll_work);

static void kt_board_kick(struct kt_board *b)
{
	complete(&b->kicked);
}

/* Queues itself again every jiffy until its owner's release cancels it. */
static void kt_board_poll(struct kt_board *b)
{
	if (b->dropped)
		atomic_inc(&kt_polls_after_drop);
	atomic_inc(&kt_polls);
	kt_board_poll_work_schedule(b, KC_MSECS(1));
}

/* The callback gets its owner, typed. */
static __kc_might_sleep void work_runs_with_its_owner(void)
{
	long live = kc_alloc_live();

	{
		struct kt_board *b __kc_free(kt_board) =
			kc_box_new(struct kt_board, GFP_KERNEL);

		KT_EXPECT(b);
		if (!b)
			return;
		init_completion(&b->kicked);
		kt_board_kick_work_init(b);
		KT_EXPECT(kt_board_kick_work_queue(b));
		KT_EXPECT(wait_for_completion_timeout(&b->kicked, 5 * HZ));
	}
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

/*
 * The owner's release cancels a work that requeues itself, before its
 * drop: no run after the drop, none after the free.
 */
static __kc_might_sleep void work_cancelled_before_drop(void)
{
	long live = kc_alloc_live();
	int drops = atomic_read(&kt_drops), i, after;

	atomic_set(&kt_polls, 0);
	atomic_set(&kt_polls_after_drop, 0);
	{
		struct kt_board *b __kc_free(kt_board) =
			kc_box_new(struct kt_board, GFP_KERNEL);

		KT_EXPECT(b);
		if (!b)
			return;
		kt_board_poll_work_init(b);
		kt_board_poll_work_schedule(b, KC_MSECS(1));
		for (i = 0; i < 500 && atomic_read(&kt_polls) < 3; i++)
			msleep(20);
		KT_EXPECT(atomic_read(&kt_polls) >= 3);
	}
	after = atomic_read(&kt_polls);
	msleep(100);
	KT_EXPECT_EQ(atomic_read(&kt_polls), after);
	KT_EXPECT_EQ(atomic_read(&kt_polls_after_drop), 0);
	KT_EXPECT_EQ(atomic_read(&kt_drops), drops + 1);
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

/* An owner released before its work items' init has nothing to cancel. */
static __kc_might_sleep void work_owner_without_init(void)
{
	int drops = atomic_read(&kt_drops);

	kt_board_free(kc_box_new(struct kt_board, GFP_KERNEL));
	kt_board_free(NULL);
	KT_EXPECT_EQ(atomic_read(&kt_drops), drops + 1);
}

/* A work item whose callback cancels its own item. */
struct kt_selfcancel {
	struct kc_work work;
	struct completion done;
};

static __kc_might_sleep void kt_selfcancel_run(struct kt_selfcancel *s);
KC_DEFINE_WORK(kt_selfcancel_work, struct kt_selfcancel, work, kt_selfcancel_run);

static void kt_selfcancel_drop(struct kt_selfcancel *s)
{
}

KC_DEFINE_OWNER(kt_selfcancel, struct kt_selfcancel, kt_selfcancel_drop, kt_selfcancel_work);

static __kc_might_sleep void kt_selfcancel_run(struct kt_selfcancel *s)
{
	kt_selfcancel_work_cancel(s);
	complete(&s->done);
}

/*
 * Cancelled from its own callback, a work item would wait for itself: the
 * cancel returns instead, and the callback ends.
 */
static __kc_might_sleep void work_cancel_from_itself_returns(void)
{
	struct kt_selfcancel *s __kc_free(kt_selfcancel) =
		kc_box_new(struct kt_selfcancel, GFP_KERNEL);

	KT_EXPECT(s);
	if (!s)
		return;
	init_completion(&s->done);
	kt_selfcancel_work_init(s);
	KT_EXPECT(kt_selfcancel_work_queue(s));
	KT_EXPECT(wait_for_completion_timeout(&s->done, 5 * HZ));
}

/* --- timers --------------------------------------------------------------- */

struct kt_ticker {
	struct kc_timer tick;
	bool rearm;
	bool dropped;
};

static atomic_t kt_ticks = ATOMIC_INIT(0);
static atomic_t kt_ticks_after_drop = ATOMIC_INIT(0);
static atomic_t kt_ticker_drops = ATOMIC_INIT(0);

static void kt_ticker_tick(struct kt_ticker *t);
KC_DEFINE_TIMER(kt_ticker_timer, struct kt_ticker, tick, kt_ticker_tick);

static void kt_ticker_drop(struct kt_ticker *t)
{
	t->dropped = true;
	atomic_inc(&kt_ticker_drops);
}

KC_DEFINE_OWNER(kt_ticker, struct kt_ticker, kt_ticker_drop, kt_ticker_timer);

/* Atomic context: counts, and arms itself again every jiffy if asked. */
static void kt_ticker_tick(struct kt_ticker *t)
{
	if (t->dropped)
		atomic_inc(&kt_ticks_after_drop);
	atomic_inc(&kt_ticks);
	if (t->rearm)
		kt_ticker_timer_schedule(t, KC_MSECS(1));
}

static __kc_might_sleep bool kt_wait_ticks(int n)
{
	int i;

	for (i = 0; i < 500 && atomic_read(&kt_ticks) < n; i++)
		msleep(20);
	return atomic_read(&kt_ticks) >= n;
}

/* The callback gets its owner, once per arming; cancel disarms. */
static __kc_might_sleep void timer_runs_with_its_owner(void)
{
	long live = kc_alloc_live();

	atomic_set(&kt_ticks, 0);
	{
		struct kt_ticker *t __kc_free(kt_ticker) =
			kc_box_new(struct kt_ticker, GFP_KERNEL);

		KT_EXPECT(t);
		if (!t)
			return;
		kt_ticker_timer_init(t);
		KT_EXPECT(!kt_ticker_timer_schedule(t, KC_MSECS(1)));
		KT_EXPECT(kt_wait_ticks(1));
		msleep(50);
		KT_EXPECT_EQ(atomic_read(&kt_ticks), 1);
		KT_EXPECT(!kt_ticker_timer_pending(t));

		/* Cancelled, then armed again: a cancel is not a shutdown. */
		kt_ticker_timer_schedule(t, KC_SECS(100));
		KT_EXPECT(kt_ticker_timer_pending(t));
		kt_ticker_timer_cancel(t);
		KT_EXPECT(!kt_ticker_timer_pending(t));
		kt_ticker_timer_schedule(t, KC_MSECS(1));
		KT_EXPECT(kt_wait_ticks(2));
	}
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

/*
 * The owner's release stops a timer that arms itself again, before its
 * drop: no run after the drop, none after the free.
 */
static __kc_might_sleep void timer_cancelled_before_drop(void)
{
	long live = kc_alloc_live();
	int drops = atomic_read(&kt_ticker_drops), after;

	atomic_set(&kt_ticks, 0);
	atomic_set(&kt_ticks_after_drop, 0);
	{
		struct kt_ticker *t __kc_free(kt_ticker) =
			kc_box_new(struct kt_ticker, GFP_KERNEL);

		KT_EXPECT(t);
		if (!t)
			return;
		t->rearm = true;
		kt_ticker_timer_init(t);
		kt_ticker_timer_schedule(t, KC_MSECS(1));
		KT_EXPECT(kt_wait_ticks(3));
	}
	after = atomic_read(&kt_ticks);
	msleep(100);
	KT_EXPECT_EQ(atomic_read(&kt_ticks), after);
	KT_EXPECT_EQ(atomic_read(&kt_ticks_after_drop), 0);
	KT_EXPECT_EQ(atomic_read(&kt_ticker_drops), drops + 1);
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

/* An owner released before its timer's init has nothing to stop. */
static __kc_might_sleep void timer_owner_without_init(void)
{
	int drops = atomic_read(&kt_ticker_drops);

	kt_ticker_free(kc_box_new(struct kt_ticker, GFP_KERNEL));
	KT_EXPECT_EQ(atomic_read(&kt_ticker_drops), drops + 1);
}

/*
 * A delay out of range known only at run time is the longest, never a
 * truncated one (5e9 ms cut to 32 bits is 705032704 ms); in range it is
 * the kernel's conversion.
 */
static void delay_out_of_range_is_longest(void)
{
	long long big = 5000000000LL, neg = -5, ms = 1500;

	/* Values the compiler cannot see, as a run-time argument. */
	OPTIMIZER_HIDE_VAR(big);
	OPTIMIZER_HIDE_VAR(neg);
	OPTIMIZER_HIDE_VAR(ms);
	KT_EXPECT_EQ(__kc_delay_to_jiffies(KC_MSECS(big)), MAX_JIFFY_OFFSET);
	KT_EXPECT_EQ(__kc_delay_to_jiffies(KC_MSECS(neg)), MAX_JIFFY_OFFSET);
	KT_EXPECT_EQ(__kc_delay_to_jiffies(KC_MSECS(ms)), msecs_to_jiffies(1500));
	KT_EXPECT_EQ(__kc_delay_to_jiffies(KC_SECS(2)), msecs_to_jiffies(2000));
}

static void suite_work(void)
{
	kt_suite_begin("work", 8);
	KT_CASE(work_runs_with_its_owner);
	KT_CASE(work_cancelled_before_drop);
	KT_CASE(work_owner_without_init);
	KT_CASE(work_cancel_from_itself_returns);
	KT_CASE(timer_runs_with_its_owner);
	KT_CASE(timer_cancelled_before_drop);
	KT_CASE(timer_owner_without_init);
	KT_CASE(delay_out_of_range_is_longest);
	kt_suite_end();
}

/* --- alloc ---------------------------------------------------------------- */

struct kt_big {
	u64 words[8];
};

static __kc_might_sleep void alloc_box_new_zeroed(void)
{
	long live = kc_alloc_live();
	struct kt_big *p = kc_box_new(struct kt_big, GFP_KERNEL);
	int i;

	KT_EXPECT(p);
	if (!p)
		return;
	for (i = 0; i < 8; i++)
		KT_EXPECT_EQ(p->words[i], 0);
	KT_EXPECT_EQ(kc_alloc_live(), live + 1);
	kc_box_free(p);
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

static __kc_might_sleep void alloc_box_auto_free(void)
{
	long live = kc_alloc_live();

	{
		struct kt_big *p __kc_free(kc_box) =
			kc_box_new(struct kt_big, GFP_KERNEL);

		KT_EXPECT(p);
		KT_EXPECT_EQ(kc_alloc_live(), live + 1);
	}
	KT_EXPECT_EQ(kc_alloc_live(), live);
	kc_box_free(NULL);
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

static __kc_might_sleep void alloc_array_overflow_refused(void)
{
	u64 *p;

	kc_alloc_fail_nth(0);
	p = kc_box_new_array(u64, SIZE_MAX / 4, GFP_KERNEL);
	KT_EXPECT(!p);
	/* Refused before any allocation was attempted. */
	KT_EXPECT_EQ(kc_alloc_count(), 0);
	p = kc_box_new_array(u64, 4, GFP_KERNEL);
	KT_EXPECT(p);
	kc_box_free(p);
}

static __kc_might_sleep void alloc_fail_nth_first(void)
{
	struct kt_big *p;

	kc_alloc_fail_nth(1);
	p = kc_box_new(struct kt_big, GFP_KERNEL);
	KT_EXPECT(!p);
	p = kc_box_new(struct kt_big, GFP_KERNEL);
	KT_EXPECT(p);
	kc_box_free(p);
}

static __kc_might_sleep void alloc_fail_nth_third(void)
{
	struct kt_big *p[4];
	int i;

	kc_alloc_fail_nth(3);
	for (i = 0; i < 4; i++)
		p[i] = kc_box_new(struct kt_big, GFP_KERNEL);
	KT_EXPECT(p[0] && p[1] && !p[2] && p[3]);
	KT_EXPECT_EQ(kc_alloc_count(), 4);
	for (i = 0; i < 4; i++)
		kc_box_free(p[i]);
}

/* Three boxes and a vector of 40 elements: several allocations. */
static __kc_might_sleep int kt_build_many(void)
{
	struct kt_obj *a __kc_free(kt_obj) = kt_obj_new('a');
	struct kc_vec_u32 v __kc_free(kc_vec_u32) = KC_VEC_INIT;
	struct kt_obj *b __kc_free(kt_obj) = kt_obj_new('b');
	u32 i;

	if (!a || !b)
		return -ENOMEM;
	for (i = 0; i < 40; i++)
		kc_try(kc_vec_u32_push(&v, i, GFP_KERNEL));
	{
		struct kt_obj *c __kc_free(kt_obj) = kt_obj_new('c');

		if (!c)
			return -ENOMEM;
	}
	return 0;
}

static __kc_might_sleep void alloc_fault_sweep_no_leak(void)
{
	long live = kc_alloc_live();
	unsigned long n, total;
	int failures = 0;
	int err;

	kc_alloc_fail_nth(0);
	KT_EXPECT_EQ(kt_build_many(), 0);
	total = kc_alloc_count();
	KT_EXPECT(total >= 5);
	for (n = 1; n <= total + 1; n++) {
		kc_alloc_fail_nth(n);
		err = kt_build_many();
		if (n <= total) {
			KT_EXPECT_EQ(err, -ENOMEM);
			failures += err == -ENOMEM;
		} else {
			KT_EXPECT_EQ(err, 0);
		}
		KT_EXPECT_EQ(kc_alloc_live(), live);
	}
	KT_EXPECT_EQ(failures, total);
	kc_alloc_fail_nth(0);
}

static void suite_alloc(void)
{
	kt_suite_begin("alloc", 6);
	KT_CASE(alloc_box_new_zeroed);
	KT_CASE(alloc_box_auto_free);
	KT_CASE(alloc_array_overflow_refused);
	KT_CASE(alloc_fail_nth_first);
	KT_CASE(alloc_fail_nth_third);
	KT_CASE(alloc_fault_sweep_no_leak);
	kt_suite_end();
}

/* --- vec ------------------------------------------------------------------ */

struct kt_pair {
	int key;
	u64 value;
};

KC_DEFINE_VEC(kt_vec_pair, struct kt_pair);

static __kc_might_sleep int kt_fill(struct kc_vec_int *v, int n)
{
	int i;

	for (i = 0; i < n; i++)
		kc_try(kc_vec_int_push(v, i * 10, GFP_KERNEL));
	return 0;
}

static bool kt_vec_is(struct kc_vec_int *v, const int *want, size_t n)
{
	size_t i;

	if (kc_vec_len(v) != n)
		return false;
	for (i = 0; i < n; i++) {
		int e;

		if (kc_vec_int_get(v, i, &e) || e != want[i])
			return false;
	}
	return true;
}

static __kc_might_sleep void vec_push_get(void)
{
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;
	int i, e;

	KT_EXPECT_EQ(kt_fill(&v, 10), 0);
	KT_EXPECT_EQ(kc_vec_len(&v), 10);
	KT_EXPECT(kc_vec_int_capacity(&v) >= 10);
	for (i = 0; i < 10; i++) {
		e = -1;
		KT_EXPECT_EQ(kc_vec_int_get(&v, i, &e), 0);
		KT_EXPECT_EQ(e, i * 10);
	}
	KT_EXPECT_EQ(kc_vec_int_set(&v, 3, 33), 0);
	KT_EXPECT_EQ(kc_vec_int_get(&v, 3, &e), 0);
	KT_EXPECT_EQ(e, 33);
}

static __kc_might_sleep void vec_get_out_of_range(void)
{
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;
	int e = 7;

	KT_EXPECT_EQ(kc_vec_int_get(&v, 0, &e), -ERANGE);
	KT_EXPECT_EQ(e, 7);
	KT_EXPECT_EQ(kt_fill(&v, 3), 0);
	KT_EXPECT_EQ(kc_vec_int_get(&v, 2, &e), 0);
	KT_EXPECT_EQ(kc_vec_int_get(&v, 3, &e), -ERANGE);
	KT_EXPECT_EQ(kc_vec_int_get(&v, SIZE_MAX, &e), -ERANGE);
	KT_EXPECT_EQ(kc_vec_int_set(&v, 3, 1), -ERANGE);
	KT_EXPECT_EQ(kc_vec_int_set(&v, SIZE_MAX, 1), -ERANGE);
}

static __kc_might_sleep void vec_pop(void)
{
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;
	int out = -1;

	KT_EXPECT(!kc_vec_int_pop(&v, &out));
	KT_EXPECT_EQ(out, -1);
	KT_EXPECT_EQ(kt_fill(&v, 3), 0);
	KT_EXPECT(kc_vec_int_pop(&v, &out));
	KT_EXPECT_EQ(out, 20);
	KT_EXPECT(kc_vec_int_pop(&v, NULL));
	KT_EXPECT(kc_vec_int_pop(&v, &out));
	KT_EXPECT_EQ(out, 0);
	KT_EXPECT(!kc_vec_int_pop(&v, &out));
	KT_EXPECT_EQ(kc_vec_len(&v), 0);
}

static __kc_might_sleep void vec_insert(void)
{
	static const int want[] = { 5, 0, 7, 10, 20, 9 };
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;

	KT_EXPECT_EQ(kt_fill(&v, 3), 0);
	KT_EXPECT_EQ(kc_vec_int_insert(&v, 0, 5, GFP_KERNEL), 0);
	KT_EXPECT_EQ(kc_vec_int_insert(&v, 2, 7, GFP_KERNEL), 0);
	KT_EXPECT_EQ(kc_vec_int_insert(&v, 5, 9, GFP_KERNEL), 0);
	KT_EXPECT_EQ(kc_vec_int_insert(&v, 7, 1, GFP_KERNEL), -ERANGE);
	KT_EXPECT(kt_vec_is(&v, want, ARRAY_SIZE(want)));
}

static __kc_might_sleep void vec_remove(void)
{
	static const int want[] = { 0, 20, 30 };
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;
	int out = 0;

	KT_EXPECT_EQ(kt_fill(&v, 5), 0);
	KT_EXPECT_EQ(kc_vec_int_remove(&v, 1, &out), 0);
	KT_EXPECT_EQ(out, 10);
	KT_EXPECT_EQ(kc_vec_int_remove(&v, 3, NULL), 0);
	KT_EXPECT_EQ(kc_vec_int_remove(&v, 3, &out), -ERANGE);
	KT_EXPECT_EQ(out, 10);
	KT_EXPECT(kt_vec_is(&v, want, ARRAY_SIZE(want)));
}

static __kc_might_sleep void vec_truncate_clear(void)
{
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;
	size_t cap;

	KT_EXPECT_EQ(kt_fill(&v, 6), 0);
	kc_vec_int_truncate(&v, 10);
	KT_EXPECT_EQ(kc_vec_len(&v), 6);
	kc_vec_int_truncate(&v, 2);
	KT_EXPECT_EQ(kc_vec_len(&v), 2);
	cap = kc_vec_int_capacity(&v);
	kc_vec_int_clear(&v);
	KT_EXPECT_EQ(kc_vec_len(&v), 0);
	KT_EXPECT_EQ(kc_vec_int_capacity(&v), cap);
	/* Reuses the buffer: no allocation. */
	kc_alloc_fail_nth(0);
	KT_EXPECT_EQ(kt_fill(&v, 2), 0);
	KT_EXPECT_EQ(kc_alloc_count(), 0);
}

static __kc_might_sleep void vec_reserve_overflow(void)
{
	struct kc_vec_u64 v __kc_free(kc_vec_u64) = KC_VEC_INIT;

	KT_EXPECT_EQ(kc_vec_u64_push(&v, 1, GFP_KERNEL), 0);
	kc_alloc_fail_nth(0);
	KT_EXPECT_EQ(kc_vec_u64_reserve(&v, SIZE_MAX, GFP_KERNEL), -EOVERFLOW);
	KT_EXPECT_EQ(kc_vec_u64_reserve(&v, SIZE_MAX / 4, GFP_KERNEL),
		     -EOVERFLOW);
	/* Too big for kmalloc: refused without trying (and without WARN). */
	KT_EXPECT_EQ(kc_vec_u64_reserve(&v, KMALLOC_MAX_SIZE, GFP_KERNEL),
		     -ENOMEM);
	KT_EXPECT_EQ(kc_alloc_count(), 0);
	KT_EXPECT_EQ(kc_vec_len(&v), 1);
	KT_EXPECT_EQ(kc_vec_u64_reserve(&v, 100, GFP_KERNEL), 0);
	KT_EXPECT(kc_vec_u64_capacity(&v) >= 101);
}

static __kc_might_sleep void vec_alloc_failure_leaves_vec_unchanged(void)
{
	static const int want[] = { 0, 10, 20, 30 };
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;
	size_t cap;

	KT_EXPECT_EQ(kt_fill(&v, 4), 0);
	cap = kc_vec_int_capacity(&v);
	KT_EXPECT_EQ(cap, 4);
	kc_alloc_fail_nth(1);
	KT_EXPECT_EQ(kc_vec_int_push(&v, 99, GFP_KERNEL), -ENOMEM);
	KT_EXPECT(kt_vec_is(&v, want, 4));
	KT_EXPECT_EQ(kc_vec_int_capacity(&v), cap);
	kc_alloc_fail_nth(1);
	KT_EXPECT_EQ(kc_vec_int_insert(&v, 0, 99, GFP_KERNEL), -ENOMEM);
	KT_EXPECT(kt_vec_is(&v, want, 4));
	kc_alloc_fail_nth(1);
	KT_EXPECT_EQ(kc_vec_int_extend(&v, want, 4, GFP_KERNEL), -ENOMEM);
	KT_EXPECT(kt_vec_is(&v, want, 4));
	KT_EXPECT_EQ(kc_vec_int_push(&v, 40, GFP_KERNEL), 0);
	KT_EXPECT_EQ(kc_vec_len(&v), 5);
}

static __kc_might_sleep void vec_iterate_and_extend(void)
{
	static const int src[] = { 1, 2, 3, 4 };
	struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;
	size_t i;
	int e;
	int sum = 0, n = 0;

	kc_vec_for_each(i, e, &v)
		n++;
	KT_EXPECT_EQ(n, 0);
	KT_EXPECT_EQ(kc_vec_int_extend(&v, src, ARRAY_SIZE(src), GFP_KERNEL),
		     0);
	KT_EXPECT_EQ(kc_vec_int_extend(&v, src, 0, GFP_KERNEL), 0);
	kc_vec_for_each(i, e, &v) {
		sum += e;
		n++;
	}
	KT_EXPECT_EQ(n, 4);
	KT_EXPECT_EQ(sum, 10);
	/* Growing the vector inside the loop moves its buffer: no cursor
	 * dangles, the loop reads the new buffer and sees the new length.
	 */
	n = 0;
	kc_vec_for_each(i, e, &v) {
		if (i == 0)
			KT_EXPECT_EQ(kt_fill(&v, 64), 0);
		n++;
	}
	KT_EXPECT_EQ(n, 4 + 64);
}

static __kc_might_sleep void vec_take_and_auto_free(void)
{
	long live = kc_alloc_live();
	struct kc_vec_int kept = KC_VEC_INIT;

	{
		struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;

		KT_EXPECT_EQ(kt_fill(&v, 3), 0);
		KT_EXPECT_EQ(kc_alloc_live(), live + 1);
		kc_vec_int_move(&kept, &v);
		KT_EXPECT_EQ(kc_vec_len(&v), 0);
	}
	KT_EXPECT_EQ(kc_alloc_live(), live + 1);
	KT_EXPECT_EQ(kc_vec_len(&kept), 3);
	kc_vec_int_free(&kept);
	KT_EXPECT_EQ(kc_alloc_live(), live);
	kc_vec_int_free(&kept);		/* idempotent */
	{
		struct kc_vec_int v __kc_free(kc_vec_int) = KC_VEC_INIT;

		KT_EXPECT_EQ(kt_fill(&v, 30), 0);
	}
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

static __kc_might_sleep void vec_struct_elements(void)
{
	struct kt_vec_pair v __kc_free(kt_vec_pair) = KC_VEC_INIT;
	struct kt_pair e = { .key = 1, .value = 1ULL << 40 };
	struct kt_pair got = { };

	KT_EXPECT_EQ(kt_vec_pair_push(&v, e, GFP_KERNEL), 0);
	e.key = 2;
	KT_EXPECT_EQ(kt_vec_pair_insert(&v, 0, e, GFP_KERNEL), 0);
	KT_EXPECT_EQ(kt_vec_pair_get(&v, 1, &got), 0);
	KT_EXPECT(got.key == 1 && got.value == 1ULL << 40);
	KT_EXPECT_EQ(kt_vec_pair_get(&v, 0, &got), 0);
	KT_EXPECT_EQ(got.key, 2);
}

static void suite_vec(void)
{
	kt_suite_begin("vec", 11);
	KT_CASE(vec_push_get);
	KT_CASE(vec_get_out_of_range);
	KT_CASE(vec_pop);
	KT_CASE(vec_insert);
	KT_CASE(vec_remove);
	KT_CASE(vec_truncate_clear);
	KT_CASE(vec_reserve_overflow);
	KT_CASE(vec_alloc_failure_leaves_vec_unchanged);
	KT_CASE(vec_iterate_and_extend);
	KT_CASE(vec_take_and_auto_free);
	KT_CASE(vec_struct_elements);
	kt_suite_end();
}

/* --- refcount ------------------------------------------------------------- */

static __kc_might_sleep struct kt_refobj *kt_refobj_new(void)
{
	struct kt_refobj *o = kc_box_new(struct kt_refobj, GFP_KERNEL);

	if (o)
		kref_init(&o->kref);
	return o;
}

static __kc_might_sleep void refcount_clone_takes_ref(void)
{
	struct kt_refobj *o __kc_ref(kt_ref) = kt_refobj_new();
	struct kt_refobj *c;

	if (!o) {
		KT_EXPECT(o);
		return;
	}
	c = kt_ref_clone(o);
	KT_EXPECT(c == o);
	KT_EXPECT_EQ(kt_refcount(o), 2);
	kt_ref_put(c);
	KT_EXPECT_EQ(kt_refcount(o), 1);
}

static __kc_might_sleep void refcount_scope_exit_drops(void)
{
	struct kt_refobj *o __kc_ref(kt_ref) = kt_refobj_new();

	if (!o) {
		KT_EXPECT(o);
		return;
	}
	{
		struct kt_refobj *a __kc_ref(kt_ref) = kt_ref_clone(o);
		struct kt_refobj *b __kc_ref(kt_ref) = kt_ref_clone(a);

		KT_EXPECT_EQ(kt_refcount(o), 3);
		KT_EXPECT(b == o);
	}
	KT_EXPECT_EQ(kt_refcount(o), 1);
}

static __kc_might_sleep void refcount_take_keeps_ref(void)
{
	struct kt_refobj *o __kc_ref(kt_ref) = kt_refobj_new();
	struct kt_refobj *holder;

	if (!o) {
		KT_EXPECT(o);
		return;
	}
	{
		struct kt_refobj *a __kc_ref(kt_ref) = kt_ref_clone(o);

		holder = kc_take(a);
	}
	KT_EXPECT_EQ(kt_refcount(o), 2);
	kt_ref_put(holder);
	KT_EXPECT_EQ(kt_refcount(o), 1);
}

static __kc_might_sleep void refcount_last_put_releases(void)
{
	long live = kc_alloc_live();

	kt_log_reset();
	{
		struct kt_refobj *o __kc_ref(kt_ref) = kt_refobj_new();

		KT_EXPECT(o);
		KT_EXPECT_EQ(kc_alloc_live(), live + 1);
	}
	KT_EXPECT_STREQ(kt_log, "R");
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

static int kt_refs_then_fail(struct kt_refobj *o)
{
	struct kt_refobj *a __kc_ref(kt_ref) = kt_ref_clone(o);
	struct kt_refobj *b __kc_ref(kt_ref) = kt_ref_clone(o);
	struct kt_refobj *c __kc_ref(kt_ref) = kt_ref_clone(o);

	KT_EXPECT_EQ(kt_refcount(o), 4);
	KT_EXPECT(a && b && c);
	kc_try(-EIO);
	return 0;
}

static __kc_might_sleep void refcount_balanced_after_early_return(void)
{
	struct kt_refobj *o __kc_ref(kt_ref) = kt_refobj_new();

	if (!o) {
		KT_EXPECT(o);
		return;
	}
	KT_EXPECT_EQ(kt_refs_then_fail(o), -EIO);
	KT_EXPECT_EQ(kt_refcount(o), 1);
}

static void refcount_null(void)
{
	KT_EXPECT(!kt_ref_clone(NULL));
	kt_ref_put(NULL);
	{
		struct kt_refobj *o __kc_ref(kt_ref) = NULL;

		KT_EXPECT(!o);
	}
}

static void suite_refcount(void)
{
	kt_suite_begin("refcount", 6);
	KT_CASE(refcount_clone_takes_ref);
	KT_CASE(refcount_scope_exit_drops);
	KT_CASE(refcount_take_keeps_ref);
	KT_CASE(refcount_last_put_releases);
	KT_CASE(refcount_balanced_after_early_return);
	KT_CASE(refcount_null);
	kt_suite_end();
}

/* --- handle and vtable: a fake kernel subsystem -------------------------- */

/* The "kernel" side: a raw device struct and its ops struct. */
struct kt_raw_dev {
	int id;
	int calls;
	void *seen;
};

struct kt_raw_ops {
	int (*open)(struct kt_raw_dev *dev);
	int (*read)(struct kt_raw_dev *dev, int arg);
	void (*release)(struct kt_raw_dev *dev);
};

/* The owning layer: a handle over it, the only place that converts. */
KC_DEFINE_HANDLE(kt_dev, struct kt_raw_dev, kt_raw);

static int kt_dev_id(struct kt_dev *d)
{
	return kc_unsafe_raw_kt_raw(d)->id;
}

static void kt_dev_note(struct kt_dev *d)
{
	struct kt_raw_dev *raw = kc_unsafe_raw_kt_raw(d);

	raw->calls++;
	raw->seen = d;
}

#define __kt_ops_open_SIG		int, (struct kt_dev *d)
#define __kt_ops_read_SIG		int, (struct kt_dev *d, int arg)
#define __kt_ops_release_SIG	void, (struct kt_dev *d)
#define __kt_ops_open_TRAMPOLINE(tramp, fn)				\
	static int tramp(struct kt_raw_dev *raw)			\
	{								\
		return fn(kc_unsafe_from_kt_raw(raw));			\
	}
#define __kt_ops_read_TRAMPOLINE(tramp, fn)				\
	static int tramp(struct kt_raw_dev *raw, int arg)		\
	{								\
		return fn(kc_unsafe_from_kt_raw(raw), arg);		\
	}
#define __kt_ops_release_TRAMPOLINE(tramp, fn)				\
	static void tramp(struct kt_raw_dev *raw)			\
	{								\
		fn(kc_unsafe_from_kt_raw(raw));				\
	}

/* The "driver" side: only handles. */
static int kt_drv_open(struct kt_dev *d)
{
	kt_dev_note(d);
	return kt_dev_id(d) + 100;
}

static int kt_drv_read(struct kt_dev *d, int arg)
{
	kt_dev_note(d);
	return arg * 2;
}

static void kt_drv_release(struct kt_dev *d)
{
	kt_dev_note(d);
}

KC_VTABLE_CALLBACK(kt_ops, open, kt_drv_open);
KC_VTABLE_CALLBACK(kt_ops, read, kt_drv_read);
KC_VTABLE_CALLBACK(kt_ops, release, kt_drv_release);

static const struct kt_raw_ops kt_raw_ops_a = {
	KC_VTABLE_ENTRY(kt_ops, open, kt_drv_open),
};

static const struct kt_raw_ops kt_raw_ops_b = {
	KC_VTABLE_ENTRY(kt_ops, release, kt_drv_release),
	KC_VTABLE_ENTRY(kt_ops, read, kt_drv_read),
	KC_VTABLE_ENTRY(kt_ops, open, kt_drv_open),
};

static void handle_same_pointer(void)
{
	struct kt_raw_dev raw = { .id = 7 };
	struct kt_dev *d = kc_unsafe_from_kt_raw(&raw);

	KT_EXPECT((void *)d == (void *)&raw);
	KT_EXPECT(kc_unsafe_raw_kt_raw(d) == &raw);
	KT_EXPECT(!kc_unsafe_from_kt_raw(NULL));
	KT_EXPECT(!kc_unsafe_raw_kt_raw(NULL));
	KT_EXPECT_EQ(kt_dev_id(d), 7);
	BUILD_BUG_ON(sizeof(d) != sizeof(struct kt_raw_dev *));
}

static void vtable_unimplemented_slots_null(void)
{
	KT_EXPECT(kt_raw_ops_a.open);
	KT_EXPECT(!kt_raw_ops_a.read);
	KT_EXPECT(!kt_raw_ops_a.release);
}

static void vtable_trampoline_passes_handle(void)
{
	struct kt_raw_dev raw = { .id = 5 };

	KT_EXPECT_EQ(kt_raw_ops_a.open(&raw), 105);
	KT_EXPECT_EQ(raw.calls, 1);
	KT_EXPECT(raw.seen == (void *)&raw);
	KT_EXPECT_EQ(kt_raw_ops_b.read(&raw, 21), 42);
	kt_raw_ops_b.release(&raw);
	KT_EXPECT_EQ(raw.calls, 3);
}

static void vtable_shared_callback(void)
{
	/* One function in two ops structs: one trampoline. */
	KT_EXPECT(kt_raw_ops_a.open == kt_raw_ops_b.open);
}

static void suite_handle_vtable(void)
{
	kt_suite_begin("handle_vtable", 4);
	KT_CASE(handle_same_pointer);
	KT_CASE(vtable_unimplemented_slots_null);
	KT_CASE(vtable_trampoline_passes_handle);
	KT_CASE(vtable_shared_callback);
	kt_suite_end();
}

/* --- param ---------------------------------------------------------------- */

static int kt_param_set(const struct kernel_param_ops *ops, void *arg,
			const char *name, const char *val)
{
	struct kernel_param kp = { .name = name, .ops = ops, .arg = arg };

	return ops->set(val, &kp);
}

static void param_defaults(void)
{
	KT_EXPECT_EQ(level, 0);
	KT_EXPECT_EQ(width, 8);
	KT_EXPECT(flag);
	KT_EXPECT_STREQ(label, "kc");
	KT_EXPECT_EQ(values_count, 0);
}

static void param_int_in_range_accepted(void)
{
	int saved = level;

	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(level), &level, "level", "-10"),
		     0);
	KT_EXPECT_EQ(level, -10);
	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(level), &level, "level", "0x5"),
		     0);
	KT_EXPECT_EQ(level, 5);
	level = saved;
}

static void param_int_out_of_range_refused(void)
{
	int saved = level;

	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(level), &level, "level", "11"),
		     -EINVAL);
	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(level), &level, "level", "-11"),
		     -EINVAL);
	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(level), &level, "level", "abc"),
		     -EINVAL);
	KT_EXPECT_EQ(level, saved);
}

static void param_uint_range(void)
{
	unsigned int saved = width;

	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(width), &width, "width", "64"),
		     0);
	KT_EXPECT_EQ(width, 64);
	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(width), &width, "width", "0"),
		     -EINVAL);
	KT_EXPECT_EQ(kt_param_set(KC_PARAM_OPS(width), &width, "width", "-1"),
		     -EINVAL);
	KT_EXPECT_EQ(width, 64);
	width = saved;
}

static __kc_might_sleep void param_get_formats_value(void)
{
	struct kernel_param kp = { .name = "level", .arg = &level };
	char *buf = kc_alloc(PAGE_SIZE, GFP_KERNEL);

	if (!buf) {
		KT_EXPECT(buf);
		return;
	}
	KT_EXPECT_EQ(KC_PARAM_OPS(level)->get(buf, &kp), 2);
	KT_EXPECT_STREQ(buf, "0\n");
	kc_free(buf);
}

static void suite_param(void)
{
	kt_suite_begin("param", 5);
	KT_CASE(param_defaults);
	KT_CASE(param_int_in_range_accepted);
	KT_CASE(param_int_out_of_range_refused);
	KT_CASE(param_uint_range);
	KT_CASE(param_get_formats_value);
	kt_suite_end();
}

/* --- module --------------------------------------------------------------- */

static struct kc_core_test *kc_core_test_init(void)
{
	long live = kc_alloc_live();

	kt_begin(10);
	suite_error();
	suite_cleanup();
	suite_guard();
	suite_locked();
	suite_work();
	suite_alloc();
	suite_vec();
	suite_refcount();
	suite_handle_vtable();
	suite_param();
	if (kc_alloc_live() != live) {
		kt_line("# %ld allocations leaked", kc_alloc_live() - live);
		kt.failed++;
	}
	kc_try_err_ptr(kt_end());
	kt_state.loaded = 1;
	kt_state.dir = kt_debugfs_create(&kt_state, NULL, "kc_core_test");
	return &kt_state;
}

static void kc_core_test_drop(struct kc_core_test *state)
{
	kc_debugfs_dir_remove(state->dir);
	state->loaded = 0;
}
