/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: module declaration.
 *
 * DOC: module declaration
 *
 * One KC_MODULE() declares what a module is: its metadata, its typed
 * parameters, and the pair that makes and drops its state (Rust's
 * ``Module::init`` + ``Drop``)::
 *
 *	struct kc_minimal { struct kc_vec_u32 numbers; };
 *
 *	KC_MODULE(kc_minimal,
 *		  KC_STATE(struct kc_minimal, kc_minimal_init, kc_minimal_drop),
 *		  KC_AUTHOR("kcrate developers"),
 *		  KC_DESCRIPTION("kcrate minimal sample"),
 *		  KC_LICENSE("GPL"),
 *		  KC_ALIAS("kc-minimal"),
 *		  KC_PARAM_UINT(count, 3, 1, 16, "How many numbers"));
 *
 *	static struct kc_minimal *kc_minimal_init(void) { ... }
 *	static void kc_minimal_drop(struct kc_minimal *m) { ... }
 *
 * The init function returns the state or an ERR_PTR() (NULL counts as
 * -ENOMEM, the usual forgotten allocation check); on error the module does
 * not load. At unload the drop function gets the state back and releases
 * it. KC_MODULE() may come first in the file: it declares the prototypes
 * of both functions and the parameter variables.
 */
#ifndef KC_CORE_MODULE_H
#define KC_CORE_MODULE_H

#include <linux/err.h>
#include <linux/init.h>
#include <linux/module.h>

#include <core/context.h>
#include <core/param.h>
#include <core/pp.h>
#include <helpers/export.h>

#define __KC_ITEM_AUTHOR(s)		MODULE_AUTHOR(s)
#define __KC_ITEM_DESCRIPTION(s)	MODULE_DESCRIPTION(s)
#define __KC_ITEM_LICENSE(s)		MODULE_LICENSE(s)
#define __KC_ITEM_ALIAS(s)		MODULE_ALIAS(s)

#define __KC_ITEM_STATE(type, init, drop)				\
	static __kc_might_sleep type *init(void);			\
	static __kc_might_sleep void drop(type *state);			\
	static type *__kc_module_state;					\
	static __kc_might_sleep int __init __kc_module_init(void)	\
	{								\
		type *s = init();					\
									\
		if (IS_ERR_OR_NULL(s))					\
			return s ? PTR_ERR(s) : -ENOMEM;		\
		__kc_module_state = s;					\
		return 0;						\
	}								\
	static __kc_might_sleep void __exit __kc_module_exit(void)	\
	{								\
		drop(__kc_module_state);				\
	}								\
	module_init(__kc_module_init);					\
	module_exit(__kc_module_exit)

/**
 * KC_STATE() - KC_MODULE() item: the module state and its init/drop pair
 * @type: the state's type, e.g. ``struct kc_minimal``
 * @init: ``static type *init(void)``: builds the state or returns an
 *        ERR_PTR(); runs at load, may sleep
 * @drop: ``static void drop(type *state)``: releases the state; runs at
 *        unload, may sleep
 */
#define KC_STATE(type, init, drop)	(__KC_ITEM_STATE, type, init, drop)
/**
 * KC_AUTHOR() - KC_MODULE() item: MODULE_AUTHOR(); may be repeated
 * @s: string literal
 */
#define KC_AUTHOR(s)			(__KC_ITEM_AUTHOR, s)
/**
 * KC_DESCRIPTION() - KC_MODULE() item: MODULE_DESCRIPTION()
 * @s: string literal
 */
#define KC_DESCRIPTION(s)		(__KC_ITEM_DESCRIPTION, s)
/**
 * KC_LICENSE() - KC_MODULE() item: MODULE_LICENSE()
 * @s: string literal, e.g. "GPL"
 */
#define KC_LICENSE(s)			(__KC_ITEM_LICENSE, s)
/**
 * KC_ALIAS() - KC_MODULE() item: MODULE_ALIAS(); may be repeated
 * @s: string literal
 */
#define KC_ALIAS(s)			(__KC_ITEM_ALIAS, s)

/* gcc folds strcmp of two literals into a constant; sparse does not. */
#ifdef __CHECKER__
#define __KC_SAME_NAME(a, b)		(sizeof(a) == sizeof(b))
#else
#define __KC_SAME_NAME(a, b)		(__builtin_strcmp(a, b) == 0)
#endif

/*
 * kcrate's version (dkms.conf's PACKAGE_VERSION, passed by Kbuild): DKMS
 * installs a module only when its version differs from the kernel's own.
 */
#ifdef KC_VERSION
#define __KC_MODULE_VERSION()		MODULE_VERSION(KC_VERSION)
#else
#define __KC_MODULE_VERSION()		static_assert(1, "")
#endif

#define __KC_ITEM_CALL(f, ...)		f(__VA_ARGS__)
#define __KC_ITEM(ctx, item)		__KC_ITEM_CALL item;

/**
 * KC_MODULE() - declare a module
 * @name: the module's name, an identifier; must equal the file name
 *        (KBUILD_MODNAME), checked at compile time
 * @...: items: KC_LICENSE(); at most one item that provides the module's
 *       init and exit, KC_STATE() or a subsystem's own (such as
 *       KC_PHY_REGISTER() of abstractions/phy.h); and any of KC_AUTHOR(),
 *       KC_DESCRIPTION(), KC_ALIAS(), KC_PARAM_BOOL(), KC_PARAM_INT(),
 *       KC_PARAM_UINT(), KC_PARAM_STRING(), KC_PARAM_ARRAY(). An item is a
 *       tuple ``(macro, args...)``: KC_MODULE() expands ``macro(args...);``
 *       at file scope, so a layer can add its own items.
 *
 * Generates the MODULE_*() tags, the parameters (see the DOC of
 * core/param.h), module_init()/module_exit() around the KC_STATE() pair,
 * MODULE_VERSION() (kcrate's version) and the import of kcrate's symbol
 * namespace.
 */
#define KC_MODULE(name, ...)						\
	static_assert(__KC_SAME_NAME(KBUILD_MODNAME, #name),		\
		      "KC_MODULE(" #name ") in module " KBUILD_MODNAME); \
	KC_PP_FOR_EACH(__KC_ITEM, name, __VA_ARGS__)			\
	__KC_MODULE_VERSION();						\
	KC_IMPORT_NS()

#endif /* KC_CORE_MODULE_H */
