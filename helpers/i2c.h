/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The I2C driver differences between the kernels kcrate supports, decided
 * by the feature probes in helpers/probes/.
 */
#ifndef KC_HELPERS_I2C_H
#define KC_HELPERS_I2C_H

#include <linux/i2c.h>
#include <linux/property.h>

/*
 * probe(): until v6.3 the one-argument form is the probe_new slot and
 * .probe takes the matched i2c_device_id too; from v6.3 .probe takes only
 * the client (and probe_new is gone from v6.6).
 */
#ifdef KC_HAVE_I2C_PROBE_ONE_ARG
#define KC_HELPER_I2C_PROBE_SLOT	probe
#else
#define KC_HELPER_I2C_PROBE_SLOT	probe_new
#endif

/**
 * KC_HELPER_I2C_REMOVE_TRAMPOLINE() - define the i2c_driver.remove() slot
 * @fn: the driver's remove function
 * @conv: turns the i2c_client into @fn's argument
 *
 * Defines fn##__kc_i2c_cb (abstractions/i2c.h's name for it), which calls
 * fn(conv(client)). remove() returns void from v6.1, int before (the value
 * was ignored).
 */
#ifdef KC_HAVE_I2C_REMOVE_VOID
#define KC_HELPER_I2C_REMOVE_TRAMPOLINE(fn, conv)			\
	static void fn##__kc_i2c_cb(struct i2c_client *client)		\
	{								\
		fn(conv(client));					\
	}
#else
#define KC_HELPER_I2C_REMOVE_TRAMPOLINE(fn, conv)			\
	static int fn##__kc_i2c_cb(struct i2c_client *client)		\
	{								\
		fn(conv(client));					\
		return 0;						\
	}
#endif

/**
 * kc_helper_i2c_board_info_set_swnode() - describe a client by a software node
 * @info: the board info
 * @node: a registered software node
 *
 * A client described by a registered software node (board code): from
 * v5.13 the I2C core takes the node through .swnode and holds a reference
 * while the client lives, and drops one when it is unregistered, so .fwnode
 * must not carry it there; before, .fwnode is the only way, and the core
 * leaves the node alone.
 */
static inline void
kc_helper_i2c_board_info_set_swnode(struct i2c_board_info *info, const struct software_node *node)
{
#ifdef KC_HAVE_I2C_BOARD_INFO_SWNODE
	info->swnode = node;
#else
	info->fwnode = software_node_fwnode(node);
#endif
}

#endif /* KC_HELPERS_I2C_H */
