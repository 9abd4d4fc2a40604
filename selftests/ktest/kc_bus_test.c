// SPDX-License-Identifier: GPL-2.0
/*
 * In-kernel tests of abstractions/i2c.h, regmap.h and gpio.h, as an I2C
 * driver built on them: bind it to an i2c-stub chip (device name
 * "kc_bus_test") and its probe runs every case on that chip and prints
 * KTAP to the kernel log (prefix "kc_bus_ktap: "). The GPIO suite needs
 * board lookup entries for the client, made through kc_gpio_sim's lookup
 * file first: "fast" (fast controller, line 0), "slow" (slow controller,
 * line 0), "inv" (fast controller, line 1, active low).
 *
 * The chip is an i2c-stub: SMBus byte, word and I2C-block transfers, no
 * plain I2C, every register 0 at the start.
 *
 * The driver's per-device state (core/state.h) reports its own teardown in
 * the log, for the script: "kc_bus_test: remove: ..." and "kc_bus_test:
 * drop: ...". Parameters: fail_probe makes probe fail after it has written
 * its state (no drop may follow); fail_next_state makes the next binding's
 * state allocation fail (probe must not run); fail_debugfs makes the
 * debugfs directory's device-managed action fail (the directory must be
 * absent and the binding go on).
 *
 * abstractions/debugfs.h: probe makes /sys/kernel/debug/kc_bus_test/ on
 * the state, removed at unbind; the script reads and writes its files.
 */
#define KT_PREFIX "kc_bus_ktap: "

#include <linux/delay.h>

#include <abstractions/debugfs.h>
#include <abstractions/gpio.h>
#include <abstractions/i2c.h>
#include <abstractions/regmap.h>
#include <core/context.h>
#include <core/locked.h>
#include <core/module.h>

#include "ktap.h"

static struct kc_i2c_client *t_client;
static struct kc_regmap *t_map;

#define KC_BUS_TEST_BUILT	0x6b637374

struct kc_bus_test_text {
	char s[KC_DEBUGFS_STORE_MAX];
};

/* Two writers may store at once: the text is reached under its mutex. */
KC_DEFINE_LOCKED(kc_bus_test_locked_text, mutex, struct kc_bus_test_text);

/**
 * struct kc_bus_test - the test driver's per-device state
 * @built: KC_BUS_TEST_BUILT once probe has constructed it
 * @removed: remove has run: the drop must see it
 * @value: the debugfs file "value" (0 to 1000)
 * @text: the debugfs file "text", as last stored
 */
struct kc_bus_test {
	u32 built;
	bool removed;
	u32 value;
	struct kc_bus_test_locked_text text;
};

static void kc_bus_test_drop(struct kc_bus_test *t)
{
	pr_info("kc_bus_test: drop: %s, %s\n",
		t->built == KC_BUS_TEST_BUILT ? "built by probe" : "NOT BUILT",
		t->removed ? "after remove" : "BEFORE REMOVE");
}

KC_DEVICE_STATE_DROP(struct kc_bus_test, kc_bus_test_drop);

static struct kc_bus_test *t_state;

/* --- i2c ----------------------------------------------------------------------- */

static __kc_might_sleep void t_i2c_byte(void)
{
	struct kc_result_u8 r;

	KT_EXPECT_EQ(kc_i2c_smbus_write_byte_data(t_client, 0x20, 0x5a), 0);
	r = kc_i2c_smbus_read_byte_data(t_client, 0x20);
	KT_EXPECT_EQ(kc_result_err(r), 0);
	KT_EXPECT_VAL(r, 0x5a);
}

static __kc_might_sleep void t_i2c_word(void)
{
	struct kc_result_u16 r;

	KT_EXPECT_EQ(kc_i2c_smbus_write_word_data(t_client, 0x22, 0xbeef), 0);
	r = kc_i2c_smbus_read_word_data(t_client, 0x22);
	KT_EXPECT_EQ(kc_result_err(r), 0);
	KT_EXPECT_VAL(r, 0xbeef);
}

static __kc_might_sleep void t_i2c_block(void)
{
	static const u8 out[4] = { 0x11, 0x22, 0x33, 0x44 };
	u8 in[4] = { };

	KT_EXPECT_EQ(kc_i2c_smbus_write_block(t_client, 0x30, out, sizeof(out)), 0);
	KT_EXPECT_EQ(kc_i2c_smbus_read_block(t_client, 0x30, in, sizeof(in)), 0);
	KT_EXPECT(!memcmp(in, out, sizeof(in)));
}

static __kc_might_sleep void t_i2c_block_length_refused(void)
{
	u8 buf[I2C_SMBUS_BLOCK_MAX + 1] = { };

	/* Lengths the compiler cannot see: constant ones do not compile. */
	KT_EXPECT_EQ(kc_i2c_smbus_read_block(t_client, 0x30, buf, kt_runtime(0)), -EINVAL);
	KT_EXPECT_EQ(kc_i2c_smbus_read_block(t_client, 0x30, buf, kt_runtime(sizeof(buf))),
		     -EINVAL);
	KT_EXPECT_EQ(kc_i2c_smbus_write_block(t_client, 0x30, buf, kt_runtime(sizeof(buf))),
		     -EINVAL);
}

static __kc_might_sleep void t_i2c_cmd_out_of_range_refused(void)
{
	u8 buf[2] = { };

	/* A command past 0xff is refused, not wrapped to register 0x00. */
	KT_EXPECT_EQ(kc_result_err(kc_i2c_smbus_read_byte_data(t_client, kt_runtime(0x100))),
		     -EINVAL);
	KT_EXPECT_EQ(kc_i2c_smbus_write_byte_data(t_client, kt_runtime(0x100), 0), -EINVAL);
	KT_EXPECT_EQ(kc_result_err(kc_i2c_smbus_read_word_data(t_client, kt_runtime(0x120))),
		     -EINVAL);
	KT_EXPECT_EQ(kc_i2c_smbus_write_word_data(t_client, kt_runtime(0x120), 0), -EINVAL);
	KT_EXPECT_EQ(kc_i2c_smbus_read_block(t_client, kt_runtime(0x130), buf, sizeof(buf)),
		     -EINVAL);
	KT_EXPECT_EQ(kc_i2c_smbus_write_block(t_client, kt_runtime(0x130), buf, sizeof(buf)),
		     -EINVAL);
}

static __kc_might_sleep void t_i2c_plain_unsupported(void)
{
	u8 buf[2] = { 0x20, 0 };

	/* i2c-stub speaks SMBus only: the adapter's error comes back as is. */
	KT_EXPECT_EQ(kc_i2c_send(t_client, buf, sizeof(buf)), -EOPNOTSUPP);
	KT_EXPECT_EQ(kc_i2c_write_then_read(t_client, buf, 1, buf + 1, 1), -EOPNOTSUPP);
}

/* --- per-device state --------------------------------------------------------- */

static void t_state_zeroed(void)
{
	KT_EXPECT_EQ(t_state->built, 0);
	KT_EXPECT(!t_state->removed);
}

static void t_state_counted(void)
{
	/* The state is this file's only allocation through core/alloc.h. */
	KT_EXPECT_EQ(kc_alloc_live(), 1);
}

/* --- regmap ---------------------------------------------------------------------- */

/* Registers 0x00..0x0f are read-only, 0x10..0x3f read-write. */
KC_REGMAP_TABLE(t_writeable, KC_REGMAP_RANGE(0x10, 0x3f));

KC_REGMAP_CONFIG(t_regmap_config) = {
	.reg_bits	= 8,
	.val_bits	= 8,
	.max_register	= 0x3f,
	.cache_type	= KC_REGCACHE_NONE,
	.wr_table	= &t_writeable,
};

static __kc_might_sleep void t_regmap_read_write(void)
{
	struct kc_result_u32 r;

	KT_EXPECT_EQ(kc_regmap_write(t_map, 0x21, 0xa5), 0);
	r = kc_regmap_read(t_map, 0x21);
	KT_EXPECT_EQ(kc_result_err(r), 0);
	KT_EXPECT_VAL(r, 0xa5);
	/* It reached the chip. */
	KT_EXPECT_VAL(kc_i2c_smbus_read_byte_data(t_client, 0x21), 0xa5);
}

static __kc_might_sleep void t_regmap_value_too_wide(void)
{
	KT_EXPECT_EQ(kc_regmap_write(t_map, 0x21, 0x1a5), -ERANGE);
	KT_EXPECT_VAL(kc_regmap_read(t_map, 0x21), 0xa5);
}

static __kc_might_sleep void t_regmap_update_bits(void)
{
	KT_EXPECT_EQ(kc_regmap_update_bits(t_map, 0x21, 0x0f, 0x03), 0);
	KT_EXPECT_VAL(kc_regmap_read(t_map, 0x21), 0xa3);
	KT_EXPECT_EQ(kc_regmap_update_bits(t_map, 0x21, 0x0f, kt_runtime(0x10)),
		     -EINVAL);
	KT_EXPECT_VAL(kc_regmap_read(t_map, 0x21), 0xa3);
}

static __kc_might_sleep void t_regmap_bulk(void)
{
	static const u8 out[4] = { 0xde, 0xad, 0xbe, 0xef };
	u8 in[4] = { };

	KT_EXPECT_EQ(kc_regmap_bulk_write(t_map, 0x28, out, ARRAY_SIZE(out)), 0);
	KT_EXPECT_EQ(kc_regmap_bulk_read(t_map, 0x28, in, ARRAY_SIZE(in)), 0);
	KT_EXPECT(!memcmp(in, out, sizeof(in)));
}

static __kc_might_sleep void t_regmap_not_writeable(void)
{
	KT_EXPECT_EQ(kc_regmap_write(t_map, 0x05, 1), -EIO);
	KT_EXPECT_EQ(kc_regmap_write(t_map, 0x40, 1), -EIO);
	KT_EXPECT_VAL(kc_i2c_smbus_read_byte_data(t_client, 0x05), 0);
}

/* --- register fields ------------------------------------------------------------- */

enum t_speed { T_SPEED_SLOW = 0, T_SPEED_FAST = 1, T_SPEED_TURBO = 3 };

KC_REGMAP_FIELD(t_f_low, 0x24, 3, 0, KC_RW);
KC_REGMAP_FIELD(t_f_mid, 0x24, 6, 4, KC_RW);
KC_REGMAP_FIELD(t_f_top, 0x24, 7, 7, KC_RO);
KC_REGMAP_FIELD_ENUM(t_f_speed, 0x25, 5, 4, KC_RW,
		     KC_REGMAP_VALUE(T_SPEED_SLOW),
		     KC_REGMAP_VALUE(T_SPEED_FAST),
		     KC_REGMAP_VALUE(T_SPEED_TURBO));

static __kc_might_sleep void t_field_write_read(void)
{
	KT_EXPECT_EQ(kc_regmap_write(t_map, 0x24, 0x80), 0);
	KT_EXPECT_EQ(kc_regmap_field_write(t_map, &t_f_low, 0xa), 0);
	KT_EXPECT_EQ(kc_regmap_field_write(t_map, &t_f_mid, 5), 0);
	KT_EXPECT_VAL(kc_regmap_read(t_map, 0x24), 0xda);
	KT_EXPECT_VAL(kc_regmap_field_read(t_map, &t_f_low), 0xa);
	KT_EXPECT_VAL(kc_regmap_field_read(t_map, &t_f_mid), 5);
	KT_EXPECT_VAL(kc_regmap_field_read(t_map, &t_f_top), 1);
	KT_EXPECT_EQ(KC_FIELD_REG(t_f_mid), 0x24);
	KT_EXPECT_EQ(KC_FIELD_MASK(t_f_mid), 0x70);
	KT_EXPECT_EQ(kc_regmap_field_max(&t_f_mid), 7);
}

static __kc_might_sleep void t_field_out_of_range_refused(void)
{
	/* Values the compiler cannot see: constant ones do not compile. */
	KT_EXPECT_EQ(kc_regmap_field_write(t_map, &t_f_low, kt_runtime(0x10)), -ERANGE);
	KT_EXPECT_EQ(kc_regmap_field_write(t_map, &t_f_mid, kt_runtime(8)), -ERANGE);
	/* Nothing reached the chip: not even the bits that would have fit. */
	KT_EXPECT_VAL(kc_i2c_smbus_read_byte_data(t_client, 0x24), 0xda);
}

static __kc_might_sleep void t_field_read_only_refused(void)
{
	/* A field the compiler cannot see: a known KC_RO one does not compile. */
	KT_EXPECT_EQ(kc_regmap_field_write(t_map, kt_runtime(&t_f_top), 0), -EPERM);
	KT_EXPECT_VAL(kc_regmap_read(t_map, 0x24), 0xda);
}

static __kc_might_sleep void t_field_enum(void)
{
	u32 speed;

	KT_EXPECT_EQ(kc_regmap_write(t_map, 0x25, 0xcf), 0);
	KT_EXPECT_EQ(kc_regmap_field_write(t_map, &t_f_speed, T_SPEED_TURBO), 0);
	KT_EXPECT_VAL(kc_regmap_read(t_map, 0x25), 0xff);
	/* 2 fits in two bits but is not a declared value. */
	KT_EXPECT_EQ(kc_regmap_field_write(t_map, &t_f_speed, 2), -EINVAL);
	KT_EXPECT_EQ(kc_regmap_field_write_named(t_map, &t_f_speed, "T_SPEED_FAST"), 0);
	KT_EXPECT_VAL(kc_regmap_read(t_map, 0x25), 0xdf);
	KT_EXPECT_EQ(kc_regmap_field_write_named(t_map, &t_f_speed, "T_SPEED_WARP"), -EINVAL);
	speed = kc_val_or(kc_regmap_field_read(t_map, &t_f_speed), 0);
	KT_EXPECT_STREQ(kc_regmap_field_value_name(&t_f_speed, speed), "T_SPEED_FAST");
	KT_EXPECT(!kc_regmap_field_value_name(&t_f_speed, 2));
}

/* --- gpio ------------------------------------------------------------------------ */

/* The line requested, or NULL: the request's error is a failure. */
static __kc_might_sleep struct kc_gpio *t_gpio(const char *function, enum kc_gpio_init init)
{
	struct kc_gpio *g = NULL;

	KT_EXPECT_EQ(kc_unwrap(g, kc_gpio_request(kc_i2c_dev(t_client), function, init)), 0);
	return g;
}

static __kc_might_sleep void t_gpio_optional_absent(void)
{
	struct kc_gpio *g = NULL;
	int err = kc_unwrap(g, kc_gpio_request_optional(kc_i2c_dev(t_client), "absent",
							 KC_GPIO_OUT_LOW));

	KT_EXPECT_EQ(err, 0);
	KT_EXPECT(!g);
	KT_EXPECT_EQ(kc_gpio_set(g, true), 0);
	KT_EXPECT_EQ(kc_gpio_set_cansleep(g, true), 0);
	KT_EXPECT_VAL(kc_gpio_value(g), 0);
}

static __kc_might_sleep void t_gpio_required_absent(void)
{
	KT_EXPECT_EQ(kc_result_err(kc_gpio_request(kc_i2c_dev(t_client), "absent",
						   KC_GPIO_OUT_LOW)), -ENOENT);
}

static __kc_might_sleep void t_gpio_non_sleeping_line(void)
{
	struct kc_gpio *g = t_gpio("fast", KC_GPIO_OUT_LOW);

	KT_EXPECT(g);
	if (!g)
		return;
	KT_EXPECT(!kc_gpio_can_sleep(g));
	KT_EXPECT_VAL(kc_gpio_value(g), 0);
	KT_EXPECT_EQ(kc_gpio_set(g, true), 0);
	KT_EXPECT_EQ(kc_result_err(kc_gpio_value(g)), 0);
	KT_EXPECT_VAL(kc_gpio_value(g), 1);
	/* The sleeping forms work on every line. */
	KT_EXPECT_EQ(kc_gpio_set_cansleep(g, false), 0);
	KT_EXPECT_VAL(kc_gpio_value_cansleep(g), 0);
	KT_EXPECT_EQ(kc_gpio_set(g, true), 0);
}

static __kc_might_sleep void t_gpio_sleeping_line(void)
{
	struct kc_gpio *g = t_gpio("slow", KC_GPIO_OUT_LOW);

	KT_EXPECT(g);
	if (!g)
		return;
	KT_EXPECT(kc_gpio_can_sleep(g));
	/* Refused, not done with a warning. */
	KT_EXPECT_EQ(kc_gpio_set(g, true), -EWOULDBLOCK);
	KT_EXPECT_EQ(kc_result_err(kc_gpio_value(g)), -EWOULDBLOCK);
	KT_EXPECT_VAL(kc_gpio_value_cansleep(g), 0);
	KT_EXPECT_EQ(kc_gpio_set_cansleep(g, true), 0);
	KT_EXPECT_EQ(kc_result_err(kc_gpio_value_cansleep(g)), 0);
	KT_EXPECT_VAL(kc_gpio_value_cansleep(g), 1);
}

static __kc_might_sleep void t_gpio_active_low(void)
{
	/* Logically active, so physically low: the sim's state shows it. */
	struct kc_gpio *g = t_gpio("inv", KC_GPIO_OUT_HIGH);

	KT_EXPECT(g);
	if (!g)
		return;
	KT_EXPECT_VAL(kc_gpio_value(g), 1);
}

/* --- debugfs: the state's files, read and written by the script ------------- */

static int t_value_show(struct kc_bus_test *t, struct kc_seq *s)
{
	kc_seq_printf(s, "%u\n", READ_ONCE(t->value));
	return 0;
}

static int t_value_store(struct kc_bus_test *t, const char *text)
{
	u32 val;

	if (kstrtou32(text, 0, &val)) {
		pr_err("kc_bus_test: value: \"%s\" is not a number\n", text);
		return -EINVAL;
	}
	if (val > 1000) {
		pr_err("kc_bus_test: value: %u is above 1000\n", val);
		return -ERANGE;
	}
	WRITE_ONCE(t->value, val);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(value, struct kc_bus_test, t_value_show, t_value_store);

static __kc_might_sleep int t_text_show(struct kc_bus_test *t, struct kc_seq *s)
{
	kc_locked(kc_bus_test_locked_text, &t->text, txt);

	kc_seq_printf(s, "[%s]\n", txt->s);
	return 0;
}

static __kc_might_sleep int t_text_store(struct kc_bus_test *t, const char *text)
{
	kc_locked(kc_bus_test_locked_text, &t->text, txt);

	strscpy(txt->s, text, sizeof(txt->s));
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(text, struct kc_bus_test, t_text_show, t_text_store);

static int t_reset_store(struct kc_bus_test *t, const char *text)
{
	WRITE_ONCE(t->value, 0);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(reset, struct kc_bus_test, NULL, t_reset_store);

/* Sleeps, then reads the state: after an unbind that did not wait, poison. */
static __kc_might_sleep int t_slow_show(struct kc_bus_test *t, struct kc_seq *s)
{
	msleep(1500);
	kc_seq_printf(s, "built 0x%08x\n", READ_ONCE(t->built));
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(slow, struct kc_bus_test, t_slow_show, NULL);

KC_DEFINE_DEBUGFS_DIR(t_debugfs, struct kc_bus_test, value, text, reset, slow);

/* --- debugfs: directories owned by a scope ---------------------------------------- */

KC_DEFINE_DEBUGFS_DIR(t_scope_debugfs, struct kc_bus_test, value);

/* Whether debugfs has NAME under PARENT (NULL: the root); raw, to see it. */
static __kc_might_sleep bool t_debugfs_exists(const char *name, struct kc_debugfs_dir *parent)
{
	struct dentry *d = debugfs_lookup(name, kc_unsafe_raw_dentry(parent));

	dput(d);
	return !IS_ERR_OR_NULL(d);
}

static __kc_might_sleep void t_debugfs_scope_removes(void)
{
	{
		struct kc_debugfs_dir *d __kc_free(kc_debugfs_dir) =
			t_scope_debugfs_create(t_state, NULL, "kc_bus_test_scope");

		KT_EXPECT(kc_debugfs_dir_present(d));
		KT_EXPECT(t_debugfs_exists("kc_bus_test_scope", NULL));
		KT_EXPECT(t_debugfs_exists("value", d));
	}
	KT_EXPECT(!t_debugfs_exists("kc_bus_test_scope", NULL));
}

static __kc_might_sleep void t_debugfs_absent_parent(void)
{
	struct kc_debugfs_dir *absent = kc_unsafe_from_dentry(ERR_PTR(-ENODEV));
	struct kc_debugfs_dir *d __kc_free(kc_debugfs_dir) =
		t_scope_debugfs_create(t_state, absent, "kc_bus_test_child");

	KT_EXPECT(!kc_debugfs_dir_present(d));
	/* Not made in the root instead. */
	KT_EXPECT(!t_debugfs_exists("kc_bus_test_child", NULL));
	kc_debugfs_dir_remove(absent);
	kc_debugfs_dir_remove(NULL);
}

static __kc_might_sleep void t_debugfs_name_taken(void)
{
	struct kc_debugfs_dir *a __kc_free(kc_debugfs_dir) =
		t_scope_debugfs_create(t_state, NULL, "kc_bus_test_twice");

	KT_EXPECT(kc_debugfs_dir_present(a));
	{
		struct kc_debugfs_dir *b __kc_free(kc_debugfs_dir) =
			t_scope_debugfs_create(t_state, NULL, "kc_bus_test_twice");

		KT_EXPECT(!kc_debugfs_dir_present(b));
	}
	/* The failed twin's release left the first alone. */
	KT_EXPECT(t_debugfs_exists("value", a));
}

/* The parameters, defined by KC_MODULE() below. */
static bool fail_probe;
static bool fail_next_state;
static bool fail_debugfs;
static bool t_state_fault_armed;

static __kc_might_sleep int kc_bus_test_probe(struct kc_i2c_client *client,
					      struct kc_bus_test *state)
{
	t_client = client;
	t_state = state;
	kc_try_val(t_map, kc_regmap_init_i2c(client, &t_regmap_config));

	kt_begin(6);
	kt_suite_begin("state", 2);
	KT_CASE(t_state_zeroed);
	KT_CASE(t_state_counted);
	kt_suite_end();

	kt_suite_begin("i2c", 6);
	KT_CASE(t_i2c_byte);
	KT_CASE(t_i2c_word);
	KT_CASE(t_i2c_block);
	KT_CASE(t_i2c_block_length_refused);
	KT_CASE(t_i2c_cmd_out_of_range_refused);
	KT_CASE(t_i2c_plain_unsupported);
	kt_suite_end();

	kt_suite_begin("regmap", 5);
	KT_CASE(t_regmap_read_write);
	KT_CASE(t_regmap_value_too_wide);
	KT_CASE(t_regmap_update_bits);
	KT_CASE(t_regmap_bulk);
	KT_CASE(t_regmap_not_writeable);
	kt_suite_end();

	kt_suite_begin("regmap_field", 4);
	KT_CASE(t_field_write_read);
	KT_CASE(t_field_out_of_range_refused);
	KT_CASE(t_field_read_only_refused);
	KT_CASE(t_field_enum);
	kt_suite_end();

	kt_suite_begin("gpio", 5);
	KT_CASE(t_gpio_optional_absent);
	KT_CASE(t_gpio_required_absent);
	KT_CASE(t_gpio_non_sleeping_line);
	KT_CASE(t_gpio_sleeping_line);
	KT_CASE(t_gpio_active_low);
	kt_suite_end();

	kt_suite_begin("debugfs", 3);
	KT_CASE(t_debugfs_scope_removes);
	KT_CASE(t_debugfs_absent_parent);
	KT_CASE(t_debugfs_name_taken);
	kt_suite_end();

	/* Bind either way: the lines stay requested until unbind, for the script. */
	kc_discard(kt_end());
	state->built = KC_BUS_TEST_BUILT;
	kc_bus_test_locked_text_init(&state->text);
	if (fail_debugfs)
		kc_alloc_fail_nth(1);
	if (!kc_debugfs_dir_present(t_debugfs_create_devm(state, kc_i2c_dev(client),
							  NULL, "kc_bus_test")))
		kc_i2c_info(client, "kc_bus_test: no debugfs directory\n");
	if (fail_next_state && !t_state_fault_armed) {
		t_state_fault_armed = true;
		kc_alloc_fail_nth(1);
	}
	if (fail_probe) {
		kc_i2c_info(client, "kc_bus_test: probe fails on purpose\n");
		return -EINVAL;
	}
	return 0;
}

KC_I2C_CALLBACK(probe, kc_bus_test_probe);

static __kc_might_sleep void kc_bus_test_remove(struct kc_i2c_client *client,
						struct kc_bus_test *state)
{
	kc_i2c_info(client, "kc_bus_test: remove: %s, %ld allocation(s) live\n",
		    state == t_state && state->built == KC_BUS_TEST_BUILT ?
		    "the state probe built" : "ANOTHER STATE", kc_alloc_live());
	state->removed = true;
}

KC_I2C_CALLBACK(remove, kc_bus_test_remove);

KC_I2C_DRIVER(kc_bus_test_driver,
	      KC_I2C_IDS({ "kc_bus_test" }),
	      KC_OF_NO_IDS,
	      .driver.name	= "kc_bus_test",
	      KC_I2C_CB(probe, kc_bus_test_probe),
	      KC_I2C_CB(remove, kc_bus_test_remove));

KC_MODULE(kc_bus_test,
	  KC_I2C_REGISTER(kc_bus_test_driver),
	  KC_PARAM_BOOL(fail_probe, false, "Make probe fail after building its state"),
	  KC_PARAM_BOOL(fail_next_state, false,
			"Make the next binding's state allocation fail"),
	  KC_PARAM_BOOL(fail_debugfs, false,
			"Make the debugfs directory's device-managed action fail"),
	  KC_DESCRIPTION("kcrate: in-kernel tests of the I2C, regmap and GPIO abstractions"),
	  KC_AUTHOR("kcrate developers"),
	  KC_LICENSE("GPL"));
