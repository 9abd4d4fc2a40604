// SPDX-License-Identifier: GPL-2.0
/*
 * Before v6.13 (cdd30ebb1b9f) a symbol namespace is an identifier that the
 * macros stringify; from v6.13 it is a string literal and an identifier no
 * longer compiles. (Exporting with a string literal compiles on both: the
 * old form only breaks later, in the .mod.c modpost writes.)
 */
#include <linux/module.h>
MODULE_IMPORT_NS(KC_PROBE);
