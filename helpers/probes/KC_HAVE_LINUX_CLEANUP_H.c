// SPDX-License-Identifier: GPL-2.0
/* <linux/cleanup.h>: v6.5 (54da6a092431), backported to Debian's 6.1. */
#include <linux/cleanup.h>
