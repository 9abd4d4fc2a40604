/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Register maps for kcrate drivers.
 *
 * A driver describes its chip's register map once, in a config descriptor
 * (KC_REGMAP_CONFIG(): register and value widths, highest register, cache,
 * readable/writeable/volatile tables), gets a map bound to the device's
 * lifetime (kc_regmap_init_i2c()), and reaches it through an opaque
 * &struct kc_regmap handle. Register fields are declared once
 * (KC_REGMAP_FIELD(), KC_REGMAP_FIELD_ENUM(): register, msb, lsb,
 * read-only or read-write, named values) and read or written by name; a
 * value that does not fit the field, or is not one of its named values, is
 * refused, never truncated into the neighbouring bits.
 *
 * Everything here is static inline over the kernel's regmap.
 */
#ifndef KC_ABSTRACTIONS_REGMAP_H
#define KC_ABSTRACTIONS_REGMAP_H

#include <linux/bits.h>
#include <linux/build_bug.h>
#include <linux/kernel.h>
#include <linux/regmap.h>
#include <linux/string.h>

#include <abstractions/i2c.h>
#include <core/context.h>
#include <core/device.h>
#include <core/error.h>
#include <core/check.h>
#include <core/handle.h>
#include <core/pp.h>

/**
 * DOC: regmap handle lifetime and context
 *
 * ``struct kc_regmap`` is the opaque handle to a register map. A map made
 * by kc_regmap_init_i2c() belongs to the device (devm): it lives until the
 * driver is unbound, after remove has returned, and is freed then without
 * the driver's help. Every access takes the map's own lock (a mutex for
 * I2C maps) and may sleep; no access may be made from atomic context. The
 * cache, when the config asks for one, is kept by the map: registers that
 * change behind the driver's back must be in the volatile table.
 */
KC_DEFINE_HANDLE(kc_regmap, struct regmap, regmap);
/* struct kc_result_regmap - a map or an error, what a constructor returns */
KC_DEFINE_RESULT(kc_result_regmap, struct kc_regmap *);

/* --- config descriptors ---------------------------------------------------- */

/* Cache types for the .cache_type of a KC_REGMAP_CONFIG(). */
#define KC_REGCACHE_NONE	REGCACHE_NONE	/* every read goes to the chip */
#define KC_REGCACHE_RBTREE	REGCACHE_RBTREE	/* a sparse cache, register blocks */
#define KC_REGCACHE_FLAT	REGCACHE_FLAT	/* an array up to max_register */

/**
 * KC_REGMAP_CONFIG() - declare a register map config descriptor
 * @name: the descriptor's name
 *
 * Followed by ``= { ... };`` with struct regmap_config's field names:
 * ``.reg_bits``, ``.val_bits``, ``.max_register``, ``.cache_type``
 * (KC_REGCACHE_NONE, _RBTREE or _FLAT), ``.rd_table``, ``.wr_table``,
 * ``.volatile_table`` (tables from KC_REGMAP_TABLE()). Fields left out
 * keep regmap's defaults (every register up to max_register readable and
 * writeable, none volatile).
 */
#define KC_REGMAP_CONFIG(name)		static const struct regmap_config name

/**
 * KC_REGMAP_RANGE() - a range of registers, for KC_REGMAP_TABLE()
 * @lo: the first register
 * @hi: the last register (inclusive)
 */
#define KC_REGMAP_RANGE(lo, hi)		regmap_reg_range(lo, hi)

/**
 * KC_REGMAP_TABLE() - declare an access table (the registers it lists)
 * @name: the table's name, for ``.rd_table = &name`` and friends
 * @...: KC_REGMAP_RANGE() entries
 */
#define KC_REGMAP_TABLE(name, ...)					\
	static const struct regmap_access_table name = {		\
		.yes_ranges = (const struct regmap_range[]){ __VA_ARGS__ }, \
		.n_yes_ranges = ARRAY_SIZE(((const struct regmap_range[]){ __VA_ARGS__ })), \
	}

/**
 * kc_regmap_init_i2c() - a register map over an I2C client, bound to it
 * @client: the client; the map lives until its driver is unbound
 * @config: the descriptor (KC_REGMAP_CONFIG()); must outlive the map
 *
 * May sleep. Nothing is read from the chip here.
 *
 * Return: the map, or an error (-ENOMEM, -EINVAL for a config the adapter
 * cannot serve). Unwrap with kc_try_val().
 */
static inline __kc_might_sleep __must_check struct kc_result_regmap
kc_regmap_init_i2c(struct kc_i2c_client *client, const struct regmap_config *config)
{
	struct i2c_client *raw = kc_unsafe_raw_i2c_client(client);

	return __kc_result_from_ptr(struct kc_result_regmap,
				    kc_unsafe_from_regmap(devm_regmap_init_i2c(raw, config)));
}

/* --- register access (may sleep) ------------------------------------------ */

/**
 * kc_regmap_read() - read a register (from the cache when it holds it)
 * @map: the map
 * @reg: the register
 *
 * Return: the value, or -EIO for a register the config says is not
 * readable, or the bus error.
 */
static inline __kc_might_sleep __must_check struct kc_result_u32
kc_regmap_read(struct kc_regmap *map,
	       unsigned int reg)
{
	unsigned int val;
	int ret = regmap_read(kc_unsafe_raw_regmap(map), reg, &val);

	return ret < 0 ? KC_ERR(struct kc_result_u32, ret) : KC_OK(struct kc_result_u32, val);
}

/**
 * kc_regmap_write() - write a register
 * @map: the map
 * @reg: the register
 * @val: the value; must fit the config's val_bits
 *
 * A value wider than the register is refused (-ERANGE), not truncated.
 *
 * Return: 0, -ERANGE, -EIO for a register that is not writeable, or the
 * bus error.
 */
static inline __kc_might_sleep __must_check int
kc_regmap_write(struct kc_regmap *map, unsigned int reg,
		unsigned int val)
{
	int bits = regmap_get_val_bytes(kc_unsafe_raw_regmap(map)) * 8;

	if (bits > 0 && bits < 32 && val >> bits)
		return -ERANGE;
	return regmap_write(kc_unsafe_raw_regmap(map), reg, val);
}

/**
 * kc_regmap_update_bits() - read-modify-write a register under the map's lock
 * @map: the map
 * @reg: the register
 * @mask: the bits to change
 * @val: their new values; bits outside @mask are refused (-EINVAL)
 *
 * Constants with bits of @val outside @mask (mask and value swapped) do not
 * compile.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_regmap_update_bits(struct kc_regmap *map, unsigned int reg,
		      unsigned int mask, unsigned int val)
{
	kc_check_const(val & ~mask,
		       "kc_regmap_update_bits(): the value has bits outside the mask");
	if (val & ~mask)
		return -EINVAL;
	return regmap_update_bits(kc_unsafe_raw_regmap(map), reg, mask, val);
}

/*
 * Each register takes at least a byte of the buffer, whatever the map's
 * value size: a count larger than the buffer's size in bytes overruns it
 * on every map. The map's value size is known at run time only, so that is
 * the bound the compiler can check (on a buffer whose size it knows).
 */
#define __kc_regmap_bulk_check(fn, buf, count)				\
	kc_check_const((count) > __builtin_object_size(buf, 0),		\
		       fn "(): the count is larger than the buffer")

/**
 * kc_regmap_bulk_read() - read consecutive registers
 * @map: the map
 * @reg: the first register
 * @buf: @count values, each of the map's value size (u8 for 8-bit values)
 * @count: how many registers
 *
 * A count larger than a buffer whose size the compiler knows does not
 * compile.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_regmap_bulk_read(struct kc_regmap *map, unsigned int reg,
		    void *buf, size_t count)
{
	__kc_regmap_bulk_check("kc_regmap_bulk_read", buf, count);
	return regmap_bulk_read(kc_unsafe_raw_regmap(map), reg, buf, count);
}

/**
 * kc_regmap_bulk_write() - write consecutive registers
 * @map: the map
 * @reg: the first register
 * @buf: @count values, each of the map's value size (u8 for 8-bit values)
 * @count: how many registers
 *
 * A count larger than a buffer whose size the compiler knows does not
 * compile.
 *
 * Return: 0 or a negative errno.
 */
static __always_inline __kc_might_sleep __must_check int
kc_regmap_bulk_write(struct kc_regmap *map, unsigned int reg,
		     const void *buf, size_t count)
{
	__kc_regmap_bulk_check("kc_regmap_bulk_write", buf, count);
	return regmap_bulk_write(kc_unsafe_raw_regmap(map), reg, buf, count);
}

/* --- register fields ---------------------------------------------------------- */

/**
 * enum kc_regmap_access - what a driver may do with a field
 * @KC_RO: read only: writes are refused with -EPERM
 * @KC_RW: read and write
 */
enum kc_regmap_access {
	KC_RO,
	KC_RW,
};

/**
 * struct kc_regmap_field_value - a named value of an enumerated field
 * @name: the value's name (the identifier given to KC_REGMAP_VALUE())
 * @val: the value, in field units (not shifted)
 */
struct kc_regmap_field_value {
	const char *name;
	u32 val;
};

/**
 * struct kc_regmap_field - a register field, declared once
 * @__kc_field_name: the field's name, for messages
 * @__kc_field_reg: the register that holds it
 * @__kc_field_mask: its bits in the register
 * @__kc_field_lsb: its lowest bit
 * @__kc_field_access: KC_RO or KC_RW
 * @__kc_field_values: for an enumerated field, its named values; NULL
 *                     otherwise
 * @__kc_field_n_values: how many values
 *
 * Declared by KC_REGMAP_FIELD() or KC_REGMAP_FIELD_ENUM(), never by hand:
 * the members are private (poisoned at the end of this header), so a
 * field cannot be built with designated initialisers or copied and edited
 * (a KC_RO field turned KC_RW, a mask that disagrees with its lsb), which
 * would pass around the checks of the declaration and of
 * kc_regmap_field_write(); and the type is sealed (core/check.h), so a
 * positional initialiser does not compile either.
 */
struct kc_regmap_field {
	const char *__kc_field_name;
	unsigned int __kc_field_reg;
	u32 __kc_field_mask;
	u8 __kc_field_lsb;
	enum kc_regmap_access __kc_field_access;
	const struct kc_regmap_field_value *__kc_field_values;
	unsigned int __kc_field_n_values;
} __kc_sealed;

/**
 * KC_REGMAP_FIELD() - declare a register field
 * @id: the field's identifier (a const &struct kc_regmap_field of that
 *      name is declared, to pass as ``&id``)
 * @r: the register
 * @hi: the field's highest bit (msb)
 * @lo: the field's lowest bit (lsb)
 * @acc: KC_RO or KC_RW
 *
 * Also gives the constants KC_FIELD_REG(id) and KC_FIELD_MASK(id), for
 * descriptors that need the register and mask as constant expressions
 * (a regulator's vsel_reg/vsel_mask), so that nothing is written twice.
 * msb < lsb or msb > 31 does not compile.
 */
#define KC_REGMAP_FIELD(id, r, hi, lo, acc)			\
	enum { id##__kc_reg = (r), id##__kc_msb = (hi), id##__kc_lsb = (lo) }; \
	static_assert(id##__kc_msb >= id##__kc_lsb && id##__kc_msb < 32, \
		      #id ": a field needs 31 >= msb >= lsb");		\
	static const struct kc_regmap_field id __maybe_unused = {	\
		.__kc_field_name = #id,					\
		.__kc_field_reg = id##__kc_reg,				\
		.__kc_field_mask = GENMASK(id##__kc_msb, id##__kc_lsb),	\
		.__kc_field_lsb = id##__kc_lsb,				\
		.__kc_field_access = (acc),				\
	}

/**
 * KC_REGMAP_VALUE() - a named value of an enumerated field
 * @v: an enumerator (or macro) whose name is the value's name
 *
 * Only as an argument of KC_REGMAP_FIELD_ENUM(): a (name, value) pair.
 */
#define KC_REGMAP_VALUE(v)	(#v, v)

/*
 * The values' entries, and a check of each: the values are constants, so
 * one that does not fit the field is refused where the field is declared,
 * rather than by every write of it at run time (a negative one converts
 * to a huge one, refused too). @w is the field's msb - lsb.
 */
#define __KC_REGMAP_VALUE_ENTRY(c, nv)	__KC_REGMAP_VALUE_ENTRY_(KC_PP_UNPAREN nv)
#define __KC_REGMAP_VALUE_ENTRY_(...)	__KC_REGMAP_VALUE_ENTRY__(__VA_ARGS__)
#define __KC_REGMAP_VALUE_ENTRY__(n, v)	{ .name = n, .val = (v) },
#define __KC_REGMAP_VALUE_FITS(w, nv)	__KC_REGMAP_VALUE_FITS_(w, KC_PP_UNPAREN nv)
#define __KC_REGMAP_VALUE_FITS_(...)	__KC_REGMAP_VALUE_FITS__(__VA_ARGS__)
#define __KC_REGMAP_VALUE_FITS__(w, n, v)				\
	kc_assert_zero((unsigned long long)(v) <= GENMASK_ULL(w, 0),	\
		       "KC_REGMAP_FIELD_ENUM(): " n " is wider than the field"),

/**
 * KC_REGMAP_FIELD_ENUM() - declare an enumerated register field
 * @id: the field's identifier, as for KC_REGMAP_FIELD()
 * @r: the register
 * @hi: the field's highest bit (msb)
 * @lo: the field's lowest bit (lsb)
 * @acc: KC_RO or KC_RW
 * @...: its values, 1 to 64 KC_REGMAP_VALUE() entries; writing any other
 *       value is refused with -EINVAL. A value wider than the field does
 *       not compile.
 */
#define KC_REGMAP_FIELD_ENUM(id, r, hi, lo, acc, ...)		\
	enum { id##__kc_reg = (r), id##__kc_msb = (hi), id##__kc_lsb = (lo) }; \
	static_assert(id##__kc_msb >= id##__kc_lsb && id##__kc_msb < 32, \
		      #id ": a field needs 31 >= msb >= lsb");		\
	static const int id##__kc_values_fit[] __maybe_unused = {	\
		KC_PP_FOR_EACH(__KC_REGMAP_VALUE_FITS,			\
			       (id##__kc_msb - id##__kc_lsb), __VA_ARGS__) \
	};								\
	static const struct kc_regmap_field_value id##__kc_values[] = { \
		KC_PP_FOR_EACH(__KC_REGMAP_VALUE_ENTRY, 0, __VA_ARGS__)	\
	};								\
	static const struct kc_regmap_field id __maybe_unused = {	\
		.__kc_field_name = #id,					\
		.__kc_field_reg = id##__kc_reg,				\
		.__kc_field_mask = GENMASK(id##__kc_msb, id##__kc_lsb),	\
		.__kc_field_lsb = id##__kc_lsb,				\
		.__kc_field_access = (acc),				\
		.__kc_field_values = id##__kc_values,			\
		.__kc_field_n_values = ARRAY_SIZE(id##__kc_values),	\
	}

/**
 * KC_FIELD_REG() - the register of a field, as a constant expression
 * @id: the field's identifier
 */
#define KC_FIELD_REG(id)	(id##__kc_reg)

/**
 * KC_FIELD_MASK() - the mask of a field, as a constant expression
 * @id: the field's identifier
 */
#define KC_FIELD_MASK(id)	GENMASK(id##__kc_msb, id##__kc_lsb)

/**
 * kc_regmap_field_max() - the largest value a field holds
 * @field: the field
 *
 * Return: the field's all-ones value, in field units.
 */
static inline u32 kc_regmap_field_max(const struct kc_regmap_field *field)
{
	return field->__kc_field_mask >> field->__kc_field_lsb;
}

/**
 * kc_regmap_field_value_name() - the name of a value of an enumerated field
 * @field: the field
 * @val: the value, in field units
 *
 * Return: the name, or NULL if @field has no value @val (or no names).
 */
static inline const char *kc_regmap_field_value_name(const struct kc_regmap_field *field,
						     u32 val)
{
	unsigned int i;

	for (i = 0; i < field->__kc_field_n_values; i++)
		if (field->__kc_field_values[i].val == val)
			return field->__kc_field_values[i].name;
	return NULL;
}

/**
 * kc_regmap_field_check() - whether a value may be written to a field
 * @field: the field
 * @val: the value, in field units
 *
 * Return: 0; -EPERM for a read-only field; -ERANGE for a value wider than
 * the field; -EINVAL for a value of an enumerated field that is not one of
 * its named values.
 */
static inline __must_check int kc_regmap_field_check(const struct kc_regmap_field *field,
						     u32 val)
{
	if (field->__kc_field_access != KC_RW)
		return -EPERM;
	if (val > kc_regmap_field_max(field))
		return -ERANGE;
	if (field->__kc_field_values && !kc_regmap_field_value_name(field, val))
		return -EINVAL;
	return 0;
}

/**
 * kc_regmap_field_read() - read a field
 * @map: the map
 * @field: the field (``&id``)
 *
 * May sleep.
 *
 * Return: the field's value (shifted down to field units) or an error.
 */
static inline __kc_might_sleep __must_check struct kc_result_u32
kc_regmap_field_read(struct kc_regmap *map, const struct kc_regmap_field *field)
{
	u32 reg;

	kc_try_val_as(reg, kc_regmap_read(map, field->__kc_field_reg),
		      struct kc_result_u32);
	return KC_OK(struct kc_result_u32,
		     (reg & field->__kc_field_mask) >> field->__kc_field_lsb);
}

/**
 * kc_regmap_field_write() - write a field, leaving the register's other bits
 * @map: the map
 * @field: the field (``&id``)
 * @val: the value, in field units
 *
 * The value is checked first (kc_regmap_field_check()): nothing reaches
 * the chip when it is refused. Where the compiler knows the field and the
 * value (a field declared with KC_REGMAP_FIELD(), a constant), a write to
 * a KC_RO field or a value wider than the field does not compile. The
 * read-modify-write holds the map's lock.
 *
 * May sleep.
 *
 * Return: 0, -EPERM, -ERANGE, -EINVAL, or the bus error.
 */
static __always_inline __kc_might_sleep __must_check int
kc_regmap_field_write(struct kc_regmap *map, const struct kc_regmap_field *field, u32 val)
{
	kc_check_const(field->__kc_field_access == KC_RO,
		       "kc_regmap_field_write(): the field is KC_RO (read only)");
	/* Each operand asked apart: gcc 16 does not fold the whole at once. */
	compiletime_assert(!(__builtin_constant_p(val) &&
			     __builtin_constant_p(field->__kc_field_mask) &&
			     __builtin_constant_p(field->__kc_field_lsb) &&
			     val > field->__kc_field_mask >> field->__kc_field_lsb),
			   "kc_regmap_field_write(): the value is wider than the field");
	kc_try(kc_regmap_field_check(field, val));
	return regmap_update_bits(kc_unsafe_raw_regmap(map), field->__kc_field_reg,
				  field->__kc_field_mask, val << field->__kc_field_lsb);
}

/**
 * kc_regmap_field_write_named() - write a named value of an enumerated field
 * @map: the map
 * @field: the field (``&id``)
 * @name: the value's name, as declared by KC_REGMAP_VALUE()
 *
 * May sleep.
 *
 * Return: 0; -EINVAL if @field has no value named @name; otherwise as
 * kc_regmap_field_write().
 */
static inline __kc_might_sleep __must_check int
kc_regmap_field_write_named(struct kc_regmap *map,
			    const struct kc_regmap_field *field,
			    const char *name)
{
	unsigned int i;

	for (i = 0; i < field->__kc_field_n_values; i++)
		if (!strcmp(field->__kc_field_values[i].name, name))
			return kc_regmap_field_write(map, field, field->__kc_field_values[i].val);
	return -EINVAL;
}

/**
 * kc_regmap_field_set() - set a one-bit field (write 1)
 * @map: the map
 * @field: the field
 *
 * Return: as kc_regmap_field_write().
 */
static inline __kc_might_sleep __must_check int
kc_regmap_field_set(struct kc_regmap *map,
		    const struct kc_regmap_field *field)
{
	return kc_regmap_field_write(map, field, 1);
}

/**
 * kc_regmap_field_clear() - clear a field (write 0)
 * @map: the map
 * @field: the field
 *
 * Return: as kc_regmap_field_write().
 */
static inline __kc_might_sleep __must_check int
kc_regmap_field_clear(struct kc_regmap *map,
		      const struct kc_regmap_field *field)
{
	return kc_regmap_field_write(map, field, 0);
}

/*
 * A field's members are reachable only through the macros and functions
 * above (defined before this line, so their expansions may still name
 * them): a field is declared by KC_REGMAP_FIELD*(), never built or edited.
 */
#pragma GCC poison __kc_field_name __kc_field_reg __kc_field_mask __kc_field_lsb
#pragma GCC poison __kc_field_access __kc_field_values __kc_field_n_values

#endif /* KC_ABSTRACTIONS_REGMAP_H */
