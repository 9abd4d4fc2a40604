/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: references counted by a get/put pair (Rust's ARef).
 *
 * DOC: counted references
 *
 * KC_DEFINE_REF() declares, once per type, how to take and drop a
 * reference. A pointer variable declared with __kc_ref() owns one
 * reference and drops it at scope exit; a clone takes a new one; kc_take()
 * hands the reference on (to a struct field, to the caller) without
 * dropping it::
 *
 *	KC_DEFINE_REF(kc_dev_ref, struct device, get_device(_T), put_device(_T))
 *
 *	struct device *dev __kc_ref(kc_dev_ref) = kc_dev_ref_clone(parent);
 *
 *	kc_try(do_something(dev));	// the reference is dropped on any path
 *	priv->dev = kc_take(dev);	// or kept, explicitly
 */
#ifndef KC_CORE_REFCOUNT_H
#define KC_CORE_REFCOUNT_H

#include <linux/compiler.h>
#include <linux/kref.h>

#include <core/cleanup.h>
#include <core/vtable.h>

/**
 * KC_DEFINE_REF() - declare a counted-reference type from a get/put pair
 * @name: prefix of the generated functions and name of the binding
 * @type: the object type (``struct device``), references are ``type *``
 * @get: statement taking a reference on ``_T`` (never NULL)
 * @put: statement dropping a reference on ``_T`` (never NULL)
 *
 * Generates:
 *
 * - ``type *name_clone(type *p)``: take a new reference, return @p (NULL
 *   gives NULL). __must_check: the clone must be owned by someone.
 * - ``void name_put(type *p)``: drop a reference now (NULL is a no-op).
 * - the scope-exit binding __kc_ref(@name).
 */
#define KC_DEFINE_REF(name, type, get, put)				\
	static inline __must_check type *name##_clone(type *_T)	\
	{								\
		if (_T) {						\
			get;						\
		}							\
		return _T;						\
	}								\
	static inline void name##_put(type *_T)				\
	{								\
		if (_T) {						\
			put;						\
		}							\
	}								\
	KC_DEFINE_FREE(name, type *, name##_put(_T))

/**
 * KC_DEFINE_KREF() - KC_DEFINE_REF() for a struct with an embedded kref
 * @name: prefix of the generated functions and name of the binding
 * @type: the struct type
 * @member: name of its &struct kref member
 * @release_fn: ``void release_fn(struct kref *)``, called at the last
 *              put; declared before (its type is checked)
 */
#define KC_DEFINE_KREF(name, type, member, release_fn)			\
	KC_CALLBACK_CHECK(release_fn, name.release, void, (struct kref *kref)); \
	KC_DEFINE_REF(name, type, kref_get(&_T->member),		\
		      kref_put(&_T->member, release_fn))

/**
 * __kc_ref() - declare a pointer that owns a reference until scope exit
 * @name: a binding made by KC_DEFINE_REF() or KC_DEFINE_KREF()
 *
 * Use as a variable attribute: ``struct foo *f __kc_ref(foo_ref) = ...;``.
 * The initial value must be a reference the variable owns (a clone, or a
 * lookup function that returns one). Hand it on with kc_take().
 */
#define __kc_ref(name)		__kc_free(name)

#endif /* KC_CORE_REFCOUNT_H */
