/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GPIO chip providers for kcrate: the board or the driver that owns lines.
 */

/**
 * DOC: GPIO chip providers
 *
 * A GPIO controller registers a chip with gpiolib, which calls its
 * callbacks when a consumer reads, drives or turns a line. In plain C they
 * get a ``struct gpio_chip *`` and find their owner with
 * gpiochip_get_data() or container_of(); whether they may sleep depends on
 * a flag set at run time, ``can_sleep``; and nothing makes the owner
 * remove the chip before it is freed.
 *
 * KC_DEFINE_GPIO_CHIP() binds a chip (a ``struct kc_gpio_chip`` member of
 * its owner) to the owner type, to a number of lines, to its kind and to
 * the callbacks it implements, given as ``(slot, function)`` pairs; a slot
 * left out stays NULL in the ``gpio_chip`` (gpiolib's default). Each
 * callback takes the owner, typed, and a ``struct kc_gpio_offset`` that is
 * below the chip's number of lines: a callback of another type does not
 * compile, and the error names the slot and the signature it wants.
 *
 * The kind is ``atomic`` or ``sleeping``. An atomic chip's callbacks run
 * in atomic context (a consumer may drive its lines under a spinlock): the
 * context checker (core/context.h) refuses a callback that may sleep. A
 * sleeping chip's callbacks may sleep, and its lines are driven through
 * the _cansleep accessors only (kc_gpio_set() refuses them).
 * Example (runs in the guest)::
 *
 *	#define BOARD_NGPIO 4
 *
 *	struct board {
 *		struct kc_gpio_chip chip;
 *		bool level[BOARD_NGPIO];
 *	};
 *
 *	static struct kc_result_bool board_get(struct board *b,
 *					       struct kc_gpio_offset off)
 *	{
 *		return KC_OK(struct kc_result_bool,
 *			     b->level[kc_gpio_offset_num(off)]);
 *	}
 *
 *	static int board_set(struct board *b, struct kc_gpio_offset off,
 *			     bool value)
 *	{
 *		b->level[kc_gpio_offset_num(off)] = value;
 *		return 0;
 *	}
 *
 *	static int board_output(struct board *b, struct kc_gpio_offset off,
 *				bool value)
 *	{
 *		return board_set(b, off, value);
 *	}
 *
 *	KC_DEFINE_GPIO_CHIP(board_gpio, struct board, chip, atomic,
 *			    BOARD_NGPIO, (get, board_get), (set, board_set),
 *			    (direction_output, board_output));
 *
 *	static void board_drop(struct board *b) { }
 *	KC_DEFINE_OWNER(board, struct board, board_drop, board_gpio);
 *
 *	struct board *b __kc_free(board) = kc_box_new(struct board, GFP_KERNEL);
 *
 *	if (!b)
 *		return -ENOMEM;
 *	kc_try(board_gpio_add(b, NULL, "board-gpio"));
 *	KT_EXPECT(kc_gpio_chip_registered(&b->chip));
 *
 * The chip is removed by its owner's release (KC_DEFINE_OWNER(), which
 * must list it, like a work item: otherwise the build fails with
 * ``storage size of '__kc_work_NAME_is_not_cancelled_by_its_owner' isn't
 * known``), before the owner's drop and free: when ``b`` leaves its scope
 * above, the chip goes first. A consumer must have released its lines
 * by then: gpiolib complains about a chip removed with lines requested.
 */
#ifndef KC_ABSTRACTIONS_GPIO_CHIP_H
#define KC_ABSTRACTIONS_GPIO_CHIP_H

#include <linux/build_bug.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/gpio/driver.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <core/check.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/vtable.h>
#include <core/work.h>
#include <helpers/gpio_driver.h>

/**
 * struct kc_gpio_offset - a line of a chip, below its number of lines
 * @__kc_gpio_offset_num: the line's offset in the chip, 0 to ngpio - 1;
 *                        private (poisoned at the end of this header):
 *                        read it with kc_gpio_offset_num()
 *
 * A callback gets it checked: it may index an array of the chip's lines.
 * Made only by the chip's trampolines, after the check; sealed
 * (core/check.h), so that a driver cannot make one past the chip's lines,
 * ``(struct kc_gpio_offset){ 40 }``, and hand it to its own callbacks.
 */
struct kc_gpio_offset {
	unsigned int __kc_gpio_offset_num;
} __kc_sealed;

/**
 * kc_gpio_offset_num() - the offset of a chip's line
 * @off: the line, as a callback gets it
 *
 * Return: 0 to the chip's number of lines - 1.
 */
static __always_inline unsigned int kc_gpio_offset_num(struct kc_gpio_offset off)
{
	return off.__kc_gpio_offset_num;
}

/**
 * struct kc_gpio_chip - a GPIO chip, a member of its owner
 * @__kc_gpio_chip_gc: gpiolib's chip; private (poisoned at the end of this
 *                     header)
 * @__kc_gpio_chip_added: registered, so the owner's release removes it
 */
struct kc_gpio_chip {
	struct gpio_chip __kc_gpio_chip_gc;
	bool __kc_gpio_chip_added;
};

/**
 * kc_gpio_chip_registered() - whether the chip is registered with gpiolib
 * @chip: the chip
 *
 * Return: true from a successful name_add() to the owner's release.
 */
static inline bool kc_gpio_chip_registered(const struct kc_gpio_chip *chip)
{
	return chip->__kc_gpio_chip_added;
}

/**
 * kc_unsafe_raw_gpio_chip() - gpiolib's chip, for code that must use raw API
 * @chip: the chip
 *
 * An escape hatch (tests that request a line of their own chip with
 * gpiochip_request_own_desc()): the chip must not be re-filled, added or
 * removed through it.
 *
 * Return: the ``struct gpio_chip``.
 */
static inline struct gpio_chip *kc_unsafe_raw_gpio_chip(struct kc_gpio_chip *chip)
{
	return &chip->__kc_gpio_chip_gc;
}

/* get_direction's answers. */
#define KC_GPIO_DIR_OUT		GPIO_LINE_DIRECTION_OUT
#define KC_GPIO_DIR_IN		GPIO_LINE_DIRECTION_IN

/* Per kind: the callbacks' context and gpiolib's can_sleep. */
#define __kc_gpio_chip_ctx_atomic		__kc_atomic_context
#define __kc_gpio_chip_can_sleep_atomic		false
#define __kc_gpio_chip_ctx_sleeping		__kc_might_sleep
#define __kc_gpio_chip_can_sleep_sleeping	true

/*
 * gpiolib passes offsets below ngpio; the trampolines check it anyway, so
 * that the owner may index its arrays with them whatever calls the chip.
 */
static inline bool __kc_gpio_chip_offset_ok(struct gpio_chip *gc, unsigned int off)
{
	if (likely(off < gc->ngpio))
		return true;
	pr_err("%s: GPIO offset %u out of range (%u lines)\n", gc->label, off, gc->ngpio);
	return false;
}

static inline __kc_might_sleep int
__kc_gpio_chip_add(struct kc_gpio_chip *chip, const struct gpio_chip *tmpl,
		   struct kc_device *parent, const char *label)
{
	struct gpio_chip *gc = &chip->__kc_gpio_chip_gc;
	int ret;

	*gc = *tmpl;
	/* The chip's own copy: a caller's buffer may go (a literal stays). */
	gc->label = label ? kstrdup_const(label, GFP_KERNEL) : NULL;
	if (label && !gc->label)
		return -ENOMEM;
	gc->parent = parent ? kc_unsafe_raw_device(parent) : NULL;
	gc->base = -1;
	ret = gpiochip_add_data(gc, NULL);
	if (ret) {
		pr_err("%s: cannot register the GPIO chip: %d\n", label, ret);
		kfree_const(gc->label);
		gc->label = NULL;
		return ret;
	}
	chip->__kc_gpio_chip_added = true;
	return 0;
}

static inline __kc_might_sleep void __kc_gpio_chip_remove(struct kc_gpio_chip *chip)
{
	if (chip->__kc_gpio_chip_added) {
		gpiochip_remove(&chip->__kc_gpio_chip_gc);
		kfree_const(chip->__kc_gpio_chip_gc.label);
		chip->__kc_gpio_chip_gc.label = NULL;
		chip->__kc_gpio_chip_added = false;
	}
}

/*
 * The slots, kind kc_gpio_chip_ops of core/vtable.h's owned form: each
 * callback's signature for the owner type, and the trampoline gpiolib
 * calls, which checks the offset before the callback sees it. The
 * trampolines carry the chip kind's context attribute, which the context
 * checker reads (__kc_gpio_chip_ctx_atomic or _sleeping: the kind is only
 * ever pasted).
 */
#define __KC_GC_OWNER(gc, type, member)					\
	container_of(gc, type, member.__kc_gpio_chip_gc)
#define __KC_GC_OFF(off)	((struct kc_gpio_offset){ .__kc_gpio_offset_num = (off) })

#define __kc_gpio_chip_ops_get_SIG(type)				\
	struct kc_result_bool, (type *o, struct kc_gpio_offset off)
#define __kc_gpio_chip_ops_get_TRAMPOLINE(tramp, fn, type, member, kind) \
	static __kc_gpio_chip_ctx_##kind int				\
	tramp(struct gpio_chip *gc, unsigned int off)			\
	{								\
		bool __kc_v = false;					\
		int __kc_err;						\
									\
		if (!__kc_gpio_chip_offset_ok(gc, off))			\
			return -EINVAL;					\
		__kc_err = kc_unwrap(__kc_v, fn(__KC_GC_OWNER(gc, type, member), \
						__KC_GC_OFF(off)));	\
		return __kc_err ? __kc_err : __kc_v;			\
	}

/* The kernel's set() returns void before v6.17: the helper's wrapper. */
#define __kc_gpio_chip_ops_set_SIG(type)				\
	int, (type *o, struct kc_gpio_offset off, bool value)
#define __kc_gpio_chip_ops_set_TRAMPOLINE(tramp, fn, type, member, kind) \
	static __kc_gpio_chip_ctx_##kind int				\
	tramp##_int(struct gpio_chip *gc, unsigned int off, int value)	\
	{								\
		if (!__kc_gpio_chip_offset_ok(gc, off))			\
			return -EINVAL;					\
		return fn(__KC_GC_OWNER(gc, type, member), __KC_GC_OFF(off), \
			  value != 0);					\
	}								\
	KC_HELPER_GPIO_SET_FN(__kc_gpio_chip_ctx_##kind tramp, tramp##_int)

/* get_direction, direction_input and request: int fn(o, off). */
#define __KC_GC_SIG_INT(type)						\
	int, (type *o, struct kc_gpio_offset off)
#define __KC_GC_TRAMPOLINE_INT(tramp, fn, type, member, kind)		\
	static __kc_gpio_chip_ctx_##kind int				\
	tramp(struct gpio_chip *gc, unsigned int off)			\
	{								\
		if (!__kc_gpio_chip_offset_ok(gc, off))			\
			return -EINVAL;					\
		return fn(__KC_GC_OWNER(gc, type, member), __KC_GC_OFF(off)); \
	}

#define __kc_gpio_chip_ops_get_direction_SIG		__KC_GC_SIG_INT
#define __kc_gpio_chip_ops_get_direction_TRAMPOLINE	__KC_GC_TRAMPOLINE_INT
#define __kc_gpio_chip_ops_direction_input_SIG		__KC_GC_SIG_INT
#define __kc_gpio_chip_ops_direction_input_TRAMPOLINE	__KC_GC_TRAMPOLINE_INT
#define __kc_gpio_chip_ops_request_SIG			__KC_GC_SIG_INT
#define __kc_gpio_chip_ops_request_TRAMPOLINE		__KC_GC_TRAMPOLINE_INT

#define __kc_gpio_chip_ops_direction_output_SIG(type)			\
	int, (type *o, struct kc_gpio_offset off, bool value)
#define __kc_gpio_chip_ops_direction_output_TRAMPOLINE(tramp, fn, type, member, kind) \
	static __kc_gpio_chip_ctx_##kind int				\
	tramp(struct gpio_chip *gc, unsigned int off, int value)	\
	{								\
		if (!__kc_gpio_chip_offset_ok(gc, off))			\
			return -EINVAL;					\
		return fn(__KC_GC_OWNER(gc, type, member), __KC_GC_OFF(off), \
			  value != 0);					\
	}

#define __kc_gpio_chip_ops_free_SIG(type)				\
	void, (type *o, struct kc_gpio_offset off)
#define __kc_gpio_chip_ops_free_TRAMPOLINE(tramp, fn, type, member, kind) \
	static __kc_gpio_chip_ctx_##kind void				\
	tramp(struct gpio_chip *gc, unsigned int off)			\
	{								\
		if (__kc_gpio_chip_offset_ok(gc, off))			\
			fn(__KC_GC_OWNER(gc, type, member), __KC_GC_OFF(off)); \
	}

/**
 * KC_DEFINE_GPIO_CHIP() - a GPIO chip of an owner type
 * @name: prefix of its functions; the name its owner's KC_DEFINE_OWNER()
 *        lists
 * @otype: the owner's type (``struct board``)
 * @member: the owner's ``struct kc_gpio_chip`` member
 * @kind: ``atomic`` (the callbacks must not sleep, consumers may drive the
 *        lines in atomic context) or ``sleeping`` (the callbacks may sleep)
 * @nlines: the number of lines, a constant
 * @...: the callbacks, ``(slot, fn)`` pairs, each slot at most once:
 *
 *   - ``(get, fn)``: ``struct kc_result_bool fn(@otype *o, struct
 *     kc_gpio_offset off)``: the line's physical level, or an errno
 *   - ``(set, fn)``: ``int fn(@otype *o, struct kc_gpio_offset off, bool
 *     value)``: drive an output (before v6.17 gpiolib drops the error)
 *   - ``(get_direction, fn)``: ``int fn(@otype *o, struct kc_gpio_offset
 *     off)``: KC_GPIO_DIR_IN, KC_GPIO_DIR_OUT or an errno
 *   - ``(direction_input, fn)``: ``int fn(@otype *o, struct kc_gpio_offset
 *     off)``
 *   - ``(direction_output, fn)``: ``int fn(@otype *o, struct kc_gpio_offset
 *     off, bool value)``
 *   - ``(request, fn)``: ``int fn(@otype *o, struct kc_gpio_offset off)``: a
 *     consumer takes the line
 *   - ``(free, fn)``: ``void fn(@otype *o, struct kc_gpio_offset off)``: it
 *     releases it
 *
 * Defines ``int name_add(@otype *o, struct kc_device *parent, const char
 * *label)``: registers the chip, labelled with a copy of @label (a
 * caller's buffer may go after the call), under @parent (NULL: none);
 * returns 0, -ENOMEM or gpiolib's errno, with a log line. Once per owner
 * object; may sleep. The chip is
 * removed by the owner's release, which must list @name.
 */
#define KC_DEFINE_GPIO_CHIP(name, otype, member, kind, nlines, ...)	\
	static_assert((nlines) > 0 && (nlines) <= U16_MAX,		\
		      #name ": a chip has 1 to 65535 lines");		\
	KC_VTABLE_OWNED(kc_gpio_chip_ops, name, (otype, member, kind),	\
			__VA_ARGS__)					\
	__KC_WORK_CANCEL_CHECK(name);					\
	static inline __kc_might_sleep __must_check int			\
	name##_add(otype *o, struct kc_device *parent, const char *label) \
	{								\
		static const struct gpio_chip __kc_tmpl = {		\
			.owner = THIS_MODULE,				\
			.ngpio = (nlines),				\
			.can_sleep = __kc_gpio_chip_can_sleep_##kind,	\
			KC_VTABLE_OWNED_ENTRIES(kc_gpio_chip_ops, name,	\
						__VA_ARGS__)		\
		};							\
									\
		return __kc_gpio_chip_add(&o->member, &__kc_tmpl, parent, label); \
	}								\
	static inline __kc_might_sleep void __kc_release_##name(otype *o) \
	{								\
		__kc_gpio_chip_remove(&o->member);			\
	}

/*
 * A chip's gpiolib object is reachable only through the functions above:
 * a driver cannot register, remove or re-fill it by hand; nor can it make
 * a line offset the trampolines did not check.
 */
#pragma GCC poison __kc_gpio_chip_gc __kc_gpio_chip_added __kc_gpio_offset_num

#endif /* KC_ABSTRACTIONS_GPIO_CHIP_H */
