// SPDX-License-Identifier: GPL-2.0
/* v6.13 (cdd30ebb1b9f): MODULE_IMPORT_NS/EXPORT_SYMBOL_NS take a string literal. */
#include <linux/module.h>
#include <linux/export.h>
int kc_probe_sym(void);
int kc_probe_sym(void) { return 0; }
EXPORT_SYMBOL_NS_GPL(kc_probe_sym, "KC_PROBE");
