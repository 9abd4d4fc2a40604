/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: a driver's id tables, made by the descriptor that uses them.
 */

/**
 * DOC: id tables
 *
 * A driver's id tables say which devices it binds and, through
 * MODULE_DEVICE_TABLE(), which aliases load its module. In plain C a table
 * is declared in one place and set in the descriptor in another, so a
 * table can be left out of its driver, or its driver out of the table's
 * aliases, and both still build. In kcrate a bus's driver macro
 * (KC_I2C_DRIVER(), KC_PLATFORM_DRIVER()) takes the tables as arguments:
 * ``KC_OF_IDS({ .compatible = "vendor,chip" })``, the bus's own form, or
 * their NO_IDS, and makes each table with its MODULE_DEVICE_TABLE() and
 * sets it in the descriptor; setting the field again by hand is refused
 * (-Werror=override-init, kcrate.mk).
 */
#ifndef KC_CORE_DEVICE_TABLE_H
#define KC_CORE_DEVICE_TABLE_H

#include <linux/mod_devicetable.h>
#include <linux/module.h>

#include <core/pp.h>

/**
 * KC_OF_IDS() - a driver's devicetree match table, with its aliases
 * @...: entries ``{ .compatible = "vendor,chip" }``; the terminator is added
 */
#define KC_OF_IDS(...)		(1, of_device_id, of, __kc_of_ids, __VA_ARGS__)

/* A driver macro's argument for a driver without a devicetree table. */
#define KC_OF_NO_IDS		(0)

/*
 * A table argument is (1, struct tag, MODULE_DEVICE_TABLE() type, name
 * suffix, entries...) or (0); the first element picks the expansion.
 * __KC_ID_TABLE() defines the table of the driver @name,
 * __KC_ID_TABLE_PTR() is its address (NULL for none) and
 * __KC_ID_TABLE_GIVEN() whether there is one (a constant 1 or 0).
 */
#define __KC_ID_TABLE(name, t)	__KC_ID_TABLE_(KC_PP_FIRST t, name, KC_PP_UNPAREN t)
#define __KC_ID_TABLE_(has, name, ...)	KC_PP_CAT(__KC_ID_TABLE_, has)(name, __VA_ARGS__)
#define __KC_ID_TABLE_0(name, ...)	static_assert(1, "")
#define __KC_ID_TABLE_1(name, has, tag, type, suffix, ...)		\
	static const struct tag name##suffix[] = { __VA_ARGS__, { } };	\
	MODULE_DEVICE_TABLE(type, name##suffix)
#define __KC_ID_TABLE_PTR(name, t)					\
	__KC_ID_TABLE_PTR_(KC_PP_FIRST t, name, KC_PP_UNPAREN t)
#define __KC_ID_TABLE_PTR_(has, name, ...)				\
	KC_PP_CAT(__KC_ID_TABLE_PTR_, has)(name, __VA_ARGS__)
#define __KC_ID_TABLE_PTR_0(name, ...)	NULL
#define __KC_ID_TABLE_PTR_1(name, has, tag, type, suffix, ...)	name##suffix
#define __KC_ID_TABLE_GIVEN(t)		KC_PP_FIRST t

#endif /* KC_CORE_DEVICE_TABLE_H */
