// SPDX-License-Identifier: GPL-2.0
/*
 * kc_phy_model: the simulated PHY that both simulators link against, the
 * board (kc_phy_sim) and the emulated USB adapter (kc_usb_ax88772): the
 * register model (phy_model.c), error injection (inject.c), the access
 * trace (trace.c) and the instance's debugfs files (debugfs.c), exported in
 * kcrate's namespace. No state of its own: each simulator embeds a
 * struct kc_sim_dev and drives it.
 */
#include <core/module.h>

KC_MODULE(kc_phy_model,
	  KC_DESCRIPTION("kcrate simulated PHY: register model, injection, trace"),
	  KC_LICENSE("GPL"));
