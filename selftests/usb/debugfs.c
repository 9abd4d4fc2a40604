// SPDX-License-Identifier: GPL-2.0
/*
 * kc_usb_ax88772: debugfs, /sys/kernel/debug/kc_usb_ax88772/0/.
 *
 * The PHY model's knobs (link, partner_advertise, lpa_zero, reset_stuck,
 * inject, trace, trace_dropped, regs, status) are the simulated board's own
 * files (kc_phy_model.ko's kc_sim_debugfs_create()), on this adapter's PHY.
 * delay_us exists but has no effect here (MII requests are answered in
 * atomic context). The adapter adds:
 *
 *   chip       r   "ax88772a" or "ax88772c"
 *   counters   r   "key value" lines: vendor requests, frames, reports
 *   mac        r   the MAC registers as the host last wrote them
 *   loopback   rw  0/1: frames from the host are sent back to it
 *
 * One directory holds both: a directory's files have one owner type, so
 * the adapter's files are on its board instance too (embedded in the
 * adapter, which outlives the directory), added with kc_ax_dir_add(). The files are
 * abstractions/debugfs.h's: removing the directory waits for handlers in
 * progress.
 */
#include <linux/kernel.h>
#include <linux/string.h>

#include "kc_usb_ax88772.h"
#include <abstractions/debugfs.h>
#include <core/context.h>
#include <core/error.h>
#include <core/locked.h>

static struct kc_ax *kc_ax_of(struct kc_sim_dev *sd)
{
	return container_of(sd, struct kc_ax, sim);
}

static int kc_ax_chip_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	kc_seq_printf(s, "%s\n", kc_ax_of(sd)->chip->name);
	return 0;
}

static int kc_ax_counters_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	struct kc_ax_counters c;
	int i;

	{
		kc_locked(kc_ax_locked, &kc_ax_of(sd)->shared, sh);

		c = sh->cnt;
	}
	kc_seq_printf(s, "unknown_requests %u\nmii_hw_mode %u\nmii_stalled %u\n"
		      "tx_frames %llu\ntx_bytes %llu\ntx_bad %llu\n"
		      "rx_frames %llu\nrx_bytes %llu\nrx_dropped %llu\n"
		      "int_reports %u\nenables %u\ndisables %u\n",
		      c.unknown, c.mii_hw_mode, c.mii_stalled,
		      c.tx_frames, c.tx_bytes, c.tx_bad,
		      c.rx_frames, c.rx_bytes, c.rx_dropped,
		      c.int_reports, c.enables, c.disables);
	for (i = 0; i < ARRAY_SIZE(c.requests); i++)
		if (c.requests[i])
			kc_seq_printf(s, "request_0x%02x %u\n", i, c.requests[i]);
	return 0;
}

static int kc_ax_mac_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	struct kc_ax_mac m;

	{
		kc_locked(kc_ax_locked, &kc_ax_of(sd)->shared, sh);

		m = sh->mac;
	}
	kc_seq_printf(s, "node_id %pM\nrx_ctl 0x%04x\nmedium 0x%04x\n"
		      "ipg 0x%02x 0x%02x 0x%02x\ngpio 0x%02x\nsw_reset 0x%02x\n"
		      "phy_select 0x%02x\nmonitor 0x%02x\nsw_mii %d\n"
		      "multi_filter %8phN\n",
		      m.node_id, m.rx_ctl, m.medium, m.ipg[0], m.ipg[1],
		      m.ipg[2], m.gpio, m.sw_reset, m.phy_select, m.monitor,
		      m.sw_mii, m.multi_filter);
	return 0;
}

static int kc_ax_loopback_show(struct kc_sim_dev *sd, struct kc_seq *s)
{
	bool on;

	{
		kc_locked(kc_ax_locked, &kc_ax_of(sd)->shared, sh);

		on = sh->loopback;
	}
	kc_seq_printf(s, "%d\n", on);
	return 0;
}

static int kc_ax_loopback_store(struct kc_sim_dev *sd, const char *text)
{
	bool on;

	kc_try(kstrtobool(text, &on));
	{
		kc_locked(kc_ax_locked, &kc_ax_of(sd)->shared, sh);

		sh->loopback = on;
	}
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(chip, struct kc_sim_dev, kc_ax_chip_show, NULL);
KC_DEFINE_DEBUGFS_FILE(counters, struct kc_sim_dev, kc_ax_counters_show, NULL);
KC_DEFINE_DEBUGFS_FILE(mac, struct kc_sim_dev, kc_ax_mac_show, NULL);
KC_DEFINE_DEBUGFS_FILE(loopback, struct kc_sim_dev, kc_ax_loopback_show,
		       kc_ax_loopback_store);
KC_DEFINE_DEBUGFS_DIR(kc_ax_dir, struct kc_sim_dev, chip, counters, mac, loopback);

__kc_might_sleep void kc_ax_debugfs_create(struct kc_ax *ax)
{
	ax->droot = kc_debugfs_dir_create(NULL, KC_AX_NAME);
	kc_sim_debugfs_create(&ax->sim, ax->droot);
	kc_ax_dir_add(&ax->sim, ax->sim.ddir);
}

/* The instance's directory first: the root's removal would take it along. */
__kc_might_sleep void kc_ax_debugfs_destroy(struct kc_ax *ax)
{
	kc_sim_debugfs_destroy(&ax->sim);
	kc_debugfs_dir_remove(ax->droot);
	ax->droot = NULL;
}
