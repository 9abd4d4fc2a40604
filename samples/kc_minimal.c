// SPDX-License-Identifier: GPL-2.0
/*
 * kcrate minimal sample: the twin of Rust-for-Linux's rust_minimal.
 *
 * At load it builds a vector of @count numbers (72, 108, 144, ...); at
 * unload it prints them. @count must lie in [1, 16]: any other value is
 * refused at load with a message naming the parameter, value and range.
 *
 * selftests/bench/kc_minimal_plain.c is the same module in plain kernel C.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <core/alloc.h>
#include <core/error.h>
#include <core/module.h>

#ifdef MODULE
#define KC_MINIMAL_BUILTIN	"false"
#else
#define KC_MINIMAL_BUILTIN	"true"
#endif

struct kc_minimal {
	struct kc_vec_u32 numbers;
};

static inline void kc_minimal_free(struct kc_minimal *m)
{
	if (m) {
		kc_vec_u32_drop(&m->numbers);
		kc_box_free(m);
	}
}

KC_DEFINE_FREE(kc_minimal, struct kc_minimal *, kc_minimal_free(_T))

KC_MODULE(kc_minimal,
	  KC_STATE(struct kc_minimal, kc_minimal_init, kc_minimal_drop),
	  KC_AUTHOR("kcrate developers"),
	  KC_DESCRIPTION("kcrate minimal sample"),
	  KC_LICENSE("GPL"),
	  KC_ALIAS("kc-minimal"),
	  KC_PARAM_UINT(count, 3, 1, 16, "How many numbers to store"));

static struct kc_minimal *kc_minimal_init(void)
{
	struct kc_minimal *m __kc_free(kc_minimal) =
		kc_box_new(struct kc_minimal, GFP_KERNEL);
	unsigned int i;

	pr_info("kcrate minimal sample (init)\n");
	pr_info("Am I built-in? %s\n", KC_MINIMAL_BUILTIN);
	if (!m)
		return ERR_PTR(-ENOMEM);
	for (i = 0; i < count; i++)
		kc_try_err_ptr(kc_vec_u32_push(&m->numbers, 72 + 36 * i,
					       GFP_KERNEL));
	kc_return_take(m);
}

static void kc_minimal_drop(struct kc_minimal *state)
{
	struct kc_minimal *m __kc_free(kc_minimal) = state;
	size_t i;
	u32 n;

	kc_vec_for_each(i, n, &m->numbers)
		pr_info("number %zu: %u\n", i, n);
	pr_info("kcrate minimal sample (exit)\n");
}
