// SPDX-License-Identifier: GPL-2.0
/*
 * Driver for the onsemi NCV6336 step-down (buck) converter, on kcrate.
 *
 * One output, 600 mV to 1393.75 mV in 6.25 mV steps (128 selectors), with
 * two voltage programs: PROGVSEL0 for normal operation and PROGVSEL1 for
 * suspend, chosen by the chip's VSEL input. The VSEL input may be wired to
 * a GPIO ("vsel"); the driver then holds it low, at PROGVSEL0, and raises
 * it for system suspend once the regulator core has programmed PROGVSEL1
 * (the regulator's suspend state), lowering it again at resume.
 *
 * Register map: the one of the Rust-for-Linux NCV6336 driver (Fabien
 * Parent, RFC 2023), which follows the datasheet (onsemi NCV6336BM/D).
 * Assumed, not checked against a chip: the I2C address 0x1c of the test
 * set-up, VSEL low selecting PROGVSEL0, and the meaning of VSELGT (cleared
 * when the suspend program is enabled, set when it is disabled, as that
 * driver does).
 */
#include <abstractions/gpio.h>
#include <abstractions/i2c.h>
#include <abstractions/regmap.h>
#include <abstractions/regulator.h>
#include <core/context.h>
#include <core/module.h>

#define NCV6336_REG_PID		0x03
#define NCV6336_REG_RID		0x04
#define NCV6336_REG_FID		0x05
#define NCV6336_REG_PROGVSEL1	0x10
#define NCV6336_REG_PROGVSEL0	0x11
#define NCV6336_REG_PGOOD	0x12
#define NCV6336_REG_TIME	0x13
#define NCV6336_REG_COMMAND	0x14
#define NCV6336_REG_MODULE	0x15
#define NCV6336_REG_LIMCONF	0x16

#define NCV6336_MIN_UV		600000
#define NCV6336_STEP_UV		6250
#define NCV6336_N_VOLTAGES	128
#define NCV6336_MAX_UV		(NCV6336_MIN_UV + (NCV6336_N_VOLTAGES - 1) * NCV6336_STEP_UV)

enum ncv6336_tpwth {
	NCV6336_TPWTH_83C,
	NCV6336_TPWTH_94C,
	NCV6336_TPWTH_105C,
	NCV6336_TPWTH_116C,
};

enum ncv6336_ipeak {
	NCV6336_IPEAK_3500MA,
	NCV6336_IPEAK_4000MA,
	NCV6336_IPEAK_4500MA,
	NCV6336_IPEAK_5000MA,
};

KC_REGMAP_FIELD(ncv6336_pid, NCV6336_REG_PID, 7, 0, KC_RO);
KC_REGMAP_FIELD(ncv6336_rid, NCV6336_REG_RID, 7, 0, KC_RO);
KC_REGMAP_FIELD(ncv6336_fid, NCV6336_REG_FID, 7, 0, KC_RO);
KC_REGMAP_FIELD(ncv6336_voutvsel1, NCV6336_REG_PROGVSEL1, 6, 0, KC_RW);
KC_REGMAP_FIELD(ncv6336_envsel1, NCV6336_REG_PROGVSEL1, 7, 7, KC_RW);
KC_REGMAP_FIELD(ncv6336_voutvsel0, NCV6336_REG_PROGVSEL0, 6, 0, KC_RW);
KC_REGMAP_FIELD(ncv6336_envsel0, NCV6336_REG_PROGVSEL0, 7, 7, KC_RW);
KC_REGMAP_FIELD(ncv6336_dischg, NCV6336_REG_PGOOD, 4, 4, KC_RW);
KC_REGMAP_FIELD(ncv6336_vselgt, NCV6336_REG_COMMAND, 0, 0, KC_RW);
KC_REGMAP_FIELD(ncv6336_pwmvsel1, NCV6336_REG_COMMAND, 6, 6, KC_RW);
KC_REGMAP_FIELD(ncv6336_pwmvsel0, NCV6336_REG_COMMAND, 7, 7, KC_RW);
KC_REGMAP_FIELD(ncv6336_rearm, NCV6336_REG_LIMCONF, 0, 0, KC_RW);
KC_REGMAP_FIELD(ncv6336_rststatus, NCV6336_REG_LIMCONF, 1, 1, KC_RW);
KC_REGMAP_FIELD_ENUM(ncv6336_tpwth, NCV6336_REG_LIMCONF, 5, 4, KC_RW,
		     KC_REGMAP_VALUE(NCV6336_TPWTH_83C),
		     KC_REGMAP_VALUE(NCV6336_TPWTH_94C),
		     KC_REGMAP_VALUE(NCV6336_TPWTH_105C),
		     KC_REGMAP_VALUE(NCV6336_TPWTH_116C));
KC_REGMAP_FIELD_ENUM(ncv6336_ipeak, NCV6336_REG_LIMCONF, 7, 6, KC_RW,
		     KC_REGMAP_VALUE(NCV6336_IPEAK_3500MA),
		     KC_REGMAP_VALUE(NCV6336_IPEAK_4000MA),
		     KC_REGMAP_VALUE(NCV6336_IPEAK_4500MA),
		     KC_REGMAP_VALUE(NCV6336_IPEAK_5000MA));

KC_REGMAP_TABLE(ncv6336_readable,
		KC_REGMAP_RANGE(NCV6336_REG_PID, NCV6336_REG_FID),
		KC_REGMAP_RANGE(NCV6336_REG_PROGVSEL1, NCV6336_REG_LIMCONF));
KC_REGMAP_TABLE(ncv6336_writeable,
		KC_REGMAP_RANGE(NCV6336_REG_PROGVSEL1, NCV6336_REG_LIMCONF));

KC_REGMAP_CONFIG(ncv6336_regmap) = {
	.reg_bits	= 8,
	.val_bits	= 8,
	.max_register	= NCV6336_REG_LIMCONF,
	.cache_type	= KC_REGCACHE_RBTREE,
	.rd_table	= &ncv6336_readable,
	.wr_table	= &ncv6336_writeable,
};

/* Mode numbers of the "onnn,ncv6336" binding (regulator-mode and friends). */
#define NCV6336_BINDING_MODE_AUTO	0
#define NCV6336_BINDING_MODE_PWM	1

/**
 * struct ncv6336 - the driver's state
 * @vsel: the VSEL line, or NULL when VSEL is wired on the board
 * @suspend_armed: the regulator core programmed PROGVSEL1 (enable or
 *                 disable) for a system suspend, since the last resume
 * @vsel_high: VSEL was raised at suspend, to be lowered at resume
 */
struct ncv6336 {
	struct kc_gpio *vsel;
	bool suspend_armed;
	bool vsel_high;
};
KC_DEVICE_STATE(struct ncv6336);

/* Peak current limits, in LIMCONF.IPEAK order (µA). */
static const unsigned int ncv6336_peak_ua[] = { 3500000, 4000000, 4500000, 5000000 };

static __kc_might_sleep int ncv6336_set_mode(struct kc_regulator *reg, unsigned int mode)
{
	struct kc_regmap *map = kc_regulator_regmap(reg);

	switch (mode) {
	case KC_REGULATOR_MODE_NORMAL:
		return kc_regmap_field_clear(map, &ncv6336_pwmvsel0);
	case KC_REGULATOR_MODE_FAST:
		return kc_regmap_field_set(map, &ncv6336_pwmvsel0);
	default:
		return -EINVAL;
	}
}

KC_REGULATOR_CALLBACK(set_mode, ncv6336_set_mode);

static __kc_might_sleep unsigned int ncv6336_get_mode(struct kc_regulator *reg)
{
	u32 pwm;

	if (kc_unwrap(pwm, kc_regmap_field_read(kc_regulator_regmap(reg), &ncv6336_pwmvsel0)))
		return KC_REGULATOR_MODE_INVALID;
	return pwm ? KC_REGULATOR_MODE_FAST : KC_REGULATOR_MODE_NORMAL;
}

KC_REGULATOR_CALLBACK(get_mode, ncv6336_get_mode);

static unsigned int ncv6336_map_mode(unsigned int mode)
{
	switch (mode) {
	case NCV6336_BINDING_MODE_AUTO:
		return KC_REGULATOR_MODE_NORMAL;
	case NCV6336_BINDING_MODE_PWM:
		return KC_REGULATOR_MODE_FAST;
	default:
		return KC_REGULATOR_MODE_INVALID;
	}
}

static __kc_might_sleep int ncv6336_set_suspend_voltage(struct kc_regulator *reg, int uv)
{
	u32 sel;

	kc_try_val(sel, kc_regulator_map_voltage_linear(reg, uv, NCV6336_MAX_UV));
	return kc_regmap_field_write(kc_regulator_regmap(reg), &ncv6336_voutvsel1, sel);
}

KC_REGULATOR_CALLBACK(set_suspend_voltage, ncv6336_set_suspend_voltage);

static __kc_might_sleep int ncv6336_set_suspend_enable(struct kc_regulator *reg)
{
	struct kc_regmap *map = kc_regulator_regmap(reg);
	struct ncv6336 *chip = kc_regulator_state(reg);

	chip->suspend_armed = true;
	kc_try(kc_regmap_field_set(map, &ncv6336_envsel1));
	return kc_regmap_field_clear(map, &ncv6336_vselgt);
}

KC_REGULATOR_CALLBACK(set_suspend_enable, ncv6336_set_suspend_enable);

static __kc_might_sleep int ncv6336_set_suspend_disable(struct kc_regulator *reg)
{
	struct kc_regmap *map = kc_regulator_regmap(reg);
	struct ncv6336 *chip = kc_regulator_state(reg);

	chip->suspend_armed = true;
	kc_try(kc_regmap_field_clear(map, &ncv6336_envsel1));
	return kc_regmap_field_set(map, &ncv6336_vselgt);
}

KC_REGULATOR_CALLBACK(set_suspend_disable, ncv6336_set_suspend_disable);

static __kc_might_sleep int ncv6336_set_suspend_mode(struct kc_regulator *reg, unsigned int mode)
{
	struct kc_regmap *map = kc_regulator_regmap(reg);

	switch (mode) {
	case KC_REGULATOR_MODE_NORMAL:
		return kc_regmap_field_clear(map, &ncv6336_pwmvsel1);
	case KC_REGULATOR_MODE_FAST:
		return kc_regmap_field_set(map, &ncv6336_pwmvsel1);
	default:
		return -EINVAL;
	}
}

KC_REGULATOR_CALLBACK(set_suspend_mode, ncv6336_set_suspend_mode);

KC_REGULATOR_OPS(ncv6336_ops) = {
	KC_REGULATOR_REGMAP_CB(enable),
	KC_REGULATOR_REGMAP_CB(disable),
	KC_REGULATOR_REGMAP_CB(is_enabled),
	KC_REGULATOR_LINEAR_CB(list_voltage),
	KC_REGULATOR_LINEAR_CB(map_voltage),
	KC_REGULATOR_REGMAP_CB(set_voltage_sel),
	KC_REGULATOR_REGMAP_CB(get_voltage_sel),
	KC_REGULATOR_REGMAP_CB(set_current_limit),
	KC_REGULATOR_REGMAP_CB(get_current_limit),
	KC_REGULATOR_REGMAP_CB(set_active_discharge),
	KC_REGULATOR_CB(set_mode, ncv6336_set_mode),
	KC_REGULATOR_CB(get_mode, ncv6336_get_mode),
	KC_REGULATOR_CB(set_suspend_voltage, ncv6336_set_suspend_voltage),
	KC_REGULATOR_CB(set_suspend_enable, ncv6336_set_suspend_enable),
	KC_REGULATOR_CB(set_suspend_disable, ncv6336_set_suspend_disable),
	KC_REGULATOR_CB(set_suspend_mode, ncv6336_set_suspend_mode),
};

KC_REGULATOR_DESC(ncv6336_desc) = {
	.name			= "ncv6336",
	.type			= KC_REGULATOR_VOLTAGE,
	.owner			= THIS_MODULE,
	.ops			= &ncv6336_ops,
	.of_map_mode		= ncv6336_map_mode,
	.n_voltages		= NCV6336_N_VOLTAGES,
	.min_uV			= NCV6336_MIN_UV,
	.uV_step		= NCV6336_STEP_UV,
	.vsel_reg		= KC_FIELD_REG(ncv6336_voutvsel0),
	.vsel_mask		= KC_FIELD_MASK(ncv6336_voutvsel0),
	.enable_reg		= KC_FIELD_REG(ncv6336_envsel0),
	.enable_mask		= KC_FIELD_MASK(ncv6336_envsel0),
	.active_discharge_reg	= KC_FIELD_REG(ncv6336_dischg),
	.active_discharge_mask	= KC_FIELD_MASK(ncv6336_dischg),
	.active_discharge_on	= KC_FIELD_MASK(ncv6336_dischg),
	.csel_reg		= KC_FIELD_REG(ncv6336_ipeak),
	.csel_mask		= KC_FIELD_MASK(ncv6336_ipeak),
	.curr_table		= ncv6336_peak_ua,
	.n_current_limits	= ARRAY_SIZE(ncv6336_peak_ua),
};

/*
 * A chip instantiated by name (no devicetree node) may use its whole range:
 * whoever instantiates it by hand answers for the board.
 */
KC_REGULATOR_BOARD(ncv6336_board) = {
	.constraints = {
		.min_uV			= NCV6336_MIN_UV,
		.max_uV			= NCV6336_MAX_UV,
		.min_uA			= 3500000,
		.max_uA			= 5000000,
		.valid_modes_mask	= KC_REGULATOR_MODE_NORMAL | KC_REGULATOR_MODE_FAST,
		.valid_ops_mask		= KC_REGULATOR_CHANGE_VOLTAGE |
					  KC_REGULATOR_CHANGE_CURRENT |
					  KC_REGULATOR_CHANGE_MODE |
					  KC_REGULATOR_CHANGE_STATUS,
		.active_discharge	= KC_REGULATOR_DISCHARGE_ON,
	},
};

static __kc_might_sleep int ncv6336_probe(struct kc_i2c_client *client, struct ncv6336 *chip)
{
	struct kc_regmap *map;
	struct kc_regulator *reg;
	u32 pid, rid, fid;
	int ret;

	kc_try_val(map, kc_regmap_init_i2c(client, &ncv6336_regmap));
	ret = kc_unwrap(pid, kc_regmap_field_read(map, &ncv6336_pid));
	if (ret)
		return kc_i2c_err_probe(client, ret, "no NCV6336 answers at 0x%02x\n",
					kc_i2c_addr(client));
	kc_try_val(rid, kc_regmap_field_read(map, &ncv6336_rid));
	kc_try_val(fid, kc_regmap_field_read(map, &ncv6336_fid));

	kc_try_val(chip->vsel, kc_gpio_request_optional(kc_i2c_dev(client), "vsel",
							KC_GPIO_OUT_LOW));
	kc_try_val(reg, kc_regulator_register(kc_i2c_dev(client), &ncv6336_desc, map,
					      chip, &ncv6336_board));
	/* Registration applied the suspend state; only a system suspend arms VSEL. */
	chip->suspend_armed = false;

	kc_i2c_info(client, "%s: NCV6336 PID 0x%02x RID 0x%02x FID 0x%02x, VSEL %s\n",
		    kc_regulator_name(reg), pid, rid, fid,
		    chip->vsel ? "on a GPIO" : "fixed");
	return 0;
}

KC_I2C_CALLBACK(probe, ncv6336_probe);

/*
 * Late, so that the regulator core's suspend of the regulator (a child of
 * this device) has programmed PROGVSEL1 before VSEL selects it. Without a
 * suspend state the core left PROGVSEL1 alone, and so does VSEL.
 */
static __kc_might_sleep int ncv6336_suspend(struct kc_i2c_client *client, struct ncv6336 *chip)
{
	if (!chip->vsel || !chip->suspend_armed)
		return 0;
	kc_try(kc_gpio_set_cansleep(chip->vsel, true));
	chip->vsel_high = true;
	return 0;
}

static __kc_might_sleep int ncv6336_resume(struct kc_i2c_client *client, struct ncv6336 *chip)
{
	chip->suspend_armed = false;
	if (!chip->vsel_high)
		return 0;
	chip->vsel_high = false;
	return kc_gpio_set_cansleep(chip->vsel, false);
}

KC_I2C_PM_LATE(ncv6336_pm, ncv6336_suspend, ncv6336_resume);

KC_I2C_DRIVER(ncv6336_driver,
	      KC_I2C_IDS({ "ncv6336" }),
	      KC_OF_IDS({ .compatible = "onnn,ncv6336" }),
	      .driver.name	= "ncv6336",
	      .driver.pm	= &ncv6336_pm,
	      KC_I2C_CB(probe, ncv6336_probe));

KC_MODULE(ncv6336,
	  KC_I2C_REGISTER(ncv6336_driver),
	  KC_DESCRIPTION("onsemi NCV6336 buck converter"),
	  KC_AUTHOR("kcrate developers"),
	  KC_LICENSE("GPL"));
