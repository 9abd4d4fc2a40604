/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate helpers: symbol namespace for kcrate's shared module.
 *
 * v6.13 (cdd30ebb1b9f) turned the namespace argument of
 * EXPORT_SYMBOL_NS*() and MODULE_IMPORT_NS() from an identifier into a
 * string literal; KC_HAVE_EXPORT_NS_IDENT (helpers/probes/) says which.
 */
#ifndef KC_HELPERS_EXPORT_H
#define KC_HELPERS_EXPORT_H

#include <linux/export.h>
#include <linux/module.h>

#ifdef KC_HAVE_EXPORT_NS_IDENT
/**
 * KC_EXPORT_SYMBOL() - export a symbol of kcrate.ko in the KCRATE namespace
 * @sym: the symbol
 */
#define KC_EXPORT_SYMBOL(sym)	EXPORT_SYMBOL_NS_GPL(sym, KCRATE)
/**
 * KC_IMPORT_NS() - import the KCRATE namespace into the module being built
 */
#define KC_IMPORT_NS()		MODULE_IMPORT_NS(KCRATE)
#else
#define KC_EXPORT_SYMBOL(sym)	EXPORT_SYMBOL_NS_GPL(sym, "KCRATE")
#define KC_IMPORT_NS()		MODULE_IMPORT_NS("KCRATE")
#endif

#endif /* KC_HELPERS_EXPORT_H */
