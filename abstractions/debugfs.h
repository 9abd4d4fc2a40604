/* SPDX-License-Identifier: GPL-2.0 */
/*
 * debugfs files for kcrate: typed callbacks on an owner, and directories
 * that are removed before their owner is freed.
 */

/**
 * DOC: debugfs files
 *
 * In plain C a debugfs file is a ``struct file_operations`` whose handlers
 * get a ``struct file``, a ``__user`` buffer and an offset, find their
 * object in ``private_data`` as a ``void *``, and copy, bound and parse the
 * user's bytes by hand; nothing ties the file's removal to the object's
 * release.
 *
 * KC_DEFINE_DEBUGFS_FILE() binds a file to an owner type and to two
 * callbacks that take the owner, typed (a callback of another type does
 * not compile; the message names the file, the callback and the signature
 * it must have):
 *
 * - show, ``int show(owner *o, struct kc_seq *s)``, writes the file's text
 *   with kc_seq_printf() and kc_seq_puts() (a seq_file underneath, which
 *   pages the text out to the reader);
 * - store, ``int store(owner *o, const char *text)``, gets one write(),
 *   copied into the kernel, NUL-terminated, with the leading and trailing
 *   white space removed. A write of more than KC_DEBUGFS_STORE_MAX - 1
 *   bytes is refused with -EINVAL and a log line, before store runs; the
 *   writer gets store's negative errno, or the whole count on success.
 *
 * Either may be NULL; the mode follows: 0400 with show only, 0200 with
 * store only, 0600 with both; neither does not compile. No ``__user``
 * pointer, offset or ``struct file`` reaches the driver.
 *
 * Files are never created one by one: KC_DEFINE_DEBUGFS_DIR() lists the
 * files of a directory of the same owner type (a file of another owner
 * type does not compile), and the directory is created with all its files
 * on one owner object. The directory is removed, files and subdirectories
 * with it, before the owner is freed:
 *
 * - ``name_create_devm()`` on a device: removed by a device-managed action
 *   when the driver unbinds, after remove. Files on the driver's
 *   per-device state (core/state.h) are safe this way: the state is a
 *   device resource added before probe, so it is released after
 *   everything probe (or anything later) adds.
 * - ``name_create()``: the caller owns the directory and removes it with
 *   kc_debugfs_dir_remove(), or declares it ``__kc_free(kc_debugfs_dir)``
 *   after the owner's variable, so that the scope removes the directory
 *   first. A module's directory is its state's: created by the init of
 *   its KC_MODULE(), removed first thing in its drop.
 *
 * A directory with no files of its own, a parent for others' directories,
 * comes from kc_debugfs_dir_create() and is removed after them.
 *
 * Why a handler in progress never sees a freed owner: the files are
 * created with debugfs_create_file(), whose proxy wraps every handler
 * call in debugfs_file_get()/debugfs_file_put(); removal marks the file
 * gone (later calls get -EIO) and waits until the handlers in progress
 * have returned. The wait is in fs/debugfs/inode.c (``active_users``,
 * read in the 6.1 source); the 5.10 and 7.2 headers declare the same
 * debugfs_file_get()/debugfs_file_put() pair and debugfs_create_file_unsafe(),
 * the variant without that protection, which kcrate does not use (with
 * it, guest test 41-bus's unbind during a sleeping show reads freed
 * memory). So kc_debugfs_dir_remove() may sleep until the handlers
 * return, and must not be called from a handler of its own directory.
 * The file operations belong to the module that defines the files
 * (``THIS_MODULE``): an open file keeps the module loaded (guest test
 * 10-core).
 *
 * Errors: debugfs is a debugging aid, and the kernel's convention is that
 * a driver works without it. Creation never fails for the caller: when
 * debugfs is disabled, a name is taken, or memory runs out, the directory
 * is *absent*, which kc_debugfs_dir_present() tells. Every function here
 * accepts an absent directory and does nothing with it (a subdirectory of
 * an absent directory is absent too); a device-managed directory whose
 * action cannot be registered is removed at once and returned absent.
 *
 * Context: show and store run in process context, in the reader's or the
 * writer's task, with no lock held, and may sleep; creation and removal
 * may sleep. Two tasks may run a file's handlers at the same time: the
 * owner's data needs its own locking (core/locked.h). A show may run
 * again for one read when its text outgrows the seq_file's buffer: it
 * must print the same thing each time (build it from the owner's state,
 * without side effects).
 *
 * Example::
 *
 *	struct board {
 *		u32 threshold;
 *	};
 *
 *	static int board_threshold_show(struct board *b, struct kc_seq *s)
 *	{
 *		kc_seq_printf(s, "%u\n", READ_ONCE(b->threshold));
 *		return 0;
 *	}
 *
 *	static int board_threshold_store(struct board *b, const char *text)
 *	{
 *		u32 val;
 *
 *		if (kstrtou32(text, 0, &val) || val > 100)
 *			return -EINVAL;
 *		WRITE_ONCE(b->threshold, val);
 *		return 0;
 *	}
 *
 *	KC_DEFINE_DEBUGFS_FILE(threshold, struct board, board_threshold_show,
 *			       board_threshold_store);
 *	KC_DEFINE_DEBUGFS_DIR(board_debugfs, struct board, threshold);
 *
 *	static __kc_might_sleep void board_debugfs_init(struct board *b,
 *							struct kc_device *dev)
 *	{
 *		board_debugfs_create_devm(b, dev, NULL, "board");
 *	}
 *
 * makes ``/sys/kernel/debug/board/threshold`` (0600), gone when the
 * device's driver unbinds.
 *
 * What C does not refuse: a directory created with name_create() and
 * never removed, or removed after its owner is freed (the scope order is
 * the declarations'); a device-managed directory on an object that dies
 * before the unbind (one freed in remove); a parent directory removed
 * before a child the caller still holds.
 */
#ifndef KC_ABSTRACTIONS_DEBUGFS_H
#define KC_ABSTRACTIONS_DEBUGFS_H

#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/debugfs.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/device.h>
#include <core/handle.h>
#include <core/pp.h>
#include <core/vtable.h>

/*
 * ``struct kc_debugfs_dir`` is the opaque handle to a directory: a
 * dentry, or an ERR_PTR() for an absent one. ``struct kc_seq`` is the text
 * a show writes, lent for the call only.
 */
KC_DEFINE_HANDLE(kc_debugfs_dir, struct dentry, dentry);
KC_DEFINE_HANDLE(kc_seq, struct seq_file, seq_file);

/*
 * ``struct kc_debugfs_dir_devm`` is a device-managed directory, lent until
 * its device's driver unbinds: a parent for other directories, which
 * kc_debugfs_dir_remove() does not take (its action would remove it a
 * second time). Never defined; the same pointer as the dentry's handle.
 */
struct kc_debugfs_dir_devm;

/**
 * union kc_debugfs_dir_any - a directory, owned or device-managed
 * @owned: a directory the caller removes
 * @devm: a device-managed one
 *
 * The parameter type of the functions that take either (a parent, a test
 * of presence): a caller passes the handle itself, or NULL (GCC's
 * transparent union).
 */
union kc_debugfs_dir_any {
	struct kc_debugfs_dir *owned;
	struct kc_debugfs_dir_devm *devm;
} __attribute__((__transparent_union__));

/* Either handle's dentry (the members are the same pointer). */
static inline struct dentry *__kc_debugfs_dentry(union kc_debugfs_dir_any dir)
{
	return kc_unsafe_raw_dentry(dir.owned);
}

/* The longest write a store gets is one byte less (the NUL). */
#define KC_DEBUGFS_STORE_MAX	128

/**
 * kc_seq_printf() - append formatted text to a show's output
 * @s: the show's text
 * @fmt: printf format, checked by the compiler
 *
 * Text past the buffer's end is not lost: the seq_file runs the show
 * again with a larger buffer.
 */
static inline __printf(2, 3) void kc_seq_printf(struct kc_seq *s, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	seq_vprintf(kc_unsafe_raw_seq_file(s), fmt, args);
	va_end(args);
}

/**
 * kc_seq_puts() - append a string to a show's output
 * @s: the show's text
 * @str: the string
 */
static inline void kc_seq_puts(struct kc_seq *s, const char *str)
{
	seq_puts(kc_unsafe_raw_seq_file(s), str);
}

/**
 * kc_seq_write() - append bytes to a show's output
 * @s: the show's text
 * @data: the bytes
 * @len: their number
 */
static inline void kc_seq_write(struct kc_seq *s, const void *data, size_t len)
{
	/* An overflow is retried by seq_read() with a larger buffer. */
	seq_write(kc_unsafe_raw_seq_file(s), data, len);
}

/**
 * kc_debugfs_dir_present() - whether a directory exists in debugfs
 * @dir: a directory, absent or not
 *
 * Return: false when debugfs is disabled or the creation failed (see the
 * DOC above). A driver need not check: every function accepts an absent
 * directory.
 */
static inline bool kc_debugfs_dir_present(union kc_debugfs_dir_any dir)
{
	return !IS_ERR_OR_NULL(dir.owned);
}

/**
 * kc_debugfs_dir_remove() - remove a directory and everything in it
 * @dir: a directory from a KC_DEFINE_DEBUGFS_DIR()'s ``name_create()`` or
 *       from kc_debugfs_dir_create(); NULL or absent: nothing happens. A
 *       device-managed directory is another type: it does not compile
 *
 * Waits for the handlers in progress on its files to return; their files
 * answer -EIO from then on. May sleep; not from a handler of @dir.
 */
static inline __kc_might_sleep void kc_debugfs_dir_remove(struct kc_debugfs_dir *dir)
{
	if (kc_debugfs_dir_present(dir))
		debugfs_remove(kc_unsafe_raw_dentry(dir));
}

/**
 * kc_debugfs_dir_create() - a directory without files of its own
 * @parent: the parent directory, owned or device-managed; NULL is
 *          debugfs's root
 * @dirname: its name, copied
 *
 * A parent for the directories of others, such as a module's directory
 * that holds one directory per instance: with no file it has no owner, so
 * nothing in it can reach a freed object. Removed with
 * kc_debugfs_dir_remove() (or ``__kc_free(kc_debugfs_dir)``) after the
 * directories made in it (its removal would take them along and leave
 * their handles dangling). May sleep.
 *
 * Return: the directory; never fails for the caller (an absent directory,
 * see the DOC above).
 */
static inline __kc_might_sleep __must_check struct kc_debugfs_dir *
kc_debugfs_dir_create(union kc_debugfs_dir_any parent, const char *dirname)
{
	if (parent.owned && !kc_debugfs_dir_present(parent))
		return parent.owned;
	return kc_unsafe_from_dentry(debugfs_create_dir(dirname,
							__kc_debugfs_dentry(parent)));
}

/*
 * ``__kc_free(kc_debugfs_dir)``: kc_debugfs_dir_remove() at scope exit, a
 * scope that may sleep (the context checker holds the enclosing function
 * to it), hence not KC_DEFINE_FREE().
 */
static __always_inline __kc_might_sleep void
__kc_free_kc_debugfs_dir(struct kc_debugfs_dir **dir)
{
	kc_debugfs_dir_remove(*dir);
}

/*
 * The bounded copy of a write, for every store: @buf holds
 * KC_DEBUGFS_STORE_MAX bytes. One copy per module (not per file).
 */
static noinline __maybe_unused __kc_might_sleep char *
__kc_debugfs_copy_write(struct file *file, char *buf, const char __user *ubuf,
			size_t count)
{
	if (count >= KC_DEBUGFS_STORE_MAX) {
		pr_err("debugfs: %pD2: input too long: %zu bytes, at most %d\n",
		       file, count, KC_DEBUGFS_STORE_MAX - 1);
		return ERR_PTR(-EINVAL);
	}
	if (copy_from_user(buf, ubuf, count))
		return ERR_PTR(-EFAULT);
	buf[count] = '\0';
	return strim(buf);
}

static inline __kc_might_sleep void __kc_debugfs_dir_release(struct dentry *dentry)
{
	debugfs_remove(dentry);
}

KC_DEFINE_DEVM_ACTION(__kc_debugfs_dir_devm, struct dentry, __kc_debugfs_dir_release);

/*
 * Hand a freshly made directory to @dev's device-managed actions, or
 * remove it and return it absent. The fault point stands for the
 * action's allocation (test builds only: core/alloc.h).
 */
static inline __kc_might_sleep struct kc_debugfs_dir_devm *
__kc_debugfs_dir_devm(struct kc_device *dev, struct kc_debugfs_dir *dir)
{
	struct dentry *d = kc_unsafe_raw_dentry(dir);

	if (!kc_debugfs_dir_present(dir))
		return (struct kc_debugfs_dir_devm *)d;
	if (__kc_alloc_should_fail()) {
		debugfs_remove(d);
		return ERR_PTR(-ENOMEM);
	}
	if (__kc_debugfs_dir_devm_add(dev, d))
		return ERR_PTR(-ENOMEM);
	return (struct kc_debugfs_dir_devm *)d;
}

/**
 * KC_DEFINE_DEBUGFS_FILE() - a debugfs file of an owner type
 * @name: the file's name in its directory, an identifier (``status``)
 * @owner_type: the owner's type (``struct board``)
 * @show_fn: the show slot, ``int show(@owner_type *o, struct kc_seq *s)``: 0
 *           or a negative errno for the reader; or NULL
 * @store_fn: the store slot, ``int store(@owner_type *o, const char *text)``:
 *            0 or a negative errno for the writer; or NULL
 *
 * Both run in process context and may sleep (see the DOC above). The file
 * exists in the directories of KC_DEFINE_DEBUGFS_DIR()s that list @name.
 */
#define KC_DEFINE_DEBUGFS_FILE(name, owner_type, show_fn, store_fn)	\
	static_assert(!__KC_CALLBACK_NONE(show_fn) ||			\
		      !__KC_CALLBACK_NONE(store_fn),			\
		"debugfs file " #name ": needs a show or a store callback, " \
		"both are NULL");					\
	KC_CALLBACK_CHECK_OR_NULL(show_fn, name.show, int,		\
				  (owner_type *o, struct kc_seq *s));	\
	KC_CALLBACK_CHECK_OR_NULL(store_fn, name.store, int,		\
				  (owner_type *o, const char *text));	\
	/* Never defined: its type is the file's owner, for the directory. */ \
	owner_type *__kc_debugfs_##name##_owner(void);			\
	static __maybe_unused __kc_might_sleep int			\
	__kc_debugfs_##name##_show(struct seq_file *__kc_m, void *__kc_v) \
	{								\
		return __builtin_choose_expr(__KC_CALLBACK_NONE(show_fn), \
			(int (*)(owner_type *, struct kc_seq *))NULL,	\
			show_fn)(__kc_m->private, kc_unsafe_from_seq_file(__kc_m)); \
	}								\
	static __maybe_unused __kc_might_sleep int			\
	__kc_debugfs_##name##_open(struct inode *__kc_i, struct file *__kc_f) \
	{								\
		return single_open(__kc_f, __kc_debugfs_##name##_show,	\
				   __kc_i->i_private);			\
	}								\
	static __maybe_unused __kc_might_sleep ssize_t			\
	__kc_debugfs_##name##_write(struct file *__kc_f,		\
				    const char __user *__kc_ubuf,	\
				    size_t __kc_count, loff_t *__kc_ppos) \
	{								\
		char __kc_buf[KC_DEBUGFS_STORE_MAX];			\
		char *__kc_text = __kc_debugfs_copy_write(__kc_f, __kc_buf, \
							  __kc_ubuf, __kc_count); \
		int __kc_ret;						\
									\
		if (IS_ERR(__kc_text))					\
			return PTR_ERR(__kc_text);			\
		__kc_ret = __builtin_choose_expr(__KC_CALLBACK_NONE(store_fn), \
			(int (*)(owner_type *, const char *))NULL,	\
			store_fn)(file_inode(__kc_f)->i_private, __kc_text); \
		return __kc_ret < 0 ? __kc_ret : (ssize_t)__kc_count;	\
	}								\
	static const struct file_operations __maybe_unused		\
	__kc_debugfs_##name##_fops = {					\
		.owner	 = THIS_MODULE,					\
		.open	 = __builtin_choose_expr(__KC_CALLBACK_NONE(show_fn), \
				simple_open, __kc_debugfs_##name##_open), \
		.read	 = __builtin_choose_expr(__KC_CALLBACK_NONE(show_fn), \
				NULL, seq_read),			\
		.llseek	 = __builtin_choose_expr(__KC_CALLBACK_NONE(show_fn), \
				NULL, seq_lseek),			\
		.release = __builtin_choose_expr(__KC_CALLBACK_NONE(show_fn), \
				NULL, single_release),			\
		.write	 = __builtin_choose_expr(__KC_CALLBACK_NONE(store_fn), \
				NULL, __kc_debugfs_##name##_write),	\
	};								\
	static const umode_t __maybe_unused __kc_debugfs_##name##_mode = \
		(__KC_CALLBACK_NONE(show_fn) ? 0 : 0400) |			\
		(__KC_CALLBACK_NONE(store_fn) ? 0 : 0200)

/*
 * One file of a directory, in the directory's constructor (whose locals
 * __kc_d and __kc_o are the new dentry and the owner): refused when the
 * file is not of the directory's owner type.
 */
#define __KC_DEBUGFS_DIR_FILE(owner, file)				\
	{								\
		static_assert(__builtin_types_compatible_p(		\
				typeof(*__kc_debugfs_##file##_owner()), owner), \
			"debugfs file " #file " is not a file of " #owner); \
		debugfs_create_file(#file, __kc_debugfs_##file##_mode,	\
				    __kc_d, __kc_o,			\
				    &__kc_debugfs_##file##_fops);	\
	}

/**
 * KC_DEFINE_DEBUGFS_DIR() - a debugfs directory of an owner type
 * @name: prefix of its functions
 * @owner: the owner's type; every file listed must be of it
 * @...: the files (KC_DEFINE_DEBUGFS_FILE() names), at least one
 *
 * Defines two constructors and an adder; all may sleep, none fails for
 * the caller (an absent directory, see the DOC above). @parent NULL is
 * debugfs's root; @dirname is copied.
 *
 * - ``struct kc_debugfs_dir *name_create(@owner *o, union
 *   kc_debugfs_dir_any parent, const char *dirname)``: the caller owns it,
 *   and removes it before @o is freed (kc_debugfs_dir_remove(),
 *   ``__kc_free(kc_debugfs_dir)``).
 * - ``struct kc_debugfs_dir_devm *name_create_devm(@owner *o, struct
 *   kc_device *dev, union kc_debugfs_dir_any parent, const char
 *   *dirname)``: removed when @dev's driver unbinds; the handle is lent
 *   until then, a parent for other directories; kc_debugfs_dir_remove()
 *   does not take it.
 * - ``void name_add(@owner *o, union kc_debugfs_dir_any dir)``: adds the
 *   files to @dir, the directory of the same @o that another definition's
 *   ``name_create()`` made (a module that adds its files to the directory
 *   of a module it links against); an absent @dir: nothing happens. The
 *   files go with @dir.
 *
 * @parent is either kind of directory, or NULL.
 */
#define KC_DEFINE_DEBUGFS_DIR(name, owner, ...)				\
	static inline __kc_might_sleep __maybe_unused void		\
	name##_add(owner *__kc_o, union kc_debugfs_dir_any dir)	\
	{								\
		struct dentry *__kc_d = __kc_debugfs_dentry(dir);	\
									\
		if (kc_debugfs_dir_present(dir)) {			\
			KC_PP_FOR_EACH(__KC_DEBUGFS_DIR_FILE, owner,	\
				       __VA_ARGS__)			\
		}							\
	}								\
	static inline __kc_might_sleep __must_check struct kc_debugfs_dir * \
	name##_create(owner *__kc_o, union kc_debugfs_dir_any parent,	\
		      const char *dirname)				\
	{								\
		struct kc_debugfs_dir *__kc_dir =			\
			kc_debugfs_dir_create(parent, dirname);		\
									\
		name##_add(__kc_o, __kc_dir);				\
		return __kc_dir;					\
	}								\
	static inline __kc_might_sleep __maybe_unused struct kc_debugfs_dir_devm * \
	name##_create_devm(owner *o, struct kc_device *dev,		\
			   union kc_debugfs_dir_any parent, const char *dirname) \
	{								\
		return __kc_debugfs_dir_devm(dev, name##_create(o, parent, \
								dirname)); \
	}

#endif /* KC_ABSTRACTIONS_DEBUGFS_H */
