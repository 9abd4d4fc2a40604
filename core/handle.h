/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: opaque handles over kernel structs.
 *
 * DOC: opaque handles
 *
 * A handle is a struct type that is declared and never defined. A driver
 * gets ``struct kc_foo *`` and can only pass it to the abstraction's
 * functions: it cannot reach a field of the kernel struct behind it. The
 * conversions between the handle and the kernel struct are the escape
 * hatch, kcrate's ``unsafe``: their names start with ``kc_unsafe_``, so
 * that every use is greppable, and ``make lint`` counts them per file (the
 * layering test allows none in drivers/ and samples/). The pointer is the
 * same, so a conversion costs nothing.
 *
 * A conversion is sound where the abstraction's rules for the handle hold:
 * the kernel object is alive (the handle was lent by a callback that is
 * still running, or is owned by the caller), the caller holds the locks
 * the handle's documentation names, and the raw object is used only as
 * the subsystem allows for that context. C cannot refuse a pointer cast
 * written on purpose; that, not the escape hatch, is the hole that stays.
 */
#ifndef KC_CORE_HANDLE_H
#define KC_CORE_HANDLE_H

#include <linux/compiler.h>

/**
 * KC_DEFINE_HANDLE() - declare a handle and its two conversions
 * @name: the handle's struct tag, e.g. kc_phy
 * @raw: the kernel type behind it, e.g. ``struct phy_device``
 * @rawname: the raw object's short name, e.g. phydev
 *
 * Declares ``struct name`` without defining it, and generates
 * ``raw *kc_unsafe_raw_rawname(struct name *)`` and
 * ``struct name *kc_unsafe_from_rawname(raw *)``. Both return the same
 * address: no cost, no allocation, no lifetime of their own; NULL maps to
 * NULL.
 */
#define KC_DEFINE_HANDLE(name, raw, rawname)				\
	struct name;							\
	static __always_inline raw *					\
	kc_unsafe_raw_##rawname(struct name *__kc_h)			\
	{								\
		return (raw *)__kc_h;					\
	}								\
	static __always_inline struct name *				\
	kc_unsafe_from_##rawname(raw *__kc_r)				\
	{								\
		return (struct name *)__kc_r;				\
	}

#endif /* KC_CORE_HANDLE_H */
