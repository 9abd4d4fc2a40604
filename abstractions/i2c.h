/* SPDX-License-Identifier: GPL-2.0 */
/*
 * I2C client drivers for kcrate.
 *
 * A driver sees a &struct kc_i2c_client, a handle that is declared and never
 * defined, so it cannot reach into the kernel's struct i2c_client. Only
 * this header converts between the two (the same pointer: no cost). SMBus
 * and plain transfers return results that keep the value apart from the
 * errno; a short plain transfer is an error (-EIO), never a silent partial
 * read. The driver descriptor is the kernel's struct i2c_driver; its
 * callback slots are filled with compile-time trampolines (KC_I2C_CALLBACK())
 * that hide the probe and remove signature changes between kernels
 * (helpers/i2c.h).
 *
 * Everything here is static inline.
 */
#ifndef KC_ABSTRACTIONS_I2C_H
#define KC_ABSTRACTIONS_I2C_H

#include <linux/device.h>
#include <linux/i2c.h>
#include <linux/mod_devicetable.h>
#include <linux/pm.h>
#include <linux/module.h>

#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/check.h>
#include <core/device_table.h>
#include <core/handle.h>
#include <core/state.h>
#include <core/vtable.h>
#include <helpers/i2c.h>

/**
 * DOC: I2C handle lifetime and context
 *
 * ``struct kc_i2c_client`` is the opaque handle to an I2C client device (one
 * chip at one address on one adapter). The I2C core owns it; it is lent to
 * the driver's probe and stays valid until the driver's remove has
 * returned, so a driver may keep it in its state for that long. Every
 * callback runs in process context without a lock of the I2C core held;
 * every transfer may sleep (it takes the adapter's bus lock).
 *
 * ``struct kc_device`` is the opaque handle to the generic device behind a
 * client, what the device-bound abstractions (regmap, gpio, regulator)
 * take. It lives as long as the client.
 */
KC_DEFINE_HANDLE(kc_i2c_client, struct i2c_client, i2c_client);

/**
 * kc_i2c_dev() - the generic device of a client
 * @client: the client
 *
 * Return: the device handle, valid as long as @client.
 */
static inline struct kc_device *kc_i2c_dev(struct kc_i2c_client *client)
{
	return kc_unsafe_from_device(&kc_unsafe_raw_i2c_client(client)->dev);
}

/**
 * kc_i2c_addr() - the client's 7-bit (or 10-bit) address
 * @client: the client
 *
 * Return: the address.
 */
static inline u16 kc_i2c_addr(struct kc_i2c_client *client)
{
	return kc_unsafe_raw_i2c_client(client)->addr;
}

/**
 * kc_i2c_name() - the client's device type name, e.g. "ncv6336"
 * @client: the client
 *
 * Return: the name the client was instantiated with.
 */
static inline const char *kc_i2c_name(struct kc_i2c_client *client)
{
	return kc_unsafe_raw_i2c_client(client)->name;
}

/**
 * kc_i2c_info() - log an informational message for a client
 * @client: the client
 * @fmt: printf format, followed by its arguments
 */
#define kc_i2c_info(client, fmt, ...)					\
	dev_info(&kc_unsafe_raw_i2c_client(client)->dev, fmt, ##__VA_ARGS__)

/**
 * kc_i2c_err_probe() - log why probe fails and return the error
 * @client: the client
 * @err: the negative errno probe returns
 * @fmt: printf format, followed by its arguments
 *
 * Like dev_err_probe(): silent for -EPROBE_DEFER (the reason is recorded
 * for debugfs' devices_deferred instead), and the message carries the
 * error's name.
 *
 * Return: @err.
 */
#define kc_i2c_err_probe(client, err, fmt, ...)				\
	dev_err_probe(&kc_unsafe_raw_i2c_client(client)->dev, err, fmt, ##__VA_ARGS__)

/* --- SMBus transfers (may sleep) ------------------------------------------- */

/*
 * An SMBus command is one byte. The calls take it wider so that a command
 * computed past 0xff (a base plus an index) is refused, not wrapped to
 * another register: at build time when the compiler knows it, -EINVAL
 * otherwise.
 */
#define __kc_i2c_cmd_check(fn, cmd)					\
	kc_check_const((cmd) > 0xff, fn "(): cmd is 0 to 255 (one byte)")

/* The run-time half: -EINVAL, and a log line that says which command. */
static noinline __cold int __kc_i2c_cmd_refused(struct kc_i2c_client *client, unsigned int cmd)
{
	dev_err(&kc_unsafe_raw_i2c_client(client)->dev,
		"SMBus command 0x%x refused: a command is one byte\n", cmd);
	return -EINVAL;
}

/*
 * A transfer's length beyond its buffer reads or writes past it: refused
 * at build time when the compiler knows both (so the calls are always
 * inlined, to see the caller's buffer); otherwise nothing can tell.
 */
#define __kc_i2c_buf_check(fn, buf, len)				\
	kc_check_const((len) > __builtin_object_size(buf, 0),		\
		       fn "(): the length is larger than the buffer")

/**
 * kc_i2c_smbus_read_byte_data() - SMBus "read byte data": one register
 * @client: the client
 * @cmd: the command (register) byte, 0 to 255; above is refused (-EINVAL)
 *
 * May sleep.
 *
 * Return: the byte, or the adapter's error (-ENXIO when the chip does not
 * answer, -EOPNOTSUPP when the adapter cannot do this transfer, ...).
 */
static __always_inline __kc_might_sleep __must_check struct kc_result_u8
kc_i2c_smbus_read_byte_data(struct kc_i2c_client *client, unsigned int cmd)
{
	s32 ret;

	__kc_i2c_cmd_check("kc_i2c_smbus_read_byte_data", cmd);
	if (cmd > 0xff)
		return KC_ERR(struct kc_result_u8, __kc_i2c_cmd_refused(client, cmd));
	ret = i2c_smbus_read_byte_data(kc_unsafe_raw_i2c_client(client), cmd);

	return ret < 0 ? KC_ERR(struct kc_result_u8, ret) : KC_OK(struct kc_result_u8, ret);
}

/**
 * kc_i2c_smbus_write_byte_data() - SMBus "write byte data": one register
 * @client: the client
 * @cmd: the command (register) byte, 0 to 255; above is refused (-EINVAL)
 * @val: the value
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_i2c_smbus_write_byte_data(struct kc_i2c_client *client, unsigned int cmd, u8 val)
{
	__kc_i2c_cmd_check("kc_i2c_smbus_write_byte_data", cmd);
	if (cmd > 0xff)
		return __kc_i2c_cmd_refused(client, cmd);
	return i2c_smbus_write_byte_data(kc_unsafe_raw_i2c_client(client), cmd, val);
}

/**
 * kc_i2c_smbus_read_word_data() - SMBus "read word data" (little endian)
 * @client: the client
 * @cmd: the command (register) byte, 0 to 255; above is refused (-EINVAL)
 *
 * May sleep.
 *
 * Return: the word or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check struct kc_result_u16
kc_i2c_smbus_read_word_data(struct kc_i2c_client *client, unsigned int cmd)
{
	s32 ret;

	__kc_i2c_cmd_check("kc_i2c_smbus_read_word_data", cmd);
	if (cmd > 0xff)
		return KC_ERR(struct kc_result_u16, __kc_i2c_cmd_refused(client, cmd));
	ret = i2c_smbus_read_word_data(kc_unsafe_raw_i2c_client(client), cmd);

	return ret < 0 ? KC_ERR(struct kc_result_u16, ret) : KC_OK(struct kc_result_u16, ret);
}

/**
 * kc_i2c_smbus_write_word_data() - SMBus "write word data" (little endian)
 * @client: the client
 * @cmd: the command (register) byte, 0 to 255; above is refused (-EINVAL)
 * @val: the word
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_i2c_smbus_write_word_data(struct kc_i2c_client *client, unsigned int cmd, u16 val)
{
	__kc_i2c_cmd_check("kc_i2c_smbus_write_word_data", cmd);
	if (cmd > 0xff)
		return __kc_i2c_cmd_refused(client, cmd);
	return i2c_smbus_write_word_data(kc_unsafe_raw_i2c_client(client), cmd, val);
}

/**
 * kc_i2c_smbus_read_block() - read @len bytes from consecutive registers
 * @client: the client
 * @cmd: the first register, 0 to 255
 * @buf: where the bytes go
 * @len: how many bytes, 1 to I2C_SMBUS_BLOCK_MAX (32)
 *
 * An "I2C block read" (the adapter sends the length, not the chip). A
 * length out of range is refused (-EINVAL) and a short read is an error
 * (-EIO): on success all @len bytes are valid. A constant length out of
 * range, or larger than a buffer whose size the compiler knows, does not
 * compile.
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_i2c_smbus_read_block(struct kc_i2c_client *client, unsigned int cmd, u8 *buf,
			size_t len)
{
	s32 ret;

	__kc_i2c_cmd_check("kc_i2c_smbus_read_block", cmd);
	kc_check_const(len == 0 || len > I2C_SMBUS_BLOCK_MAX,
		       "kc_i2c_smbus_read_block(): the length is 1 to 32");
	__kc_i2c_buf_check("kc_i2c_smbus_read_block", buf, len);

	if (cmd > 0xff)
		return __kc_i2c_cmd_refused(client, cmd);
	if (len == 0 || len > I2C_SMBUS_BLOCK_MAX)
		return -EINVAL;
	ret = i2c_smbus_read_i2c_block_data(kc_unsafe_raw_i2c_client(client), cmd, len, buf);
	if (ret < 0)
		return ret;
	return (size_t)ret == len ? 0 : -EIO;
}

/**
 * kc_i2c_smbus_write_block() - write @len bytes to consecutive registers
 * @client: the client
 * @cmd: the first register, 0 to 255
 * @buf: the bytes
 * @len: how many bytes, 1 to I2C_SMBUS_BLOCK_MAX (32)
 *
 * An "I2C block write". A length out of range is refused (-EINVAL); a
 * constant one, or one larger than a buffer whose size the compiler knows,
 * does not compile.
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_i2c_smbus_write_block(struct kc_i2c_client *client, unsigned int cmd, const u8 *buf,
			 size_t len)
{
	__kc_i2c_cmd_check("kc_i2c_smbus_write_block", cmd);
	kc_check_const(len == 0 || len > I2C_SMBUS_BLOCK_MAX,
		       "kc_i2c_smbus_write_block(): the length is 1 to 32");
	__kc_i2c_buf_check("kc_i2c_smbus_write_block", buf, len);
	if (cmd > 0xff)
		return __kc_i2c_cmd_refused(client, cmd);
	if (len == 0 || len > I2C_SMBUS_BLOCK_MAX)
		return -EINVAL;
	return i2c_smbus_write_i2c_block_data(kc_unsafe_raw_i2c_client(client), cmd, len, buf);
}

/* --- plain I2C transfers (may sleep) --------------------------------------- */

/**
 * kc_i2c_send() - a plain write transfer of @len bytes
 * @client: the client
 * @buf: the bytes
 * @len: how many, at most 65535
 *
 * A short transfer is an error (-EIO). A length larger than a buffer whose
 * size the compiler knows does not compile.
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_i2c_send(struct kc_i2c_client *client, const u8 *buf, size_t len)
{
	int ret;

	__kc_i2c_buf_check("kc_i2c_send", buf, len);
	if (len > U16_MAX)
		return -EINVAL;
	ret = i2c_master_send(kc_unsafe_raw_i2c_client(client), buf, len);
	if (ret < 0)
		return ret;
	return (size_t)ret == len ? 0 : -EIO;
}

/**
 * kc_i2c_recv() - a plain read transfer of @len bytes
 * @client: the client
 * @buf: where the bytes go
 * @len: how many, at most 65535
 *
 * A short transfer is an error (-EIO). A length larger than a buffer whose
 * size the compiler knows does not compile.
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_i2c_recv(struct kc_i2c_client *client, u8 *buf, size_t len)
{
	int ret;

	__kc_i2c_buf_check("kc_i2c_recv", buf, len);
	if (len > U16_MAX)
		return -EINVAL;
	ret = i2c_master_recv(kc_unsafe_raw_i2c_client(client), buf, len);
	if (ret < 0)
		return ret;
	return (size_t)ret == len ? 0 : -EIO;
}

/**
 * kc_i2c_write_then_read() - a write and a read joined by a repeated start
 * @client: the client
 * @wbuf: the bytes to write (typically a register address)
 * @wlen: how many, at most 65535
 * @rbuf: where the bytes read go
 * @rlen: how many, at most 65535
 *
 * Both messages go in one i2c_transfer(), so no other master can come in
 * between. Fewer than two completed messages is an error (-EIO). A length
 * larger than a buffer whose size the compiler knows does not compile.
 *
 * May sleep.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_i2c_write_then_read(struct kc_i2c_client *client, const u8 *wbuf, size_t wlen,
		       u8 *rbuf, size_t rlen)
{
	struct i2c_client *c = kc_unsafe_raw_i2c_client(client);
	struct i2c_msg msgs[2] = {
		{ .addr = c->addr, .flags = c->flags & I2C_M_TEN,
		  .len = wlen, .buf = (u8 *)wbuf },
		{ .addr = c->addr, .flags = (c->flags & I2C_M_TEN) | I2C_M_RD,
		  .len = rlen, .buf = rbuf },
	};
	int ret;

	__kc_i2c_buf_check("kc_i2c_write_then_read", wbuf, wlen);
	__kc_i2c_buf_check("kc_i2c_write_then_read", rbuf, rlen);
	if (wlen > U16_MAX || rlen > U16_MAX)
		return -EINVAL;
	ret = i2c_transfer(c->adapter, msgs, ARRAY_SIZE(msgs));
	if (ret < 0)
		return ret;
	return ret == ARRAY_SIZE(msgs) ? 0 : -EIO;
}

/* --- driver descriptors ------------------------------------------------------ */

/**
 * DOC: I2C driver descriptors
 *
 * A driver declares its descriptor with KC_I2C_DRIVER(), its id tables
 * first and then the kernel's own field names, and registers it with KC_I2C_REGISTER() as a
 * KC_MODULE() item. A callback slot it leaves out stays NULL and the I2C
 * core's default applies (no remove: nothing to undo beyond the devm
 * resources; no shutdown: nothing is done). A callback takes a
 * &struct kc_i2c_client; KC_I2C_CALLBACK(slot, fn), written once after the
 * function, checks that it has the slot's exact type and generates the
 * trampoline with the kernel's signature for that slot (core/vtable.h: no
 * function-pointer cast, so kCFI holds); the descriptor's entry is
 * KC_I2C_CB(slot, fn), ``.slot = <the trampoline>``, so a callback cannot
 * land in another slot. The probe entry is KC_I2C_CB(probe, fn) too, and
 * picks the right field for the kernel at hand (probe or probe_new).
 *
 * The driver's per-device state (core/state.h) is allocated, zeroed, before
 * probe and handed to it to construct; remove, shutdown and the
 * power-management callbacks get the same object, typed.
 *
 * Example::
 *
 *	struct foo {
 *		u8 revision;
 *	};
 *	KC_DEVICE_STATE(struct foo);
 *
 *	static __kc_might_sleep int foo_probe(struct kc_i2c_client *client,
 *					     struct foo *foo)
 *	{
 *		kc_try_val(foo->revision, kc_i2c_smbus_read_byte_data(client, 0x00));
 *		return 0;
 *	}
 *	KC_I2C_CALLBACK(probe, foo_probe);
 *
 *	static void foo_remove(struct kc_i2c_client *client, struct foo *foo)
 *	{
 *		kc_i2c_info(client, "revision %u unbound\n", foo->revision);
 *	}
 *	KC_I2C_CALLBACK(remove, foo_remove);
 *
 *	KC_I2C_DRIVER(foo_driver,
 *		      KC_I2C_IDS({ "foo" }),
 *		      KC_OF_IDS({ .compatible = "acme,foo" }),
 *		      .driver.name = "foo",
 *		      KC_I2C_CB(probe, foo_probe),
 *		      KC_I2C_CB(remove, foo_remove));
 *	KC_MODULE(foo, KC_I2C_REGISTER(foo_driver), KC_LICENSE("GPL"));
 *
 * Signatures by slot: ``int fn(struct kc_i2c_client *, kc_device_state_t *)``
 * for probe; ``void fn(struct kc_i2c_client *, kc_device_state_t *)`` for
 * remove and shutdown.
 */

/* The client's state, typed by the driver's file (core/state.h). */
#define __kc_i2c_state(client)	((kc_device_state_t *)i2c_get_clientdata(client))
#define __kc_i2c_handle_and_state(client)				\
	kc_unsafe_from_i2c_client(client), __kc_i2c_state(client)

/* The slots of kc_i2c_ops: the driver's signature, and its trampoline. */
#define __kc_i2c_ops_probe_SIG						\
	int, (struct kc_i2c_client *client, kc_device_state_t *state)
#define __kc_i2c_ops_probe_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep int tramp(struct i2c_client *client)	\
	{								\
		return __kc_state_probe(&client->dev, client->dev.driver_data, \
					fn, kc_unsafe_from_i2c_client(client));	\
	}
/*
 * remove returns void or int by kernel: helpers/i2c.h makes that
 * trampoline (named after fn), and tramp is an alias of it. Declared first,
 * with the slot's type, to give it the slot's context.
 */
#define __kc_i2c_ops_remove_SIG						\
	void, (struct kc_i2c_client *client, kc_device_state_t *state)
#define __kc_i2c_ops_remove_TRAMPOLINE(tramp, fn)				\
	static __kc_might_sleep typeof(*((struct i2c_driver *)NULL)->remove) \
		fn##__kc_i2c_cb;					\
	KC_HELPER_I2C_REMOVE_TRAMPOLINE(fn, __kc_i2c_handle_and_state)	\
	static typeof(fn##__kc_i2c_cb) tramp __alias(fn##__kc_i2c_cb);
#define __kc_i2c_ops_shutdown_SIG					\
	void, (struct kc_i2c_client *client, kc_device_state_t *state)
#define __kc_i2c_ops_shutdown_TRAMPOLINE(tramp, fn)			\
	static __kc_might_sleep void tramp(struct i2c_client *client)	\
	{								\
		fn(__kc_i2c_handle_and_state(client));			\
	}

/**
 * KC_I2C_CALLBACK() - check a callback against its slot, make its trampoline
 * @slot: probe, remove or shutdown
 * @fn: the driver's callback: ``int fn(struct kc_i2c_client *,
 *      kc_device_state_t *)`` for probe, the same returning void for remove
 *      and shutdown
 */
#define KC_I2C_CALLBACK(slot, fn)	KC_VTABLE_CALLBACK(kc_i2c_ops, slot, fn)

/* The descriptor's field of each slot: probe's name depends on the kernel. */
#define __KC_I2C_FIELD_probe		KC_HELPER_I2C_PROBE_SLOT
#define __KC_I2C_FIELD_remove		remove
#define __KC_I2C_FIELD_shutdown		shutdown

/**
 * KC_I2C_CB() - a descriptor entry: ``.slot = <the trampoline of fn>``
 * @slot: probe, remove or shutdown, as given to KC_I2C_CALLBACK()
 * @fn: the driver's callback
 */
#define KC_I2C_CB(slot, fn)						\
	.__KC_I2C_FIELD_##slot = __KC_VTABLE_TRAMPOLINE(kc_i2c_ops, slot, fn)

/**
 * DOC: I2C power management
 *
 * KC_I2C_PM_LATE() declares a driver's system sleep callbacks, run in the
 * late phase: suspend after every device's own .suspend has run (the
 * client's children included, e.g. a regulator it registered, whose
 * suspend state the regulator core programs then), resume before any
 * device's .resume. Both take the client and its state (core/state.h) and
 * may sleep; an error from
 * suspend aborts the system suspend. The descriptor points at it with
 * ``.driver.pm = &name``.
 */

/*
 * The late sleep callbacks are the slots of kc_i2c_pm (struct dev_pm_ops),
 * checked as every other callback is.
 */
#define __KC_I2C_PM_SIG							\
	int, (struct kc_i2c_client *client, kc_device_state_t *state)
#define __KC_I2C_PM_TRAMPOLINE(tramp, fn)				\
	static __kc_might_sleep int tramp(struct device *dev)		\
	{								\
		return fn(__kc_i2c_handle_and_state(to_i2c_client(dev))); \
	}
#define __kc_i2c_pm_suspend_late_SIG		__KC_I2C_PM_SIG
#define __kc_i2c_pm_suspend_late_TRAMPOLINE	__KC_I2C_PM_TRAMPOLINE
#define __kc_i2c_pm_resume_early_SIG		__KC_I2C_PM_SIG
#define __kc_i2c_pm_resume_early_TRAMPOLINE	__KC_I2C_PM_TRAMPOLINE

/**
 * KC_I2C_PM_LATE() - declare late system sleep callbacks
 * @name: the &struct dev_pm_ops to declare
 * @suspend: ``int fn(struct kc_i2c_client *, kc_device_state_t *)``, called
 *           at suspend_late
 * @resume: the same type, called at resume_early
 *
 * Refused at build time when either does not have that exact type.
 */
#define KC_I2C_PM_LATE(name, suspend, resume)				\
	KC_VTABLE_CALLBACK(kc_i2c_pm, suspend_late, suspend);		\
	KC_VTABLE_CALLBACK(kc_i2c_pm, resume_early, resume);		\
	static const struct dev_pm_ops name = {				\
		KC_VTABLE_ENTRY(kc_i2c_pm, suspend_late, suspend),	\
		KC_VTABLE_ENTRY(kc_i2c_pm, resume_early, resume),	\
	}

/**
 * KC_I2C_DRIVER() - declare an I2C driver descriptor with the id tables it
 * matches and autoloads by
 * @name: the descriptor's name, for KC_I2C_REGISTER()
 * @ids: KC_I2C_IDS(entries) or KC_I2C_NO_IDS
 * @of_ids: KC_OF_IDS(entries) or KC_OF_NO_IDS
 * @...: struct i2c_driver's fields (``.driver.name = "chip"``) and
 *       KC_I2C_CB() entries
 *
 * The tables are made here and set in ``.id_table`` and
 * ``.driver.of_match_table``, each with its MODULE_DEVICE_TABLE()
 * (core/device_table.h): a table cannot be declared and left out of its
 * driver, or the reverse. Giving either field again by hand, or
 * ``.driver = { ... }`` whole, is refused (-Werror=override-init), and so
 * is a driver with neither table, which nothing would ever bind.
 */
#define KC_I2C_DRIVER(name, ids, of_ids, ...)				\
	__KC_ID_TABLE(name, ids);					\
	__KC_ID_TABLE(name, of_ids);					\
	static_assert(__KC_ID_TABLE_GIVEN(ids) || __KC_ID_TABLE_GIVEN(of_ids), \
		      "an I2C driver needs KC_I2C_IDS() or KC_OF_IDS()"); \
	static struct i2c_driver name = {				\
		.id_table = __KC_ID_TABLE_PTR(name, ids),		\
		.driver.of_match_table = __KC_ID_TABLE_PTR(name, of_ids), \
		__VA_ARGS__						\
	}

/**
 * KC_I2C_IDS() - KC_I2C_DRIVER()'s I2C id table, with its module aliases
 * @...: entries ``{ "chip" }`` or ``{ "chip", data }``; the terminator is
 *       added
 *
 * The table matches clients instantiated by name (board code, the
 * new_device file of an adapter) and makes the module autoload for them.
 * KC_OF_IDS() (core/device_table.h) is the devicetree one.
 */
#define KC_I2C_IDS(...)		(1, i2c_device_id, i2c, __kc_i2c_ids, __VA_ARGS__)

/* KC_I2C_DRIVER()'s argument for a driver without an I2C id table. */
#define KC_I2C_NO_IDS		(0)

/* module_i2c_driver() ends with its own ';' (module_exit()). */
#define __KC_ITEM_I2C_DRIVER(name)	module_i2c_driver(name)

/**
 * KC_I2C_REGISTER() - KC_MODULE() item: the module registers an I2C
 * driver at load and unregisters it at unload
 * @name: the descriptor declared with KC_I2C_DRIVER()
 *
 * Takes the place of KC_STATE(): the I2C core owns the driver's lifetime.
 */
#define KC_I2C_REGISTER(name)		(__KC_ITEM_I2C_DRIVER, name)

/**
 * kc_i2c_driver_implements() - whether a descriptor fills a slot
 * @drv: the descriptor
 * @slot: probe, remove or shutdown
 *
 * Return: true if the driver implements @slot (a constant for a descriptor
 * the compiler can see).
 */
#define kc_i2c_driver_implements(drv, slot)	(!!(drv).__KC_I2C_FIELD_##slot)

#endif /* KC_ABSTRACTIONS_I2C_H */
