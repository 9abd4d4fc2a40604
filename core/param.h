/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: typed module parameters with allowed ranges.
 *
 * DOC: module parameters
 *
 * Parameters are declared as KC_MODULE() items (KC_PARAM_BOOL(),
 * KC_PARAM_INT(), KC_PARAM_UINT(), KC_PARAM_STRING(), KC_PARAM_ARRAY()).
 * Each becomes a static variable of the parameter's name, readable by the
 * module's code, and a read-only (0444) entry in sysfs: parameters are set
 * at load time only, so reading them needs no lock.
 *
 * An integer parameter has an allowed range, checked at compile time for
 * its default and at load time for the given value: a value out of range
 * (or not a number) is refused by the parameter's set operation with
 * -EINVAL and a message naming the module, the parameter, the value and the
 * range, and the module does not load::
 *
 *	kc_minimal: parameter count=100 out of range [1, 16]
 */
#ifndef KC_CORE_PARAM_H
#define KC_CORE_PARAM_H

#include <linux/build_bug.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/module.h>

/*
 * Body of the set operation of KC_PARAM_INT(): each parameter gets its own
 * operation with its range as constants and its variable as @dst (as a
 * hand-written module would: a store to the variable itself, not through
 * kp->arg, which is the same address loaded at run time; under KASAN that
 * load and store are each checked), so this is always inlined.
 */
static __always_inline int
__kc_param_set_int(const char *val, const struct kernel_param *kp,
		   int min, int max, int *dst)
{
	int v;

	if (kstrtoint(val, 0, &v)) {
		pr_err(KBUILD_MODNAME ": parameter %s='%s' is not an integer\n",
		       kp->name, val);
		return -EINVAL;
	}
	if (v < min || v > max) {
		pr_err(KBUILD_MODNAME ": parameter %s=%d out of range [%d, %d]\n",
		       kp->name, v, min, max);
		return -EINVAL;
	}
	*dst = v;
	return 0;
}

/* Body of the set operation of KC_PARAM_UINT(). */
static __always_inline int
__kc_param_set_uint(const char *val, const struct kernel_param *kp,
		    unsigned int min, unsigned int max, unsigned int *dst)
{
	unsigned int v;

	if (kstrtouint(val, 0, &v)) {
		pr_err(KBUILD_MODNAME
		       ": parameter %s='%s' is not an unsigned integer\n",
		       kp->name, val);
		return -EINVAL;
	}
	if (v < min || v > max) {
		pr_err(KBUILD_MODNAME ": parameter %s=%u out of range [%u, %u]\n",
		       kp->name, v, min, max);
		return -EINVAL;
	}
	*dst = v;
	return 0;
}

/**
 * KC_PARAM_OPS() - the kernel_param_ops of a KC_PARAM_INT()/_UINT()
 * @name: the parameter's name
 *
 * Its .arg is the parameter's variable. For tests, which can call the set
 * operation on a value directly.
 */
#define KC_PARAM_OPS(name)	(&__kc_param_ops_##name)

/*
 * The item expansions used by KC_MODULE(): declarations, the last one
 * without its ';' (KC_MODULE() adds it).
 */
/*
 * The bounds and the default must survive conversion to @ctype, value and
 * sign: -1 as an unsigned int's would become UINT_MAX (and compare as it,
 * so the range checks after would not see it).
 */
#define __KC_PARAM_RANGE(kind, ctype, name, _def, _min, _max, desc)	\
	static ctype name = (_def);					\
	static_assert((ctype)(_min) == (_min) && ((ctype)(_min) > 0) == ((_min) > 0) && \
		      (ctype)(_max) == (_max) && ((ctype)(_max) > 0) == ((_max) > 0) && \
		      (ctype)(_def) == (_def) && ((ctype)(_def) > 0) == ((_def) > 0), \
		      "min, max or default of " #name " does not fit " #ctype); \
	static_assert((_min) <= (_max), "empty range for " #name);	\
	static_assert((_def) >= (_min) && (_def) <= (_max),		\
		      "default of " #name " out of its range");		\
	static int __kc_param_set_##name(const char *val,		\
					 const struct kernel_param *kp)	\
	{								\
		return __kc_param_set_##kind(val, kp, (_min), (_max),	\
					     &name);			\
	}								\
	static const struct kernel_param_ops __kc_param_ops_##name = {	\
		.set = __kc_param_set_##name,				\
		.get = param_get_##kind,				\
	};								\
	module_param_cb(name, &__kc_param_ops_##name, &name, 0444);	\
	__MODULE_PARM_TYPE(name, #kind);				\
	MODULE_PARM_DESC(name, desc " [" #_min ".." #_max ", default "	\
			 #_def "]")

#define __KC_ITEM_PARAM_INT(name, def, min, max, desc)			\
	__KC_PARAM_RANGE(int, int, name, def, min, max, desc)

#define __KC_ITEM_PARAM_UINT(name, def, min, max, desc)		\
	__KC_PARAM_RANGE(uint, unsigned int, name, def, min, max, desc)

#define __KC_ITEM_PARAM_BOOL(name, def, desc)				\
	static bool name = (def);					\
	module_param(name, bool, 0444);					\
	MODULE_PARM_DESC(name, desc " [default " #def "]")

/* A string literal only: not NULL, which the module would read unchecked. */
#define __KC_ITEM_PARAM_STRING(name, def, desc)			\
	static_assert(!__builtin_types_compatible_p(typeof(def), void *), \
		      "KC_PARAM_STRING(): the default of " #name " is NULL"); \
	static char *name = "" def;					\
	module_param(name, charp, 0444);				\
	MODULE_PARM_DESC(name, desc " [default " #def "]")

#define __KC_ITEM_PARAM_ARRAY(name, type, max, desc)			\
	static type name[max];						\
	static unsigned int name##_count;				\
	module_param_array(name, type, &name##_count, 0444);		\
	MODULE_PARM_DESC(name, desc " [up to " #max " values]")

/**
 * KC_PARAM_INT() - KC_MODULE() item: an int parameter with a range
 * @name: parameter and variable name
 * @def: default value (checked against the range at compile time)
 * @min: smallest allowed value
 * @max: largest allowed value
 * @desc: description (modinfo); the range and default are appended
 */
#define KC_PARAM_INT(name, def, min, max, desc)				\
	(__KC_ITEM_PARAM_INT, name, def, min, max, desc)

/**
 * KC_PARAM_UINT() - KC_MODULE() item: an unsigned int parameter, a range
 * @name: parameter and variable name
 * @def: default value (checked against the range at compile time; it and
 *       the bounds must fit unsigned int: a negative one does not compile)
 * @min: smallest allowed value
 * @max: largest allowed value
 * @desc: description (modinfo); the range and default are appended
 */
#define KC_PARAM_UINT(name, def, min, max, desc)			\
	(__KC_ITEM_PARAM_UINT, name, def, min, max, desc)

/**
 * KC_PARAM_BOOL() - KC_MODULE() item: a bool parameter
 * @name: parameter and variable name (``bool``)
 * @def: default value
 * @desc: description (modinfo)
 */
#define KC_PARAM_BOOL(name, def, desc)					\
	(__KC_ITEM_PARAM_BOOL, name, def, desc)

/**
 * KC_PARAM_STRING() - KC_MODULE() item: a string parameter
 * @name: parameter and variable name (``char *``, never NULL; the kernel
 *        owns the memory)
 * @def: default value, a string literal (NULL or a pointer does not
 *       compile)
 * @desc: description (modinfo)
 */
#define KC_PARAM_STRING(name, def, desc)				\
	(__KC_ITEM_PARAM_STRING, name, def, desc)

/**
 * KC_PARAM_ARRAY() - KC_MODULE() item: an array parameter
 * @name: parameter and variable name (``type name[max]``); the number of
 *        values given is in ``name_count``
 * @type: element type as module_param() knows it: bool, int, uint, short,
 *        ushort, long, ulong
 * @max: capacity; more values are refused at load
 * @desc: description (modinfo)
 */
#define KC_PARAM_ARRAY(name, type, max, desc)				\
	(__KC_ITEM_PARAM_ARRAY, name, type, max, desc)

#endif /* KC_CORE_PARAM_H */
