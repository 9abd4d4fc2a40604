/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kcrate core: fallible allocation, kc_box and kc_vec.
 *
 * DOC: fallible allocation
 *
 * Every allocating call takes explicit GFP flags, can fail, says so with
 * __must_check, and checks its size arithmetic for overflow. Out-of-range
 * access is an error (-ERANGE or NULL), not undefined behaviour.
 *
 * - kc_box: one heap object (or array) whose release is bound to its type:
 *   ``struct foo *f __kc_free(kc_box) = kc_box_new(struct foo, GFP_KERNEL);``
 * - kc_vec: a growable array, declared per element type with
 *   KC_DEFINE_VEC(); kc_vec_u8, kc_vec_u16, kc_vec_u32, kc_vec_u64 and
 *   kc_vec_int are predefined.
 *
 * Test builds (``-DKC_ALLOC_FAULT_INJECT``, set per object file in Kbuild)
 * get kc_alloc_fail_nth() to make the Nth allocation fail and
 * kc_alloc_live() to count what is still allocated. The switch is per
 * object file and not thread-safe: it is meant for single-threaded unit
 * tests. Without the flag, it costs nothing.
 */
#ifndef KC_CORE_ALLOC_H
#define KC_CORE_ALLOC_H

#include <linux/err.h>
#include <linux/overflow.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/types.h>

#include <core/check.h>
#include <core/cleanup.h>
#include <core/context.h>

#ifdef KC_ALLOC_FAULT_INJECT
/* Allocations are counted (kc_alloc_live()): a test build. */
#define __KC_ALLOC_TRACKED	1

static struct {
	unsigned long nth;
	unsigned long count;
	long live;
} __kc_alloc_fault __maybe_unused;

/**
 * kc_alloc_fail_nth() - make the Nth allocation from now fail (test builds)
 * @n: 1 for the next allocation, 2 for the one after...; 0 disarms
 *
 * One-shot: after the failure, allocations succeed again. Resets the
 * counter read by kc_alloc_count(). Only with KC_ALLOC_FAULT_INJECT.
 */
static inline void kc_alloc_fail_nth(unsigned long n)
{
	__kc_alloc_fault.nth = n;
	__kc_alloc_fault.count = 0;
}

/**
 * kc_alloc_count() - allocation attempts since kc_alloc_fail_nth() (tests)
 *
 * Return: the number of allocation attempts, failed ones included. Only
 * with KC_ALLOC_FAULT_INJECT.
 */
static inline unsigned long kc_alloc_count(void)
{
	return __kc_alloc_fault.count;
}

/**
 * kc_alloc_live() - objects allocated by kc_alloc*() and not freed (tests)
 *
 * Return: allocations minus frees in this object file, a leak check. Only
 * with KC_ALLOC_FAULT_INJECT.
 */
static inline long kc_alloc_live(void)
{
	return __kc_alloc_fault.live;
}

static inline bool __kc_alloc_should_fail(void)
{
	__kc_alloc_fault.count++;
	if (__kc_alloc_fault.nth &&
	    __kc_alloc_fault.count == __kc_alloc_fault.nth) {
		__kc_alloc_fault.nth = 0;
		return true;
	}
	return false;
}

static inline void __kc_alloc_track(long delta)
{
	__kc_alloc_fault.live += delta;
}
#else
#define __KC_ALLOC_TRACKED	0

static inline bool __kc_alloc_should_fail(void)
{
	return false;
}

static inline void __kc_alloc_track(long delta)
{
}
#endif

/**
 * kc_alloc() - allocate memory
 * @size: bytes
 * @gfp: allocation flags (GFP_KERNEL may sleep; GFP_ATOMIC does not)
 *
 * Return: the memory, or NULL on failure. Release with kc_free().
 */
static inline __must_check __malloc void *kc_alloc(size_t size, gfp_t gfp)
{
	void *p;

	if (__kc_alloc_should_fail())
		return NULL;
	p = kmalloc(size, kc_gfp_judged_at_call(gfp));
	if (p)
		__kc_alloc_track(1);
	return p;
}

/**
 * kc_alloc_array() - allocate an array, size overflow-checked
 * @n: number of elements
 * @size: size of one element
 * @gfp: allocation flags
 *
 * Return: the memory, or NULL on failure or if @n * @size overflows.
 */
static inline __must_check __malloc void *
kc_alloc_array(size_t n, size_t size, gfp_t gfp)
{
	size_t bytes;

	if (check_mul_overflow(n, size, &bytes))
		return NULL;
	return kc_alloc(bytes, gfp);
}

/**
 * kc_realloc() - resize an allocation
 * @p: memory from kc_alloc*() or NULL
 * @size: new size in bytes, not 0
 * @gfp: allocation flags
 *
 * Return: the resized memory (the contents up to the smaller size are
 * kept), or NULL on failure, in which case @p is unchanged and still owned
 * by the caller.
 */
static inline __must_check void *kc_realloc(void *p, size_t size, gfp_t gfp)
{
	void *q;

	if (__kc_alloc_should_fail())
		return NULL;
	q = krealloc(p, size, kc_gfp_judged_at_call(gfp));
	if (q && !p)
		__kc_alloc_track(1);
	return q;
}

#ifdef KC_CONTEXT_CHECK
/*
 * For the context checker only: an allocation whose GFP flags may sleep (a
 * constant that allows direct reclaim, or flags held in a variable) is
 * refused in atomic context (core/context.h). Judged here, at the call;
 * the functions' bodies pass their flags on unjudged.
 */
#define kc_alloc(size, gfp)	(kc_might_sleep_gfp(gfp), kc_alloc(size, gfp))
#define kc_alloc_array(n, size, gfp) (kc_might_sleep_gfp(gfp), kc_alloc_array(n, size, gfp))
#define kc_realloc(p, size, gfp)	(kc_might_sleep_gfp(gfp), kc_realloc(p, size, gfp))
#endif

/*
 * Names kfree() as a deallocator, so that gcc's -Wuse-after-free (gcc 11
 * and later; an error in kcrate's build) sees a pointer used after
 * kc_free() in the same function. The kernel does not declare it so, and
 * gcc ignores the attribute where the deallocator is inline. Declared
 * only: never defined, never called. Checked with gcc 12 and 16.
 */
#if defined(__GNUC__) && !defined(__clang__) && !defined(__CHECKER__) && __GNUC__ >= 11
void *__kc_kfree_deallocates(size_t size) __attribute__((__malloc__(kfree, 1)));
#endif

/**
 * kc_free() - release memory from kc_alloc*(); NULL is a no-op
 * @p: the memory
 *
 * Reading or writing @p's memory afterwards, in the same function, does not
 * compile with gcc 11 and later (-Werror=use-after-free).
 */
static inline void kc_free(const void *p)
{
	if (p)
		__kc_alloc_track(-1);
	kfree(p);
}

/**
 * kc_box_new() - allocate one zeroed object of a type
 * @type: the object's type
 * @gfp: allocation flags
 *
 * Return: a ``type *``, or NULL on failure. Declare the receiving variable
 * with __kc_free(kc_box) (or a KC_DEFINE_FREE() binding of the type) to
 * release it at scope exit.
 */
#define kc_box_new(type, gfp)						\
	((type *)kc_alloc(sizeof(type), (gfp) | __GFP_ZERO))

/**
 * kc_box_new_array() - allocate a zeroed array, size overflow-checked
 * @type: element type
 * @n: number of elements
 * @gfp: allocation flags
 *
 * Return: a ``type *``, or NULL on failure or overflow.
 */
#define kc_box_new_array(type, n, gfp)					\
	((type *)kc_alloc_array((n), sizeof(type), (gfp) | __GFP_ZERO))

/**
 * kc_box_free() - release a box now; NULL is a no-op
 * @p: the box
 */
static inline void kc_box_free(const void *p)
{
	kc_free(p);
}

/*
 * gcc 16 sees a use after free only where kfree() itself is called on the
 * caller's pointer, not inlined from kc_free() (gcc 12 sees both). Without
 * the allocation counter of test builds, kc_free() is exactly kfree(), so
 * there it is kfree() by name.
 */
#if !defined(KC_ALLOC_FAULT_INJECT) && defined(__GNUC__) && !defined(__clang__) && \
	__GNUC__ >= 16
#define kc_free(p)		kfree(p)
#define kc_box_free(p)		kfree(p)
#endif

/* __kc_free(kc_box): any pointer from kc_box_new*() or kc_alloc*(). */
KC_DEFINE_FREE_ANY(kc_box, kc_free(_T))

/*
 * Grow a vector's buffer to at least @need elements (*@cap < @need <=
 * SIZE_MAX / @esize).
 * Invariant: *@cap <= KMALLOC_MAX_SIZE / @esize, so doubling cannot
 * overflow; @esize is a constant, so the divisions fold.
 * For the context checker it may sleep: its callers, the vector functions
 * that take @gfp, are judged at their own calls (__kc_might_sleep_by_gfp).
 */
static inline __must_check __kc_might_sleep int
__kc_vec_grow(void **data, size_t *cap, size_t need, size_t esize, gfp_t gfp)
{
	size_t newcap = max3(need, *cap * 2, (size_t)4);
	void *p;

	if (unlikely(newcap > KMALLOC_MAX_SIZE / esize)) {
		if (need > KMALLOC_MAX_SIZE / esize)
			return -ENOMEM;
		newcap = need;
	}
	p = kc_realloc(*data, newcap * esize, gfp);
	if (unlikely(!p))
		return -ENOMEM;
	*data = p;
	*cap = newcap;
	return 0;
}

/**
 * KC_VEC_INIT - initialiser of an empty vector (no allocation)
 */
#define KC_VEC_INIT	{ .__kc_vec_data = NULL, .__kc_vec_len = 0, .__kc_vec_cap = 0 }

/**
 * kc_vec_len() - number of elements of any KC_DEFINE_VEC() vector
 * @v: pointer to the vector
 *
 * A value, not the field: ``kc_vec_len(v) = 100``, a length past the
 * elements that kc_vec_for_each() would then read, does not compile.
 */
#define kc_vec_len(v)		((size_t)(v)->__kc_vec_len)

/**
 * kc_vec_for_each() - iterate over the elements of a vector, by value
 * @i: a ``size_t`` index, the element's
 * @val: a ``T`` that receives a copy of each element
 * @v: pointer to the vector
 *
 * The loop holds no pointer into the vector: it reads element @i of the
 * buffer as it is at each step, so a push in the body (which may move the
 * buffer) leaves nothing dangling; the loop sees the new length.
 */
#define kc_vec_for_each(i, val, v)					\
	for ((i) = 0; (i) < (v)->__kc_vec_len &&			\
		      ((val) = (v)->__kc_vec_data[(i)], true); (i)++)

/**
 * KC_DEFINE_VEC() - declare a vector type of elements of one type
 * @name: the struct tag and prefix of the generated functions
 * @T: element type (copied by assignment; elements are not destroyed)
 *
 * Declares ``struct name``, whose fields are private (their names are
 * poisoned at the end of this header: naming them does not compile; read
 * the length with kc_vec_len()) and which is sealed (core/check.h: a
 * vector written by hand around a buffer it does not own,
 * ``{ buf, 4, 4 }``, does not compile; start from KC_VEC_INIT or ``{}``),
 * and these functions, all static inline:
 *
 * - ``int name_reserve(v, additional, gfp)``: room for @additional more;
 *   -EOVERFLOW if the size overflows, -ENOMEM if allocation fails.
 * - ``int name_push(v, val, gfp)``: append; errors as reserve.
 * - ``int name_extend(v, const T *src, n, gfp)``: append @n elements.
 * - ``int name_insert(v, idx, val, gfp)``: insert before @idx (@idx <=
 *   len), shifting the tail; -ERANGE if @idx > len.
 * - ``bool name_pop(v, T *out)``: remove the last element into @out (may be
 *   NULL); false if empty.
 * - ``int name_remove(v, idx, T *out)``: remove element @idx into @out (may
 *   be NULL), shifting the tail; -ERANGE if @idx >= len.
 * - ``int name_get(v, idx, T *out)``: copy element @idx to @out; -ERANGE
 *   if @idx >= len.
 * - ``int name_set(v, idx, val)``: overwrite element @idx; -ERANGE if
 *   @idx >= len.
 * - ``void name_truncate(v, len)``: keep the first @len elements.
 * - ``void name_clear(v)``: remove all elements, keep the buffer.
 * - ``size_t name_capacity(v)``: elements that fit without allocating.
 * - ``void name_move(dst, src)``: release @dst's buffer and move @src's
 *   contents into @dst, leaving @src empty. A vector owns its buffer: an
 *   assignment of one (or of a struct holding one) would make two owners,
 *   so it does not compile (a const member of size zero).
 * - ``void name_free(v)``: release the buffer, leaving @v empty.
 * - ``void name_drop(v)``: release the buffer, leaving @v invalid: for the
 *   destructor of an object that contains @v.
 *
 * and the scope-exit binding __kc_free(name). No function hands out a
 * pointer into the buffer, so none can dangle after a call that grows it
 * (a reallocation): elements go in and out by value. On any error @v is
 * unchanged. Functions that can fail are __must_check. Not thread-safe:
 * the caller serialises. Example (runs in the guest)::
 *
 *	struct kc_vec_u32 v __kc_free(kc_vec_u32) = KC_VEC_INIT;
 *	u32 x;
 *
 *	kc_try(kc_vec_u32_push(&v, 72, GFP_KERNEL));
 *	kc_try(kc_vec_u32_push(&v, 73, GFP_KERNEL));
 *	KT_EXPECT_EQ(kc_vec_len(&v), 2);
 *	KT_EXPECT_EQ(kc_vec_u32_get(&v, 2, &x), -ERANGE);	// no third
 *	KT_EXPECT(kc_vec_u32_pop(&v, &x) && x == 73);
 *	KT_EXPECT_EQ(kc_vec_len(&v), 1);
 *
 * (KT_EXPECT*() are the test's assertions: Documentation/testing.rst,
 * "Doctests".)
 */
#define KC_DEFINE_VEC(name, T)						\
	struct name {							\
		T *__kc_vec_data;					\
		size_t __kc_vec_len;					\
		size_t __kc_vec_cap;					\
		const char __kc_vec_owns_buffer[0];			\
	} __kc_sealed;							\
	static inline void name##_free(struct name *v)			\
	{								\
		kc_free(v->__kc_vec_data);					\
		v->__kc_vec_data = NULL;						\
		v->__kc_vec_len = 0;						\
		v->__kc_vec_cap = 0;						\
	}								\
	static inline void name##_drop(struct name *v)			\
	{								\
		kc_free(v->__kc_vec_data);					\
	}								\
	KC_DEFINE_FREE(name, struct name, kc_free(_T.__kc_vec_data))		\
	static inline void name##_move(struct name *dst, struct name *src) \
	{								\
		kc_free(dst->__kc_vec_data);				\
		dst->__kc_vec_data = src->__kc_vec_data;		\
		dst->__kc_vec_len = src->__kc_vec_len;			\
		dst->__kc_vec_cap = src->__kc_vec_cap;			\
		src->__kc_vec_data = NULL;				\
		src->__kc_vec_len = 0;					\
		src->__kc_vec_cap = 0;					\
	}								\
	static inline size_t name##_capacity(const struct name *v)	\
	{								\
		return v->__kc_vec_cap;						\
	}								\
	static inline __must_check __kc_might_sleep_by_gfp int		\
	name##_reserve(struct name *v, size_t additional, gfp_t gfp)	\
	{								\
		size_t need;						\
									\
		if (check_add_overflow(v->__kc_vec_len, additional, &need))	\
			return -EOVERFLOW;				\
		if (need <= v->__kc_vec_cap)					\
			return 0;					\
		if (need > SIZE_MAX / sizeof(T))			\
			return -EOVERFLOW;				\
		return __kc_vec_grow((void **)&v->__kc_vec_data, &v->__kc_vec_cap, need,	\
				     sizeof(T), gfp);			\
	}								\
	__KC_GFP_NOSLEEP_TWIN(int, name##_reserve,			\
		(struct name *v, size_t additional, gfp_t gfp), (v, additional, gfp)) \
	static inline __must_check __kc_might_sleep_by_gfp int		\
	name##_push(struct name *v, T val, gfp_t gfp)			\
	{								\
		/* len < cap <= KMALLOC_MAX_SIZE: len + 1 cannot wrap */ \
		if (unlikely(v->__kc_vec_len >= v->__kc_vec_cap)) {			\
			int err = __kc_vec_grow((void **)&v->__kc_vec_data,	\
						&v->__kc_vec_cap, v->__kc_vec_len + 1,	\
						sizeof(T), gfp);	\
									\
			if (err)					\
				return err;				\
		}							\
		v->__kc_vec_data[v->__kc_vec_len++] = val;				\
		return 0;						\
	}								\
	__KC_GFP_NOSLEEP_TWIN(int, name##_push,			\
		(struct name *v, T val, gfp_t gfp), (v, val, gfp)) \
	static inline __must_check __kc_might_sleep_by_gfp int		\
	name##_extend(struct name *v, const T *src, size_t n, gfp_t gfp) \
	{								\
		int err = name##_reserve(v, n, gfp);			\
									\
		if (unlikely(err))					\
			return err;					\
		if (n)							\
			memcpy(v->__kc_vec_data + v->__kc_vec_len, src, n * sizeof(T));	\
		v->__kc_vec_len += n;						\
		return 0;						\
	}								\
	__KC_GFP_NOSLEEP_TWIN(int, name##_extend,			\
		(struct name *v, const T *src, size_t n, gfp_t gfp), (v, src, n, gfp)) \
	static inline __must_check __kc_might_sleep_by_gfp int		\
	name##_insert(struct name *v, size_t idx, T val, gfp_t gfp)	\
	{								\
		int err;						\
									\
		if (idx > v->__kc_vec_len)					\
			return -ERANGE;					\
		err = name##_reserve(v, 1, gfp);			\
		if (unlikely(err))					\
			return err;					\
		memmove(v->__kc_vec_data + idx + 1, v->__kc_vec_data + idx,		\
			(v->__kc_vec_len - idx) * sizeof(T));			\
		v->__kc_vec_data[idx] = val;					\
		v->__kc_vec_len++;						\
		return 0;						\
	}								\
	__KC_GFP_NOSLEEP_TWIN(int, name##_insert,			\
		(struct name *v, size_t idx, T val, gfp_t gfp), (v, idx, val, gfp)) \
	static inline __must_check bool name##_pop(struct name *v, T *out) \
	{								\
		if (!v->__kc_vec_len)						\
			return false;					\
		v->__kc_vec_len--;						\
		if (out)						\
			*out = v->__kc_vec_data[v->__kc_vec_len];				\
		return true;						\
	}								\
	static inline __must_check int					\
	name##_remove(struct name *v, size_t idx, T *out)		\
	{								\
		if (idx >= v->__kc_vec_len)					\
			return -ERANGE;					\
		if (out)						\
			*out = v->__kc_vec_data[idx];				\
		memmove(v->__kc_vec_data + idx, v->__kc_vec_data + idx + 1,		\
			(v->__kc_vec_len - idx - 1) * sizeof(T));		\
		v->__kc_vec_len--;						\
		return 0;						\
	}								\
	static inline __must_check int					\
	name##_get(const struct name *v, size_t idx, T *out)		\
	{								\
		if (idx >= v->__kc_vec_len)				\
			return -ERANGE;					\
		*out = v->__kc_vec_data[idx];				\
		return 0;						\
	}								\
	static inline __must_check int					\
	name##_set(struct name *v, size_t idx, T val)			\
	{								\
		if (idx >= v->__kc_vec_len)				\
			return -ERANGE;					\
		v->__kc_vec_data[idx] = val;				\
		return 0;						\
	}								\
	static inline void name##_truncate(struct name *v, size_t len)	\
	{								\
		if (len < v->__kc_vec_len)					\
			v->__kc_vec_len = len;					\
	}								\
	static inline void name##_clear(struct name *v)		\
	{								\
		v->__kc_vec_len = 0;						\
	}

KC_DEFINE_VEC(kc_vec_u8, u8);
KC_DEFINE_VEC(kc_vec_u16, u16);
KC_DEFINE_VEC(kc_vec_u32, u32);
KC_DEFINE_VEC(kc_vec_u64, u64);
KC_DEFINE_VEC(kc_vec_int, int);

/*
 * A vector's fields are reachable only through the functions and macros
 * above (defined before this line): an index past the length, or a pointer
 * kept across a reallocation, cannot be had by naming them.
 */
#pragma GCC poison __kc_vec_data __kc_vec_len __kc_vec_cap __kc_vec_owns_buffer

#endif /* KC_CORE_ALLOC_H */
