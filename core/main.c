// SPDX-License-Identifier: GPL-2.0
/*
 * kcrate.ko: the shared part of kcrate's core. It has no state of its own;
 * it only carries the exported helpers (see error.c).
 */
#include <linux/module.h>

MODULE_AUTHOR("kcrate developers");
MODULE_DESCRIPTION("kcrate core: shared helpers for kcrate modules");
MODULE_LICENSE("GPL");
