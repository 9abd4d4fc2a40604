/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Voltage regulator drivers for kcrate: the part a regmap-based regulator
 * needs.
 *
 * A driver describes its regulator with the kernel's struct regulator_desc
 * (KC_REGULATOR_DESC(): voltage range and selector register, enable bit,
 * current limits, active discharge bit...) and its operations with a
 * descriptor (KC_REGULATOR_OPS()) in which a slot it does not implement
 * stays NULL and the regulator core's default applies. Most slots are
 * served by the core's regmap helpers straight from the register fields of
 * the description (KC_REGULATOR_REGMAP_CB(), KC_REGULATOR_LINEAR_CB()); a
 * slot of its own takes a &struct kc_regulator through a compile-time
 * trampoline (KC_REGULATOR_CALLBACK()). The registration is bound to the
 * device (devm).
 */
#ifndef KC_ABSTRACTIONS_REGULATOR_H
#define KC_ABSTRACTIONS_REGULATOR_H

#include <linux/device.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/property.h>
#include <linux/regulator/driver.h>
#include <linux/regulator/machine.h>
#include <linux/regulator/of_regulator.h>

#include <abstractions/regmap.h>
#include <core/context.h>
#include <core/device.h>
#include <core/check.h>
#include <core/error.h>
#include <core/handle.h>
#include <core/state.h>
#include <core/vtable.h>
#include <helpers/regulator.h>

/**
 * DOC: regulator handle lifetime and context
 *
 * ``struct kc_regulator`` is the opaque handle to a registered regulator
 * (the core's regulator_dev). kc_regulator_register() returns it; it is
 * unregistered when the driver unbinds, after remove. Operations are
 * called by the regulator core with the regulator's lock held, in process
 * context, and may sleep (register access does); they get the handle and
 * reach the driver's state, typed, with kc_regulator_state() and the
 * register map with kc_regulator_regmap().
 */
KC_DEFINE_HANDLE(kc_regulator, struct regulator_dev, rdev);
/* struct kc_result_regulator - a regulator or an error, from registration */
KC_DEFINE_RESULT(kc_result_regulator, struct kc_regulator *);

/**
 * enum kc_regulator_mode - operating modes (the core's REGULATOR_MODE_*)
 * @KC_REGULATOR_MODE_INVALID: no valid mode (a get_mode that failed)
 * @KC_REGULATOR_MODE_FAST: fast transient response (forced PWM)
 * @KC_REGULATOR_MODE_NORMAL: normal regulation
 * @KC_REGULATOR_MODE_IDLE: light-load efficiency
 * @KC_REGULATOR_MODE_STANDBY: lowest power
 */
enum kc_regulator_mode {
	KC_REGULATOR_MODE_INVALID = REGULATOR_MODE_INVALID,
	KC_REGULATOR_MODE_FAST = REGULATOR_MODE_FAST,
	KC_REGULATOR_MODE_NORMAL = REGULATOR_MODE_NORMAL,
	KC_REGULATOR_MODE_IDLE = REGULATOR_MODE_IDLE,
	KC_REGULATOR_MODE_STANDBY = REGULATOR_MODE_STANDBY,
};

static inline void *__kc_regulator_drvdata(struct kc_regulator *reg)
{
	return rdev_get_drvdata(kc_unsafe_raw_rdev(reg));
}

/**
 * kc_regulator_state() - the driver's state given at registration
 * @reg: the regulator
 *
 * Typed by the driver's file: ``kc_device_state_t *`` (core/state.h); a
 * pointer of another type does not take it.
 *
 * Return: the state passed to kc_regulator_register().
 */
#define kc_regulator_state(reg)						\
	((kc_device_state_t *)__kc_regulator_drvdata(reg))

/**
 * kc_regulator_name() - the regulator's name (constraints or description)
 * @reg: the regulator
 *
 * Return: the name consumers look it up by.
 */
static inline const char *kc_regulator_name(struct kc_regulator *reg)
{
	return kc_helper_rdev_get_name(kc_unsafe_raw_rdev(reg));
}

/**
 * kc_regulator_regmap() - the register map given at registration
 * @reg: the regulator
 *
 * Return: the map.
 */
static inline struct kc_regmap *kc_regulator_regmap(struct kc_regulator *reg)
{
	return kc_unsafe_from_regmap(rdev_get_regmap(kc_unsafe_raw_rdev(reg)));
}

/**
 * kc_regulator_map_voltage_linear() - the selector for a voltage range
 * @reg: the regulator (its description has min_uV, uV_step, n_voltages)
 * @min_uv: the lowest acceptable voltage, in microvolts
 * @max_uv: the highest acceptable voltage, in microvolts
 *
 * Constants with @min_uv above @max_uv (swapped) do not compile.
 *
 * Return: the lowest selector whose voltage is in [@min_uv, @max_uv], or
 * -EINVAL when there is none.
 */
static __always_inline __must_check struct kc_result_u32
kc_regulator_map_voltage_linear(struct kc_regulator *reg, int min_uv, int max_uv)
{
	int sel;

	kc_check_const(min_uv > max_uv,
		       "kc_regulator_map_voltage_linear(): min_uv is above max_uv");
	sel = regulator_map_voltage_linear(kc_unsafe_raw_rdev(reg), min_uv, max_uv);

	return sel < 0 ? KC_ERR(struct kc_result_u32, sel) : KC_OK(struct kc_result_u32, sel);
}

/* --- descriptors ---------------------------------------------------------- */

/**
 * DOC: regulator descriptors
 *
 * Example (a buck whose selector and enable bit are register fields)::
 *
 *	KC_REGMAP_FIELD(foo_vsel, 0x11, 6, 0, KC_RW);
 *	KC_REGMAP_FIELD(foo_en, 0x11, 7, 7, KC_RW);
 *
 *	static int foo_set_mode(struct kc_regulator *reg, unsigned int mode)
 *	{
 *		return mode == KC_REGULATOR_MODE_NORMAL ? 0 : -EINVAL;
 *	}
 *	KC_REGULATOR_CALLBACK(set_mode, foo_set_mode);
 *
 *	KC_REGULATOR_OPS(foo_ops) = {
 *		KC_REGULATOR_REGMAP_CB(enable),
 *		KC_REGULATOR_REGMAP_CB(disable),
 *		KC_REGULATOR_REGMAP_CB(is_enabled),
 *		KC_REGULATOR_LINEAR_CB(list_voltage),
 *		KC_REGULATOR_LINEAR_CB(map_voltage),
 *		KC_REGULATOR_REGMAP_CB(set_voltage_sel),
 *		KC_REGULATOR_REGMAP_CB(get_voltage_sel),
 *		KC_REGULATOR_CB(set_mode, foo_set_mode),
 *	};
 *
 *	KC_REGULATOR_DESC(foo_desc) = {
 *		.name = "foo", .type = KC_REGULATOR_VOLTAGE, .owner = THIS_MODULE,
 *		.ops = &foo_ops, .n_voltages = 128, .min_uV = 600000, .uV_step = 6250,
 *		.vsel_reg = KC_FIELD_REG(foo_vsel), .vsel_mask = KC_FIELD_MASK(foo_vsel),
 *		.enable_reg = KC_FIELD_REG(foo_en), .enable_mask = KC_FIELD_MASK(foo_en),
 *	};
 *
 * Signatures by slot (the core's, with a &struct kc_regulator):
 * int fn(reg) for enable, disable, is_enabled, get_voltage_sel,
 * get_current_limit, get_status, set_suspend_enable, set_suspend_disable;
 * int fn(reg, unsigned int selector) for set_voltage_sel and list_voltage;
 * int fn(reg, unsigned int mode) for set_mode and set_suspend_mode;
 * unsigned int fn(reg) for get_mode; int fn(reg, int uV) for
 * set_suspend_voltage; int fn(reg, int min_uA, int max_uA) for
 * set_current_limit; int fn(reg, bool enable) for set_active_discharge.
 *
 * The description's of_map_mode (unsigned int fn(unsigned int), no
 * trampoline: it sees no kernel object) maps the mode numbers of the
 * chip's binding (regulator-initial-mode, regulator-allowed-modes,
 * regulator-mode) to KC_REGULATOR_MODE_*, or KC_REGULATOR_MODE_INVALID.
 */

#define KC_REGULATOR_VOLTAGE		REGULATOR_VOLTAGE
#define KC_REGULATOR_CURRENT		REGULATOR_CURRENT

/* The slots of kc_regulator_ops: the driver's signature, and its trampoline. */
#define __KC_REG_SIG_INT		int, (struct kc_regulator *reg)
#define __KC_REG_SIG_UINT_ARG		int, (struct kc_regulator *reg, unsigned int arg)
#define __KC_REG_TRAMPOLINE_INT(tramp, fn)				\
	static __kc_might_sleep int tramp(struct regulator_dev *rdev)			\
	{								\
		return fn(kc_unsafe_from_rdev(rdev));			\
	}
#define __KC_REG_TRAMPOLINE_UINT_ARG(tramp, fn)				\
	static __kc_might_sleep int tramp(struct regulator_dev *rdev, unsigned int arg)	\
	{								\
		return fn(kc_unsafe_from_rdev(rdev), arg);		\
	}

#define __kc_regulator_ops_enable_SIG			__KC_REG_SIG_INT
#define __kc_regulator_ops_enable_TRAMPOLINE		__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_disable_SIG			__KC_REG_SIG_INT
#define __kc_regulator_ops_disable_TRAMPOLINE		__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_is_enabled_SIG			__KC_REG_SIG_INT
#define __kc_regulator_ops_is_enabled_TRAMPOLINE		__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_get_voltage_sel_SIG		__KC_REG_SIG_INT
#define __kc_regulator_ops_get_voltage_sel_TRAMPOLINE	__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_get_current_limit_SIG		__KC_REG_SIG_INT
#define __kc_regulator_ops_get_current_limit_TRAMPOLINE	__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_get_status_SIG			__KC_REG_SIG_INT
#define __kc_regulator_ops_get_status_TRAMPOLINE		__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_set_suspend_enable_SIG		__KC_REG_SIG_INT
#define __kc_regulator_ops_set_suspend_enable_TRAMPOLINE	__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_set_suspend_disable_SIG	__KC_REG_SIG_INT
#define __kc_regulator_ops_set_suspend_disable_TRAMPOLINE	__KC_REG_TRAMPOLINE_INT
#define __kc_regulator_ops_set_voltage_sel_SIG		__KC_REG_SIG_UINT_ARG
#define __kc_regulator_ops_set_voltage_sel_TRAMPOLINE	__KC_REG_TRAMPOLINE_UINT_ARG
#define __kc_regulator_ops_list_voltage_SIG		__KC_REG_SIG_UINT_ARG
#define __kc_regulator_ops_list_voltage_TRAMPOLINE	__KC_REG_TRAMPOLINE_UINT_ARG
#define __kc_regulator_ops_set_mode_SIG			__KC_REG_SIG_UINT_ARG
#define __kc_regulator_ops_set_mode_TRAMPOLINE		__KC_REG_TRAMPOLINE_UINT_ARG
#define __kc_regulator_ops_set_suspend_mode_SIG		__KC_REG_SIG_UINT_ARG
#define __kc_regulator_ops_set_suspend_mode_TRAMPOLINE	__KC_REG_TRAMPOLINE_UINT_ARG
#define __kc_regulator_ops_get_mode_SIG	unsigned int, (struct kc_regulator *reg)
#define __kc_regulator_ops_get_mode_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep unsigned int tramp(struct regulator_dev *rdev)		\
	{								\
		return fn(kc_unsafe_from_rdev(rdev));			\
	}
#define __kc_regulator_ops_set_suspend_voltage_SIG int, (struct kc_regulator *reg, int uv)
#define __kc_regulator_ops_set_suspend_voltage_TRAMPOLINE(tramp, fn)	\
	static __kc_might_sleep int tramp(struct regulator_dev *rdev, int uv)		\
	{								\
		return fn(kc_unsafe_from_rdev(rdev), uv);		\
	}
#define __kc_regulator_ops_set_current_limit_SIG				\
	int, (struct kc_regulator *reg, int min_ua, int max_ua)
#define __kc_regulator_ops_set_current_limit_TRAMPOLINE(tramp, fn)	\
	static __kc_might_sleep int tramp(struct regulator_dev *rdev, int min_ua, int max_ua) \
	{								\
		return fn(kc_unsafe_from_rdev(rdev), min_ua, max_ua);	\
	}
#define __kc_regulator_ops_set_active_discharge_SIG			\
	int, (struct kc_regulator *reg, bool enable)
#define __kc_regulator_ops_set_active_discharge_TRAMPOLINE(tramp, fn)	\
	static __kc_might_sleep int tramp(struct regulator_dev *rdev, bool enable)	\
	{								\
		return fn(kc_unsafe_from_rdev(rdev), enable);		\
	}

/**
 * KC_REGULATOR_CALLBACK() - check a callback against its slot, make its
 * trampoline (core/vtable.h)
 * @slot: the regulator_ops slot, e.g. set_mode (signatures: see the DOC)
 * @fn: the driver's callback, taking a &struct kc_regulator
 */
#define KC_REGULATOR_CALLBACK(slot, fn)	KC_VTABLE_CALLBACK(kc_regulator_ops, slot, fn)

/**
 * KC_REGULATOR_CB() - an ops entry: ``.slot = <the trampoline of fn>``
 * @slot: the slot, as given to KC_REGULATOR_CALLBACK()
 * @fn: the driver's callback
 */
#define KC_REGULATOR_CB(slot, fn)	KC_VTABLE_ENTRY(kc_regulator_ops, slot, fn)

/**
 * KC_REGULATOR_REGMAP_CB() - an ops entry: the core's regmap helper for a slot
 * @slot: enable, disable, is_enabled (enable_reg/enable_mask/enable_val/
 *        disable_val), set_voltage_sel, get_voltage_sel (vsel_reg/vsel_mask),
 *        set_current_limit, get_current_limit (csel_reg/csel_mask/
 *        curr_table), set_active_discharge (active_discharge_reg/mask/on/off)
 *
 * The helper reads and writes the fields the description names, through
 * the map given at registration.
 */
#define KC_REGULATOR_REGMAP_CB(slot)	.slot = regulator_##slot##_regmap

/**
 * KC_REGULATOR_LINEAR_CB() - an ops entry: the core's linear voltage mapping
 * @slot: list_voltage or map_voltage (min_uV + selector * uV_step, for
 *        selectors from linear_min_sel up to n_voltages - 1)
 */
#define KC_REGULATOR_LINEAR_CB(slot)	.slot = regulator_##slot##_linear

/**
 * KC_REGULATOR_OPS() - declare a regulator's operations
 * @name: the descriptor's name
 *
 * Followed by ``= { ... };`` with struct regulator_ops's slot names; slots
 * left out stay NULL.
 */
#define KC_REGULATOR_OPS(name)		static const struct regulator_ops name

/**
 * KC_REGULATOR_DESC() - declare a regulator description
 * @name: the description's name
 *
 * Followed by ``= { ... };`` with struct regulator_desc's field names.
 */
#define KC_REGULATOR_DESC(name)		static const struct regulator_desc name

/**
 * KC_REGULATOR_BOARD() - declare constraints for a device without firmware
 * description
 * @name: the constraints' name
 *
 * Followed by ``= { .constraints = { ... } };`` (struct
 * regulator_init_data). Used by kc_regulator_register() only when the
 * device has no firmware node (instantiated by name, e.g. through an
 * adapter's new_device file); a devicetree node's or a software node's
 * regulator properties always win.
 */
#define KC_REGULATOR_BOARD(name)	static const struct regulator_init_data name

/* The constraint flags a KC_REGULATOR_BOARD() may allow. */
#define KC_REGULATOR_CHANGE_VOLTAGE	REGULATOR_CHANGE_VOLTAGE
#define KC_REGULATOR_CHANGE_CURRENT	REGULATOR_CHANGE_CURRENT
#define KC_REGULATOR_CHANGE_MODE	REGULATOR_CHANGE_MODE
#define KC_REGULATOR_CHANGE_STATUS	REGULATOR_CHANGE_STATUS
/* The active discharge a KC_REGULATOR_BOARD() asks for at registration. */
#define KC_REGULATOR_DISCHARGE_ON	REGULATOR_ACTIVE_DISCHARGE_ENABLE
#define KC_REGULATOR_DISCHARGE_OFF	REGULATOR_ACTIVE_DISCHARGE_DISABLE

/* --- constraints from firmware properties ------------------------------------ */

/**
 * DOC: constraints from firmware properties
 *
 * A device with a devicetree node gets its constraints from the regulator
 * core's own parser. A device described otherwise by its firmware node (a
 * software node of board code, an ACPI _DSD) gets them here, read with the
 * devicetree binding's property names, so one description serves both:
 * regulator-name, regulator-min-microvolt, regulator-max-microvolt,
 * regulator-min-microamp, regulator-max-microamp, regulator-always-on,
 * regulator-boot-on, regulator-active-discharge (0 or 1),
 * regulator-allowed-modes and regulator-initial-mode (values mapped by the
 * description's of_map_mode), and a child node regulator-state-mem with
 * regulator-on-in-suspend or regulator-off-in-suspend,
 * regulator-suspend-microvolt, regulator-suspend-min-microvolt,
 * regulator-suspend-max-microvolt, regulator-changeable-in-suspend and
 * regulator-mode. As in devicetree, a range allows voltage (current)
 * changes, status changes are allowed unless always-on, a listed mode
 * allows mode changes, and a regulator-state-mem node is applied at
 * registration. Unlike the devicetree parser, which logs and goes on, a
 * property that makes no sense (min above max, a mode the regulator does
 * not have) fails registration with -EINVAL and a message naming it.
 */

static inline int __kc_regulator_fw_mode(struct device *d, const struct regulator_desc *desc,
					 const char *prop, u32 val, unsigned int *mode)
{
	*mode = desc->of_map_mode ? desc->of_map_mode(val) : REGULATOR_MODE_INVALID;
	if (*mode != REGULATOR_MODE_INVALID)
		return 0;
	dev_err(d, "%s: %u is no mode of this regulator\n", prop, val);
	return -EINVAL;
}

static inline int __kc_regulator_fw_range(struct device *d, const char *what, int min, int max)
{
	if (min <= max)
		return 0;
	dev_err(d, "%s: min %d above max %d\n", what, min, max);
	return -EINVAL;
}

static inline int __kc_regulator_fw_state(struct device *d, struct fwnode_handle *node,
					  const struct regulator_desc *desc,
					  struct regulation_constraints *c)
{
	unsigned int mode = 0, enabled = DO_NOTHING_IN_SUSPEND;
	u32 v, uv, min = 0, max = 0;
	struct fwnode_handle *st;
	bool changeable;
	int ret = 0;

	st = fwnode_get_named_child_node(node, "regulator-state-mem");
	if (!st)
		return 0;
	if (!fwnode_property_read_u32(st, "regulator-mode", &v))
		ret = __kc_regulator_fw_mode(d, desc, "regulator-state-mem/regulator-mode",
					     v, &mode);
	if (fwnode_property_read_bool(st, "regulator-on-in-suspend"))
		enabled = ENABLE_IN_SUSPEND;
	else if (fwnode_property_read_bool(st, "regulator-off-in-suspend"))
		enabled = DISABLE_IN_SUSPEND;
	fwnode_property_read_u32(st, "regulator-suspend-min-microvolt", &min);
	fwnode_property_read_u32(st, "regulator-suspend-max-microvolt", &max);
	if (fwnode_property_read_u32(st, "regulator-suspend-microvolt", &uv))
		uv = min;
	changeable = fwnode_property_read_bool(st, "regulator-changeable-in-suspend");
	fwnode_handle_put(st);
	if (!ret && max)
		ret = __kc_regulator_fw_range(d, "regulator-state-mem suspend microvolt",
					      min, max);
	/* Designated initializers: checkpatch takes the core's uV fields for CamelCase. */
	c->state_mem = (struct regulator_state){
		.uV = uv, .min_uV = min, .max_uV = max, .mode = mode,
		.enabled = enabled, .changeable = changeable,
	};
	c->initial_state = PM_SUSPEND_MEM;
	return ret;
}

static inline __kc_might_sleep struct regulator_init_data *
__kc_regulator_fw_init_data(struct device *d, struct fwnode_handle *node,
			    const struct regulator_desc *desc)
{
	u32 min_uv = 0, max_uv = 0, min_ua = 0, max_ua = 0, v, modes[8];
	struct regulator_init_data *init;
	struct regulation_constraints *c;
	const char *name = NULL;
	unsigned int mode;
	int n, i, ret;

	fwnode_property_read_string(node, "regulator-name", &name);
	fwnode_property_read_u32(node, "regulator-min-microvolt", &min_uv);
	fwnode_property_read_u32(node, "regulator-max-microvolt", &max_uv);
	fwnode_property_read_u32(node, "regulator-min-microamp", &min_ua);
	fwnode_property_read_u32(node, "regulator-max-microamp", &max_ua);
	ret = __kc_regulator_fw_range(d, "regulator microvolt", min_uv, max_uv);
	if (!ret)
		ret = __kc_regulator_fw_range(d, "regulator microamp", min_ua, max_ua);
	if (ret)
		return ERR_PTR(ret);

	init = devm_kzalloc(d, sizeof(*init), GFP_KERNEL);
	if (!init)
		return ERR_PTR(-ENOMEM);
	c = &init->constraints;
	*c = (struct regulation_constraints){
		.name = name,
		.min_uV = min_uv, .max_uV = max_uv, .apply_uV = min_uv && max_uv,
		.min_uA = min_ua, .max_uA = max_ua,
	};
	if (min_uv != max_uv)
		c->valid_ops_mask |= REGULATOR_CHANGE_VOLTAGE;
	if (min_ua != max_ua)
		c->valid_ops_mask |= REGULATOR_CHANGE_CURRENT;
	c->boot_on = fwnode_property_read_bool(node, "regulator-boot-on");
	c->always_on = fwnode_property_read_bool(node, "regulator-always-on");
	if (!c->always_on)
		c->valid_ops_mask |= REGULATOR_CHANGE_STATUS;
	if (!fwnode_property_read_u32(node, "regulator-active-discharge", &v))
		c->active_discharge = v ? REGULATOR_ACTIVE_DISCHARGE_ENABLE :
					  REGULATOR_ACTIVE_DISCHARGE_DISABLE;

	n = fwnode_property_count_u32(node, "regulator-allowed-modes");
	if (n > (int)ARRAY_SIZE(modes)) {
		dev_err(d, "regulator-allowed-modes: %d modes, at most %zu\n", n,
			ARRAY_SIZE(modes));
		return ERR_PTR(-EINVAL);
	}
	if (n > 0 && !fwnode_property_read_u32_array(node, "regulator-allowed-modes", modes, n)) {
		for (i = 0; i < n; i++) {
			ret = __kc_regulator_fw_mode(d, desc, "regulator-allowed-modes",
						     modes[i], &mode);
			if (ret)
				return ERR_PTR(ret);
			c->valid_modes_mask |= mode;
		}
		c->valid_ops_mask |= REGULATOR_CHANGE_MODE;
	}
	if (!fwnode_property_read_u32(node, "regulator-initial-mode", &v)) {
		ret = __kc_regulator_fw_mode(d, desc, "regulator-initial-mode", v,
					     &c->initial_mode);
		if (ret)
			return ERR_PTR(ret);
	}
	ret = __kc_regulator_fw_state(d, node, desc, c);
	return ret ? ERR_PTR(ret) : init;
}

/**
 * kc_regulator_register() - register a regulator, bound to the device
 * @dev: the device (kc_i2c_dev() and friends)
 * @desc: the description; must outlive the registration
 * @map: the register map the regmap helpers use
 * @state: the driver's state (``kc_device_state_t *``, core/state.h), for
 *         kc_regulator_state(); a pointer of another type is refused
 * @board: constraints for a device without firmware node (may be NULL:
 *         then such a regulator can be read but not changed)
 *
 * The constraints come from the device's devicetree node when it has one,
 * from its other firmware node's properties when it has one of those (see
 * the DOC above), and from @board only when it has neither (instantiated
 * by name, e.g. through an adapter's new_device file). Registration
 * applies them (e.g. active discharge on or off, the suspend state). The
 * regulator is unregistered when the driver unbinds. May sleep.
 *
 * A description or board the compiler sees whose numbers disagree does not
 * compile: n_voltages beyond what vsel_mask selects, linear voltage ops
 * without uV_step, regmap enable or selector ops without their mask, a
 * board's min above its max.
 *
 * Return: the regulator or an error: -EINVAL for firmware properties
 * that make no sense (logged), or the regulator core's error. Unwrap with
 * kc_try_val().
 */
#define kc_regulator_register(dev, desc, map, state, board)		\
	__kc_regulator_register(dev, __kc_regulator_desc_check(desc), map, \
				__kc_state_check(state),		\
				__kc_regulator_board_check(board))

/*
 * A description and its ops are constants, most often declared in the
 * file that registers them: numbers that disagree are refused at build
 * time where the compiler sees them (kc_check_const(), as a field's
 * KC_RO is). Each test starts with the field that is missing, so that a
 * description that has it gives a constant false whatever the ops hold.
 * Nothing is left at run time (a description the compiler cannot see is
 * not checked).
 */
static __always_inline const struct regulator_desc *
__kc_regulator_desc_check(const struct regulator_desc *desc)
{
	const struct regulator_ops *ops = desc->ops;

	/*
	 * The core writes the selector into vsel_mask's bits, truncated.
	 * Each operand asked apart: gcc 16 does not fold the whole at once.
	 */
	compiletime_assert(!(__builtin_constant_p(desc->vsel_mask) &&
			     __builtin_constant_p(desc->n_voltages) && desc->vsel_mask &&
			     desc->n_voltages >
			     (desc->vsel_mask >> __builtin_ctz(desc->vsel_mask)) + 1),
			   "kc_regulator_register(): n_voltages is more than vsel_mask selects");
	/*
	 * Without a step every selector lists min_uV (one selector needs
	 * none). (desc)->: checkpatch takes a member path ending in a unit
	 * (uV) for CamelCase, a lone member name not.
	 */
	kc_check_const(desc->n_voltages > 1 && !(desc)->uV_step && ops &&
		       ops->list_voltage == regulator_list_voltage_linear,
		       "kc_regulator_register(): linear list_voltage without uV_step");
	kc_check_const(desc->n_voltages > 1 && !(desc)->uV_step && ops &&
		       ops->map_voltage == regulator_map_voltage_linear,
		       "kc_regulator_register(): linear map_voltage without uV_step");
	/* Without a mask, enable writes nothing and is_enabled is false. */
	kc_check_const(!desc->enable_mask && ops && ops->enable == regulator_enable_regmap,
		       "kc_regulator_register(): regmap enable without enable_mask");
	kc_check_const(!desc->enable_mask && ops && ops->disable == regulator_disable_regmap,
		       "kc_regulator_register(): regmap disable without enable_mask");
	kc_check_const(!desc->enable_mask && ops && ops->is_enabled == regulator_is_enabled_regmap,
		       "kc_regulator_register(): regmap is_enabled without enable_mask");
	kc_check_const(!desc->vsel_mask && ops &&
		       ops->set_voltage_sel == regulator_set_voltage_sel_regmap,
		       "kc_regulator_register(): regmap set_voltage_sel without vsel_mask");
	kc_check_const(!desc->vsel_mask && ops &&
		       ops->get_voltage_sel == regulator_get_voltage_sel_regmap,
		       "kc_regulator_register(): regmap get_voltage_sel without vsel_mask");
	return desc;
}

/* Board constraints whose range is empty: swapped constants. */
static __always_inline const struct regulator_init_data *
__kc_regulator_board_check(const struct regulator_init_data *board)
{
	const struct regulation_constraints *c = board ? &board->constraints : NULL;

	kc_check_const(c && (c)->min_uV > (c)->max_uV,
		       "kc_regulator_register(): the board's min_uV is above its max_uV");
	kc_check_const(c && (c)->min_uA > (c)->max_uA,
		       "kc_regulator_register(): the board's min_uA is above its max_uA");
	return board;
}

static inline __kc_might_sleep __must_check struct kc_result_regulator
__kc_regulator_register(struct kc_device *dev, const struct regulator_desc *desc,
			struct kc_regmap *map, void *state,
			const struct regulator_init_data *board)
{
	struct device *d = kc_unsafe_raw_device(dev);
	struct regulator_config config = {
		.dev = d,
		.regmap = kc_unsafe_raw_regmap(map),
		.driver_data = state,
		.init_data = board,
	};
	struct regulator_init_data *fw;

	if (d->of_node) {
		config.of_node = d->of_node;
		config.init_data = of_get_regulator_init_data(d, d->of_node, desc);
	} else if (dev_fwnode(d)) {
		fw = __kc_regulator_fw_init_data(d, dev_fwnode(d), desc);
		if (IS_ERR(fw))
			return KC_ERR(struct kc_result_regulator, PTR_ERR(fw));
		config.init_data = fw;
	}
	return __kc_result_from_ptr(struct kc_result_regulator,
				    kc_unsafe_from_rdev(devm_regulator_register(d, desc, &config)));
}

#endif /* KC_ABSTRACTIONS_REGULATOR_H */
