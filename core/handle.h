/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: opaque handles over kernel structs.
 *
 * DOC: opaque handles
 *
 * A handle is a struct type that is declared and never defined. Code above
 * the owning layer (drivers, samples) gets ``struct kc_foo *`` and can only
 * pass it to the owning layer's functions: it cannot reach a field of the
 * kernel struct behind it. The owning layer alone converts between the
 * handle and the kernel struct, with the functions KC_DEFINE_HANDLE()
 * generates; the pointer is the same, so the conversion costs nothing.
 *
 * - Public header of the layer: KC_DECLARE_HANDLE(kc_foo); and the API
 *   that takes ``struct kc_foo *``. Document there who owns the object
 *   behind the handle, how long it lives, and which lock is held when a
 *   callback receives it.
 * - The layer's implementation (its .c file or a private header that only
 *   it includes): KC_DEFINE_HANDLE(kc_foo, struct foo_device);
 */
#ifndef KC_CORE_HANDLE_H
#define KC_CORE_HANDLE_H

#include <linux/compiler.h>

/**
 * KC_DECLARE_HANDLE() - declare an opaque handle type
 * @name: the handle's struct tag, e.g. kc_phy
 *
 * Declares ``struct name`` without defining it.
 */
#define KC_DECLARE_HANDLE(name)		struct name

/**
 * KC_DEFINE_HANDLE() - conversions of a handle (owning layer only)
 * @name: the handle's struct tag
 * @raw: the kernel type behind it, e.g. ``struct phy_device``
 *
 * Generates ``struct name *name_from_raw(raw *)`` and
 * ``raw *name_to_raw(struct name *)``, plus const variants
 * ``name_from_raw_const()`` and ``name_to_raw_const()``. Both directions
 * return the same address: no cost, no allocation, no lifetime of its own.
 * NULL maps to NULL.
 */
#define KC_DEFINE_HANDLE(name, raw)					\
	KC_DECLARE_HANDLE(name);					\
	static __always_inline struct name *name##_from_raw(raw *r)	\
	{								\
		return (struct name *)r;				\
	}								\
	static __always_inline raw *name##_to_raw(struct name *h)	\
	{								\
		return (raw *)h;					\
	}								\
	static __always_inline const struct name *			\
	name##_from_raw_const(const raw *r)				\
	{								\
		return (const struct name *)r;				\
	}								\
	static __always_inline const raw *				\
	name##_to_raw_const(const struct name *h)			\
	{								\
		return (const raw *)h;					\
	}

#endif /* KC_CORE_HANDLE_H */
