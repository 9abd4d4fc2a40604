// SPDX-License-Identifier: GPL-2.0
/* scoped_cond_guard(): v6.5 mainline, absent from the 6.1 stable backport. */
#include <linux/cleanup.h>
#ifndef scoped_cond_guard
#error no scoped_cond_guard
#endif
