// SPDX-License-Identifier: GPL-2.0
/*
 * kc_gpiochip_test: in-kernel tests of abstractions/gpio_chip.h, printed as
 * KTAP (prefix "kc_gpiochip_ktap: ", selftests/guest/tests/buses/42-gpiochip.sh).
 *
 * Each case registers a chip of a test board and drives its lines as a
 * consumer through gpiolib (gpiochip_request_own_desc(): the consumer side
 * is gpiolib's, not kcrate's, on purpose). The module loads only if every
 * case passed.
 *
 * Built with KC_ALLOC_FAULT_INJECT (selftests/ktest/Kbuild): the owner's
 * allocation fails on demand, and kc_alloc_live() counts what is left.
 */
#define KT_PREFIX "kc_gpiochip_ktap: "

#include <linux/delay.h>
#include <linux/gpio/consumer.h>
#include <linux/gpio/driver.h>
#include <linux/gpio/machine.h>
#include <linux/module.h>
#include <linux/spinlock.h>

#include <abstractions/gpio.h>
#include <abstractions/gpio_chip.h>
#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/error.h>
#include <core/work.h>
#include <helpers/gpio.h>

#include "ktap.h"

#define T_NGPIO	4

/* A board whose lines record every call; one chip of each kind. */
struct t_board {
	struct kc_gpio_chip fast;
	struct kc_gpio_chip slow;
	bool out[T_NGPIO];
	bool in[T_NGPIO];
	bool dir_out[T_NGPIO];
	bool requested[T_NGPIO];
	unsigned int calls;
	bool slept;
	int set_err;
};

/* Whether the chips were still registered when the owner's drop ran. */
static int t_dropped, t_registered_at_drop;

static struct kc_result_bool t_get(struct t_board *b, struct kc_gpio_offset off)
{
	unsigned int i = kc_gpio_offset_num(off);

	b->calls++;
	return KC_OK(struct kc_result_bool, b->dir_out[i] ? b->out[i] : b->in[i]);
}

static int t_set(struct t_board *b, struct kc_gpio_offset off, bool value)
{
	b->calls++;
	if (b->set_err)
		return b->set_err;
	b->out[kc_gpio_offset_num(off)] = value;
	return 0;
}

static int t_get_direction(struct t_board *b, struct kc_gpio_offset off)
{
	b->calls++;
	return b->dir_out[kc_gpio_offset_num(off)] ? KC_GPIO_DIR_OUT : KC_GPIO_DIR_IN;
}

static int t_input(struct t_board *b, struct kc_gpio_offset off)
{
	b->calls++;
	b->dir_out[kc_gpio_offset_num(off)] = false;
	return 0;
}

static int t_output(struct t_board *b, struct kc_gpio_offset off, bool value)
{
	unsigned int i = kc_gpio_offset_num(off);

	b->calls++;
	b->dir_out[i] = true;
	b->out[i] = value;
	return 0;
}

static int t_request(struct t_board *b, struct kc_gpio_offset off)
{
	b->requested[kc_gpio_offset_num(off)] = true;
	return 0;
}

static void t_free(struct t_board *b, struct kc_gpio_offset off)
{
	b->requested[kc_gpio_offset_num(off)] = false;
}

KC_DEFINE_GPIO_CHIP(t_fast, struct t_board, fast, atomic, T_NGPIO,
		    (get, t_get), (set, t_set), (get_direction, t_get_direction),
		    (direction_input, t_input), (direction_output, t_output),
		    (request, t_request), (free, t_free));

/* The sleeping chip sleeps in set, which only a sleeping chip may do. */
static __kc_might_sleep int t_slow_set(struct t_board *b, struct kc_gpio_offset off,
				       bool value)
{
	usleep_range(10, 20);
	b->slept = true;
	return t_set(b, off, value);
}

/* Only get and set: the other slots stay NULL. */
KC_DEFINE_GPIO_CHIP(t_slow, struct t_board, slow, sleeping, T_NGPIO,
		    (get, t_get), (set, t_slow_set));

static void t_board_drop(struct t_board *b)
{
	t_dropped++;
	t_registered_at_drop += kc_gpio_chip_registered(&b->fast) +
				kc_gpio_chip_registered(&b->slow);
}

KC_DEFINE_OWNER(t_board, struct t_board, t_board_drop, t_fast, t_slow);

static struct gpio_desc *t_line(struct kc_gpio_chip *chip, unsigned int n, enum gpiod_flags f)
{
	return gpiochip_request_own_desc(kc_unsafe_raw_gpio_chip(chip), n, "kc-test",
					 GPIO_LOOKUP_FLAGS_DEFAULT, f);
}

/* --- cases --------------------------------------------------------------------- */

static __kc_might_sleep void t_atomic_values(void)
{
	struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);
	struct gpio_desc *d;
	DEFINE_SPINLOCK(lock);
	unsigned long flags;

	if (!b) {
		KT_EXPECT(b);
		return;
	}
	KT_EXPECT_EQ(t_fast_add(b, NULL, "kc-test-fast"), 0);
	KT_EXPECT(kc_gpio_chip_registered(&b->fast));
	d = t_line(&b->fast, 2, GPIOD_OUT_HIGH);
	if (IS_ERR(d)) {
		KT_EXPECT_EQ(PTR_ERR(d), 0);
		return;
	}
	KT_EXPECT(b->requested[2]);
	KT_EXPECT(b->dir_out[2] && b->out[2]);
	KT_EXPECT(!gpiod_cansleep(d));
	/* Under a spinlock: the atomic chip's callbacks never sleep. */
	spin_lock_irqsave(&lock, flags);
	KT_EXPECT_EQ(kc_helper_gpiod_set_value(d, 0), 0);
	KT_EXPECT_EQ(gpiod_get_value(d), 0);
	spin_unlock_irqrestore(&lock, flags);
	KT_EXPECT(!b->out[2]);
	KT_EXPECT_EQ(kc_helper_gpiod_set_value(d, 1), 0);
	KT_EXPECT(b->out[2]);
	KT_EXPECT_EQ(gpiod_get_value(d), 1);
	/* Only line 2 was touched. */
	KT_EXPECT(!b->out[0] && !b->out[1] && !b->out[3]);
	gpiochip_free_own_desc(d);
	KT_EXPECT(!b->requested[2]);
}

/*
 * The label is the chip's copy, which gpiolib matches lookup tables by: the
 * caller's buffer may be reused right after the add.
 */
static __kc_might_sleep void t_label_copied(void)
{
	struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);
	char label[24];

	if (!b) {
		KT_EXPECT(b);
		return;
	}
	strscpy(label, "kc-test-copied", sizeof(label));
	KT_EXPECT_EQ(t_fast_add(b, NULL, label), 0);
	memset(label, 'x', sizeof(label) - 1);
	KT_EXPECT_STREQ(kc_unsafe_raw_gpio_chip(&b->fast)->label, "kc-test-copied");
}

static __kc_might_sleep void t_atomic_directions(void)
{
	struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);
	struct gpio_desc *d;

	if (!b) {
		KT_EXPECT(b);
		return;
	}
	KT_EXPECT_EQ(t_fast_add(b, NULL, "kc-test-fast"), 0);
	d = t_line(&b->fast, 1, GPIOD_ASIS);
	if (IS_ERR(d)) {
		KT_EXPECT_EQ(PTR_ERR(d), 0);
		return;
	}
	KT_EXPECT_EQ(gpiod_get_direction(d), GPIO_LINE_DIRECTION_IN);
	KT_EXPECT_EQ(gpiod_direction_output(d, 1), 0);
	KT_EXPECT(b->dir_out[1] && b->out[1]);
	KT_EXPECT_EQ(gpiod_get_direction(d), GPIO_LINE_DIRECTION_OUT);
	KT_EXPECT_EQ(gpiod_direction_input(d), 0);
	KT_EXPECT(!b->dir_out[1]);
	b->in[1] = true;
	KT_EXPECT_EQ(gpiod_get_value(d), 1);
	b->in[1] = false;
	KT_EXPECT_EQ(gpiod_get_value(d), 0);
	gpiochip_free_own_desc(d);
}

static __kc_might_sleep void t_sleeping_chip(void)
{
	struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);
	struct gpio_desc *d;

	if (!b) {
		KT_EXPECT(b);
		return;
	}
	KT_EXPECT_EQ(t_slow_add(b, NULL, "kc-test-slow"), 0);
	d = t_line(&b->slow, 3, GPIOD_ASIS);
	if (IS_ERR(d)) {
		KT_EXPECT_EQ(PTR_ERR(d), 0);
		return;
	}
	KT_EXPECT(gpiod_cansleep(d));
	/* No request slot: gpiolib's default, nothing recorded. */
	KT_EXPECT(!b->requested[3]);
	b->dir_out[3] = true;
	KT_EXPECT_EQ(kc_helper_gpiod_set_value_cansleep(d, 1), 0);
	KT_EXPECT(b->slept && b->out[3]);
	KT_EXPECT_EQ(gpiod_get_value_cansleep(d), 1);
	/* The slots left out stay NULL: gpiolib's defaults apply. */
	KT_EXPECT(!kc_unsafe_raw_gpio_chip(&b->slow)->direction_input);
	KT_EXPECT(!kc_unsafe_raw_gpio_chip(&b->slow)->get_direction);
	KT_EXPECT(!kc_unsafe_raw_gpio_chip(&b->slow)->request);
	gpiochip_free_own_desc(d);
}

static __kc_might_sleep void t_set_error(void)
{
	struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);
	struct gpio_chip *gc;

	if (!b) {
		KT_EXPECT(b);
		return;
	}
	KT_EXPECT_EQ(t_fast_add(b, NULL, "kc-test-fast"), 0);
	gc = kc_unsafe_raw_gpio_chip(&b->fast);
	b->set_err = -EIO;
	/* The error reaches gpiolib from v6.17; before, set() returns nothing. */
#ifdef KC_HAVE_GPIO_CHIP_SET_INT
	KT_EXPECT_EQ(gc->set(gc, 0, 1), -EIO);
#else
	gc->set(gc, 0, 1);
#endif
	KT_EXPECT(!b->out[0]);
	b->set_err = 0;
}

static __kc_might_sleep void t_offset_out_of_range(void)
{
	struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);
	struct gpio_desc *d;
	struct gpio_chip *gc;
	unsigned int calls;

	if (!b) {
		KT_EXPECT(b);
		return;
	}
	KT_EXPECT_EQ(t_fast_add(b, NULL, "kc-test-fast"), 0);
	/* A consumer cannot name line T_NGPIO... */
	d = t_line(&b->fast, T_NGPIO, GPIOD_ASIS);
	KT_EXPECT(IS_ERR(d));
	if (!IS_ERR(d))
		gpiochip_free_own_desc(d);
	/* ...and a caller that bypasses gpiolib is refused by the trampolines. */
	gc = kc_unsafe_raw_gpio_chip(&b->fast);
	calls = b->calls;
	KT_EXPECT_EQ(gc->get(gc, T_NGPIO), -EINVAL);
	KT_EXPECT_EQ(gc->get_direction(gc, kt_runtime(T_NGPIO + 100u)), -EINVAL);
	KT_EXPECT_EQ(gc->direction_input(gc, T_NGPIO), -EINVAL);
	KT_EXPECT_EQ(gc->direction_output(gc, T_NGPIO, 1), -EINVAL);
	KT_EXPECT_EQ(b->calls, calls);
	KT_EXPECT_EQ(gc->get(gc, T_NGPIO - 1), 0);
	KT_EXPECT_EQ(b->calls, calls + 1);
}

static __kc_might_sleep void t_release_before_free(void)
{
	long live = kc_alloc_live();

	t_dropped = 0;
	t_registered_at_drop = 0;
	{
		struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);

		if (!b) {
			KT_EXPECT(b);
			return;
		}
		KT_EXPECT_EQ(t_fast_add(b, NULL, "kc-test-fast"), 0);
		KT_EXPECT_EQ(t_slow_add(b, NULL, "kc-test-slow"), 0);
		KT_EXPECT(kc_gpio_chip_registered(&b->fast) && kc_gpio_chip_registered(&b->slow));
	}
	KT_EXPECT_EQ(t_dropped, 1);
	KT_EXPECT_EQ(t_registered_at_drop, 0);
	KT_EXPECT_EQ(kc_alloc_live(), live);
	/* An owner released before its chips were added removes nothing. */
	{
		struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);

		KT_EXPECT(b);
	}
	KT_EXPECT_EQ(t_dropped, 2);
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

/* The board's setup as a driver writes it: each step fallible. */
static __kc_might_sleep int t_board_setup(void)
{
	struct t_board *b __kc_free(t_board) = kc_box_new(struct t_board, GFP_KERNEL);

	if (!b)
		return -ENOMEM;
	kc_try(t_fast_add(b, NULL, "kc-test-fast"));
	kc_try(t_slow_add(b, NULL, "kc-test-slow"));
	return 0;
}

static __kc_might_sleep void t_alloc_fault(void)
{
	long live = kc_alloc_live();

	t_dropped = 0;
	kc_alloc_fail_nth(1);
	KT_EXPECT_EQ(t_board_setup(), -ENOMEM);
	KT_EXPECT_EQ(t_dropped, 0);
	KT_EXPECT_EQ(kc_alloc_live(), live);
	KT_EXPECT_EQ(t_board_setup(), 0);
	KT_EXPECT_EQ(t_dropped, 1);
	KT_EXPECT_EQ(t_registered_at_drop, 0);
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

/* --- board lookup tables (abstractions/gpio.h) ----------------------------------- */

static const struct kc_gpio_line t_lines[] = {
	{ .chip = "kc-test-fast", .line = 1, .function = "vsel" },
	{ .chip = "kc-test-fast", .line = 2, .function = "reset", .active_low = true },
};

static __kc_might_sleep void t_lookup_bad_input(void)
{
	struct kc_gpio_line bad[] = { { .chip = "kc-test-fast", .line = 1 } };

	KT_EXPECT_EQ(kc_result_err(kc_gpio_lookup_add("kc-test-dev", t_lines, 0)), -EINVAL);
	KT_EXPECT_EQ(kc_result_err(kc_gpio_lookup_add(NULL, t_lines, 1)), -EINVAL);
	KT_EXPECT_EQ(kc_result_err(kc_gpio_lookup_add("kc-test-dev", bad, 1)), -EINVAL);
	bad[0].function = "vsel";
	bad[0].line = U16_MAX;
	KT_EXPECT_EQ(kc_result_err(kc_gpio_lookup_add("kc-test-dev", bad, 1)), -EINVAL);
	/* Removing NULL does nothing. */
	kc_gpio_lookup_remove(NULL);
}

static __kc_might_sleep struct kc_result_gpio_lookup t_lookup_failing(int nth)
{
	kc_alloc_fail_nth(nth);
	return kc_gpio_lookup_add("kc-test-dev", t_lines, ARRAY_SIZE(t_lines));
}

/*
 * Every allocation of a registration fails in turn: each failure is
 * -ENOMEM with nothing left allocated, and then one succeeds.
 */
static __kc_might_sleep void t_lookup_alloc_fault(void)
{
	long live = kc_alloc_live();
	int nth, ok = 0;

	for (nth = 1; nth < 16 && !ok; nth++) {
		struct kc_gpio_lookup *l __kc_free(kc_gpio_lookup) = NULL;
		int err = kc_unwrap(l, t_lookup_failing(nth));

		if (err) {
			KT_EXPECT_EQ(err, -ENOMEM);
			KT_EXPECT_EQ(kc_alloc_live(), live);
		} else {
			ok = nth;
			/* The table, its device name, two strings per line. */
			KT_EXPECT_EQ(kc_alloc_live(), live + 2 + 2 * ARRAY_SIZE(t_lines));
		}
	}
	kc_alloc_fail_nth(0);
	KT_EXPECT_EQ(ok, 7);
	KT_EXPECT_EQ(kc_alloc_live(), live);
}

static __kc_might_sleep int __init kc_gpiochip_test_init(void)
{
	kt_begin(2);
	kt_suite_begin("gpio_chip", 8);
	KT_CASE(t_atomic_values);
	KT_CASE(t_label_copied);
	KT_CASE(t_atomic_directions);
	KT_CASE(t_sleeping_chip);
	KT_CASE(t_set_error);
	KT_CASE(t_offset_out_of_range);
	KT_CASE(t_release_before_free);
	KT_CASE(t_alloc_fault);
	kt_suite_end();
	kt_suite_begin("gpio_lookup", 2);
	KT_CASE(t_lookup_bad_input);
	KT_CASE(t_lookup_alloc_fault);
	kt_suite_end();
	return kt_end();
}

static void __exit kc_gpiochip_test_exit(void)
{
}

module_init(kc_gpiochip_test_init);
module_exit(kc_gpiochip_test_exit);
MODULE_DESCRIPTION("kcrate: in-kernel tests of the GPIO chip provider");
MODULE_AUTHOR("kcrate developers");
MODULE_LICENSE("GPL");
