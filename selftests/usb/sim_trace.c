// SPDX-License-Identifier: GPL-2.0
/* kc_usb_ax88772 builds the simulated board's trace.c as its own object. */
#include "../sim/trace.c"
