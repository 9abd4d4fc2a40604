// SPDX-License-Identifier: GPL-2.0
/*
 * In-kernel tests of abstractions/platform.h: the module registers a
 * platform driver "kc_platform_test", then creates devices for it with
 * typed data that tells its probe what to do, and checks what ran and in
 * which order: probe, remove, the probe's own device resource and the
 * state's drop, each logged in t_events[]. KTAP goes to the kernel log
 * (prefix "kc_platform_ktap: "); the module loads only if every case
 * passed (guest test 43-platform).
 */
#define KT_PREFIX "kc_platform_ktap: "

#include <abstractions/platform.h>
#include <core/context.h>
#include <core/device.h>
#include <core/module.h>

#include "ktap.h"

#define T_NAME		"kc_platform_test"
#define T_MAGIC		0x6b63706cU
#define T_BUILT		0x6275696cU

/* What a device's creator tells its probe. */
struct t_pdata {
	u32 magic;
	int probe_ret;		/* probe returns it after building its state */
};
KC_PLATFORM_DATA(struct t_pdata);

struct t_state {
	u32 built;
	bool removed;
};

enum t_event {
	T_PROBE = 1,	/* probe ran, its state zeroed */
	T_NO_DATA,	/* probe ran without data */
	T_REMOVE,	/* remove got the state probe built */
	T_RES,		/* the resource probe added was released */
	T_DROP,		/* the drop ran after remove */
	T_BAD,		/* something ran with the wrong state */
};

static enum t_event t_events[8];
static unsigned int t_nevents;
static struct t_state *t_probe_state;

static void t_event(enum t_event e)
{
	if (t_nevents < ARRAY_SIZE(t_events))
		t_events[t_nevents++] = e;
}

/* The events since the last call, as a number: one decimal digit each. */
static unsigned long t_take_events(void)
{
	unsigned long v = 0;
	unsigned int i;

	for (i = 0; i < t_nevents; i++)
		v = v * 10 + t_events[i];
	t_nevents = 0;
	return v;
}

static void t_drop(struct t_state *s)
{
	t_event(s->built == T_BUILT && s->removed ? T_DROP : T_BAD);
}
KC_DEVICE_STATE_DROP(struct t_state, t_drop);

static void t_res_release(struct t_state *s)
{
	t_event(s == t_probe_state ? T_RES : T_BAD);
}

KC_DEFINE_DEVM_ACTION(t_res, struct t_state, t_res_release);

static __kc_might_sleep int t_probe(struct kc_platform_device *pdev, struct t_state *s)
{
	const struct t_pdata *pd = kc_platform_data(pdev);
	int ret;

	if (!pd) {
		t_event(T_NO_DATA);
		return -EINVAL;
	}
	t_event(pd->magic == T_MAGIC && !s->built && !s->removed ? T_PROBE : T_BAD);
	t_probe_state = s;
	ret = t_res_add(kc_platform_device_dev(pdev), s);
	if (ret)
		return ret;
	s->built = T_BUILT;
	return pd->probe_ret;
}
KC_PLATFORM_CALLBACK(probe, t_probe);

static __kc_might_sleep void t_remove(struct kc_platform_device *pdev, struct t_state *s)
{
	t_event(s == t_probe_state && s->built == T_BUILT && !s->removed ? T_REMOVE : T_BAD);
	s->removed = true;
}
KC_PLATFORM_CALLBACK(remove, t_remove);

/* With an id table, the driver core matches by it only, not by the driver's name. */
KC_PLATFORM_DRIVER(t_driver, KC_PLATFORM_IDS({ T_NAME }, { T_NAME "_alt" }), KC_OF_NO_IDS,
		   .driver.name		= T_NAME,
		   .driver.probe_type	= PROBE_FORCE_SYNCHRONOUS,
		   KC_PLATFORM_CB(probe, t_probe));

/* The device registered, or NULL (the registration's error is a failure). */
static struct kc_platform_device *t_ok(struct kc_result_platform_device res)
{
	struct kc_platform_device *pdev = NULL;

	KT_EXPECT_EQ(kc_unwrap(pdev, res), 0);
	return pdev;
}

static __kc_might_sleep struct kc_platform_device *
t_create_named(const char *name, int id, int probe_ret)
{
	struct t_pdata pd = { .magic = T_MAGIC, .probe_ret = probe_ret };

	return t_ok(kc_platform_device_register(NULL, name, id, &pd));
}

static __kc_might_sleep struct kc_platform_device *t_create(int id, int probe_ret)
{
	return t_create_named(T_NAME, id, probe_ret);
}

/*
 * The id table KC_PLATFORM_DRIVER() made is the descriptor's: a device
 * named by its second entry binds, one named by no entry does not.
 */
static __kc_might_sleep void t_id_table(void)
{
	struct kc_platform_device *pdev = t_create_named(T_NAME "_alt", 6, 0);

	KT_EXPECT(pdev && kc_platform_device_bound(pdev));
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), T_PROBE * 1000 + T_REMOVE * 100 + T_RES * 10 + T_DROP);

	pdev = t_create_named(T_NAME "_other", 7, 0);
	KT_EXPECT(pdev && !kc_platform_device_bound(pdev));
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), 0);
	KT_EXPECT_EQ(kc_alloc_live(), 0);
}

/* Bound: probe ran, with its data; unbind: remove, probe's resource, drop. */
static __kc_might_sleep void t_bind_unbind_order(void)
{
	struct kc_platform_device *pdev = t_create(0, 0);

	KT_EXPECT(pdev);
	if (!pdev)
		return;
	KT_EXPECT(kc_platform_device_bound(pdev));
	KT_EXPECT_STREQ(kc_platform_device_name(pdev), T_NAME ".0");
	KT_EXPECT_EQ(kc_platform_device_id(pdev), 0);
	KT_EXPECT_EQ(t_take_events(), T_PROBE);
	KT_EXPECT_EQ(kc_alloc_live(), 1);
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), T_REMOVE * 100 + T_RES * 10 + T_DROP);
	KT_EXPECT_EQ(kc_alloc_live(), 0);
}

/* A probe that fails after building: its resource is released, no remove, no drop. */
static __kc_might_sleep void t_failed_probe(void)
{
	struct kc_platform_device *pdev = t_create(1, -EINVAL);

	KT_EXPECT(pdev);
	if (!pdev)
		return;
	KT_EXPECT(!kc_platform_device_bound(pdev));
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), T_PROBE * 10 + T_RES);
	KT_EXPECT_EQ(kc_alloc_live(), 0);
}

/* The state's allocation fails: probe does not run; the next bind works. */
static __kc_might_sleep void t_state_alloc_fails(void)
{
	struct kc_platform_device *pdev;

	kc_alloc_fail_nth(1);
	pdev = t_create(2, 0);
	KT_EXPECT(pdev);
	if (!pdev)
		return;
	KT_EXPECT(!kc_platform_device_bound(pdev));
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), 0);
	KT_EXPECT_EQ(kc_alloc_live(), 0);

	pdev = t_create(2, 0);
	KT_EXPECT(pdev && kc_platform_device_bound(pdev));
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), T_PROBE * 1000 + T_REMOVE * 100 + T_RES * 10 + T_DROP);
	KT_EXPECT_EQ(kc_alloc_live(), 0);
}

/* A device without data: probe sees NULL. */
static __kc_might_sleep void t_no_data(void)
{
	struct kc_platform_device *pdev = t_ok(kc_platform_device_register_simple(NULL, T_NAME, 3));

	KT_EXPECT(pdev);
	if (!pdev)
		return;
	KT_EXPECT(!kc_platform_device_bound(pdev));
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), T_NO_DATA);
	KT_EXPECT_EQ(kc_alloc_live(), 0);
}

/* An owner in a scope unregisters the device at scope exit, bound or not. */
static __kc_might_sleep void t_scope_owner(void)
{
	{
		struct kc_platform_device *pdev __kc_free(kc_platform_device) = t_create(4, 0);

		KT_EXPECT(pdev && kc_platform_device_bound(pdev));
		KT_EXPECT_EQ(t_take_events(), T_PROBE);
	}
	KT_EXPECT_EQ(t_take_events(), T_REMOVE * 100 + T_RES * 10 + T_DROP);
	{
		struct kc_platform_device *pdev __kc_free(kc_platform_device) = t_create(4, -EIO);

		KT_EXPECT(pdev && !kc_platform_device_bound(pdev));
	}
	KT_EXPECT_EQ(t_take_events(), T_PROBE * 10 + T_RES);
	KT_EXPECT_EQ(kc_alloc_live(), 0);
}

/* kc_take() moves ownership out of the scope: the device stays bound. */
static __kc_might_sleep void t_scope_take(void)
{
	struct kc_platform_device *kept;

	{
		struct kc_platform_device *pdev __kc_free(kc_platform_device) = t_create(5, 0);

		kept = kc_take(pdev);
	}
	KT_EXPECT(kept && kc_platform_device_bound(kept));
	KT_EXPECT_EQ(t_take_events(), T_PROBE);
	kc_platform_device_unregister(kept);
	KT_EXPECT_EQ(t_take_events(), T_REMOVE * 100 + T_RES * 10 + T_DROP);
}

/* Unregistering the driver unbinds its devices the same way. */
static __kc_might_sleep void t_driver_unregister(void)
{
	struct kc_platform_device *pdev = t_create(6, 0);

	KT_EXPECT(pdev && kc_platform_device_bound(pdev));
	kc_platform_driver_unregister(&t_driver);
	KT_EXPECT_EQ(t_take_events(), T_PROBE * 1000 + T_REMOVE * 100 + T_RES * 10 + T_DROP);
	KT_EXPECT(pdev && !kc_platform_device_bound(pdev));
	KT_EXPECT_EQ(kc_alloc_live(), 0);
	kc_platform_device_unregister(pdev);
	KT_EXPECT_EQ(t_take_events(), 0);
	KT_EXPECT_EQ(kc_platform_driver_register(&t_driver), 0);
}

struct kc_platform_test {
	int unused;
};

static struct kc_platform_test t_module;

static __kc_might_sleep struct kc_platform_test *kc_platform_test_init(void)
{
	int ret = kc_platform_driver_register(&t_driver);

	if (ret)
		return ERR_PTR(ret);
	kt_begin(1);
	kt_suite_begin("platform", 8);
	KT_CASE(t_bind_unbind_order);
	KT_CASE(t_failed_probe);
	KT_CASE(t_state_alloc_fails);
	KT_CASE(t_no_data);
	KT_CASE(t_scope_owner);
	KT_CASE(t_scope_take);
	KT_CASE(t_driver_unregister);
	KT_CASE(t_id_table);
	kt_suite_end();
	ret = kt_end();
	if (ret) {
		kc_platform_driver_unregister(&t_driver);
		return ERR_PTR(ret);
	}
	return &t_module;
}

static __kc_might_sleep void kc_platform_test_drop(struct kc_platform_test *t)
{
	kc_platform_driver_unregister(&t_driver);
}

KC_MODULE(kc_platform_test,
	  KC_STATE(struct kc_platform_test, kc_platform_test_init, kc_platform_test_drop),
	  KC_DESCRIPTION("kcrate: in-kernel tests of the platform abstraction"),
	  KC_AUTHOR("kcrate developers"),
	  KC_LICENSE("GPL"));
