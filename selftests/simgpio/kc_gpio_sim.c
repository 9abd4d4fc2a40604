// SPDX-License-Identifier: GPL-2.0
/*
 * kc_gpio_sim: simulated GPIO controllers for kcrate's guest tests (Debian's
 * 5.10 to 6.12 kernels have neither gpio-sim nor gpio-mockup).
 *
 * Two controllers of KC_GPIO_SIM_NGPIO lines each, abstractions/gpio_chip.h
 * chips of one owner: "kc-gpio-sim-fast", an atomic chip (its lines may be
 * driven from atomic context; its state is under a spinlock), and
 * "kc-gpio-sim-slow", a sleeping chip (like an I2C expander, it sleeps in
 * set and get; its state is under a mutex). Controlled through debugfs,
 * /sys/kernel/debug/kc_gpio_sim/:
 *
 *   fast/, slow/   one directory per controller:
 *     state        read: one line per GPIO line, "N dir out in requested
 *                  sets", e.g. "3 o 1 0 1 2" (dir i/o/-, physical output
 *                  level, simulated input level, requested by a consumer,
 *                  how many times the controller's set was called)
 *     input        write "N V": drive the simulated input of line N to V
 *   lookup         write "DEV CON CHIP LINE [low]": a board lookup entry
 *                  that gives device DEV (its dev_name) the line LINE of
 *                  controller CHIP (fast or slow) as function CON;
 *                  write "clear" to remove every entry made here
 *
 * The lookup tables through abstractions/gpio.h, the files through
 * abstractions/debugfs.h.
 */
#include <linux/delay.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/string.h>

#include <abstractions/debugfs.h>
#include <abstractions/gpio.h>
#include <abstractions/gpio_chip.h>
#include <core/alloc.h>
#include <core/cleanup.h>
#include <core/context.h>
#include <core/error.h>
#include <core/locked.h>
#include <core/module.h>
#include <core/work.h>

#define KC_GPIO_SIM_NGPIO	8

/* The model of one controller's lines. */
struct kc_sim_lines {
	bool dir_out[KC_GPIO_SIM_NGPIO];
	bool dir_known[KC_GPIO_SIM_NGPIO];
	bool out[KC_GPIO_SIM_NGPIO];
	bool in[KC_GPIO_SIM_NGPIO];
	bool requested[KC_GPIO_SIM_NGPIO];
	unsigned int sets[KC_GPIO_SIM_NGPIO];
};

/* One locked type per chip kind: the atomic chip's callbacks cannot sleep. */
KC_DEFINE_LOCKED(kc_sim_fast_lines, spinlock_irqsave, struct kc_sim_lines);
KC_DEFINE_LOCKED(kc_sim_slow_lines, mutex, struct kc_sim_lines);

/*
 * gpiolib consults only the first lookup table whose dev_id matches, so a
 * device's entries share one table, registered anew at each addition.
 */
#define KC_GPIO_SIM_MAX_ENTRIES	8

struct kc_gpio_sim_lookup {
	struct list_head node;
	char dev_id[48];
	char con_id[KC_GPIO_SIM_MAX_ENTRIES][32];
	struct kc_gpio_line lines[KC_GPIO_SIM_MAX_ENTRIES];
	unsigned int n;
	struct kc_gpio_lookup *table;
};

/* The lookup tables made through the lookup file, one per device. */
struct kc_sim_lookups {
	struct list_head tables;	/* of struct kc_gpio_sim_lookup */
};

KC_DEFINE_LOCKED(kc_sim_lookups_locked, mutex, struct kc_sim_lookups);

/* A controller as debugfs and the lookup entries name it. */
struct kc_sim_kind {
	const char *name;
	const char *label;
	bool slow;
	struct kc_gpio_sim *sim;
	struct kc_debugfs_dir *dir;	/* name/, in kc_gpio_sim/ */
};

/* The module's state. */
struct kc_gpio_sim {
	struct kc_sim_lookups_locked lookups;
	struct kc_gpio_chip fast_chip;
	struct kc_gpio_chip slow_chip;
	struct kc_sim_fast_lines fast;
	struct kc_sim_slow_lines slow;
	struct kc_sim_kind kinds[2];	/* fast, slow */
	struct kc_debugfs_dir *dir;	/* kc_gpio_sim/ */
};

KC_MODULE(kc_gpio_sim,
	  KC_STATE(struct kc_gpio_sim, kc_gpio_sim_init, kc_gpio_sim_exit),
	  KC_DESCRIPTION("kcrate: simulated GPIO controllers (sleeping and not) for guest tests"),
	  KC_AUTHOR("kcrate developers"),
	  KC_LICENSE("GPL"));

/* --- the model, under either chip's lock ------------------------------------- */

static int kc_lines_direction(struct kc_sim_lines *l, struct kc_gpio_offset off)
{
	return l->dir_out[kc_gpio_offset_num(off)] ? KC_GPIO_DIR_OUT : KC_GPIO_DIR_IN;
}

static void kc_lines_turn(struct kc_sim_lines *l, struct kc_gpio_offset off, bool out)
{
	unsigned int i = kc_gpio_offset_num(off);

	l->dir_out[i] = out;
	l->dir_known[i] = true;
}

static void kc_lines_drive(struct kc_sim_lines *l, struct kc_gpio_offset off, bool value)
{
	unsigned int i = kc_gpio_offset_num(off);

	l->out[i] = value;
	l->sets[i]++;
}

static struct kc_result_bool kc_lines_level(struct kc_sim_lines *l, struct kc_gpio_offset off)
{
	unsigned int i = kc_gpio_offset_num(off);

	return KC_OK(struct kc_result_bool, l->dir_out[i] ? l->out[i] : l->in[i]);
}

/* --- the atomic chip ---------------------------------------------------------- */

static int kc_fast_get_direction(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_fast_lines, &s->fast, l);

	return kc_lines_direction(l, off);
}

static int kc_fast_direction_input(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_fast_lines, &s->fast, l);

	kc_lines_turn(l, off, false);
	return 0;
}

static int kc_fast_direction_output(struct kc_gpio_sim *s, struct kc_gpio_offset off,
				    bool value)
{
	kc_locked(kc_sim_fast_lines, &s->fast, l);

	kc_lines_turn(l, off, true);
	l->out[kc_gpio_offset_num(off)] = value;
	return 0;
}

static int kc_fast_set(struct kc_gpio_sim *s, struct kc_gpio_offset off, bool value)
{
	kc_locked(kc_sim_fast_lines, &s->fast, l);

	kc_lines_drive(l, off, value);
	return 0;
}

static struct kc_result_bool kc_fast_get(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_fast_lines, &s->fast, l);

	return kc_lines_level(l, off);
}

static int kc_fast_request(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_fast_lines, &s->fast, l);

	l->requested[kc_gpio_offset_num(off)] = true;
	return 0;
}

static void kc_fast_free(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_fast_lines, &s->fast, l);

	l->requested[kc_gpio_offset_num(off)] = false;
}

KC_DEFINE_GPIO_CHIP(kc_sim_fast, struct kc_gpio_sim, fast_chip, atomic, KC_GPIO_SIM_NGPIO,
		    (get_direction, kc_fast_get_direction),
		    (direction_input, kc_fast_direction_input),
		    (direction_output, kc_fast_direction_output),
		    (get, kc_fast_get), (set, kc_fast_set),
		    (request, kc_fast_request), (free, kc_fast_free));

/* --- the sleeping chip: a mutex, and a pause in get and set ---------------------- */

static __kc_might_sleep int
kc_slow_get_direction(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_slow_lines, &s->slow, l);

	return kc_lines_direction(l, off);
}

static __kc_might_sleep int
kc_slow_direction_input(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_slow_lines, &s->slow, l);

	kc_lines_turn(l, off, false);
	return 0;
}

static __kc_might_sleep int
kc_slow_direction_output(struct kc_gpio_sim *s, struct kc_gpio_offset off, bool value)
{
	kc_locked(kc_sim_slow_lines, &s->slow, l);

	kc_lines_turn(l, off, true);
	l->out[kc_gpio_offset_num(off)] = value;
	return 0;
}

static __kc_might_sleep int
kc_slow_set(struct kc_gpio_sim *s, struct kc_gpio_offset off, bool value)
{
	usleep_range(10, 20);
	{
		kc_locked(kc_sim_slow_lines, &s->slow, l);

		kc_lines_drive(l, off, value);
	}
	return 0;
}

static __kc_might_sleep struct kc_result_bool
kc_slow_get(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	usleep_range(10, 20);
	{
		kc_locked(kc_sim_slow_lines, &s->slow, l);

		return kc_lines_level(l, off);
	}
}

static __kc_might_sleep int kc_slow_request(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_slow_lines, &s->slow, l);

	l->requested[kc_gpio_offset_num(off)] = true;
	return 0;
}

static __kc_might_sleep void kc_slow_free(struct kc_gpio_sim *s, struct kc_gpio_offset off)
{
	kc_locked(kc_sim_slow_lines, &s->slow, l);

	l->requested[kc_gpio_offset_num(off)] = false;
}

KC_DEFINE_GPIO_CHIP(kc_sim_slow, struct kc_gpio_sim, slow_chip, sleeping, KC_GPIO_SIM_NGPIO,
		    (get_direction, kc_slow_get_direction),
		    (direction_input, kc_slow_direction_input),
		    (direction_output, kc_slow_direction_output),
		    (get, kc_slow_get), (set, kc_slow_set),
		    (request, kc_slow_request), (free, kc_slow_free));

static __kc_might_sleep void kc_lookups_clear(struct kc_gpio_sim *sim);

static __kc_might_sleep void kc_gpio_sim_drop(struct kc_gpio_sim *s)
{
	kc_lookups_clear(s);
	kc_sim_lookups_locked_destroy(&s->lookups);
	kc_sim_slow_lines_destroy(&s->slow);
}

/* The chips are removed first, then the drop, then the free. */
KC_DEFINE_OWNER(kc_gpio_sim, struct kc_gpio_sim, kc_gpio_sim_drop, kc_sim_fast, kc_sim_slow);

/* --- debugfs ------------------------------------------------------------------ */

/* Process context: either chip's lock may be taken, chosen by the file. */
static __kc_might_sleep void
kc_sim_snapshot(const struct kc_sim_kind *k, struct kc_sim_lines *copy)
{
	if (k->slow) {
		kc_locked(kc_sim_slow_lines, &k->sim->slow, l);

		*copy = *l;
	} else {
		kc_locked(kc_sim_fast_lines, &k->sim->fast, l);

		*copy = *l;
	}
}

static __kc_might_sleep void
kc_sim_set_input(const struct kc_sim_kind *k, unsigned int line, bool val)
{
	if (k->slow) {
		kc_locked(kc_sim_slow_lines, &k->sim->slow, l);

		l->in[line] = val;
	} else {
		kc_locked(kc_sim_fast_lines, &k->sim->fast, l);

		l->in[line] = val;
	}
}

static __kc_might_sleep int kc_state_show(struct kc_sim_kind *k, struct kc_seq *seq)
{
	struct kc_sim_lines s;
	int i;

	kc_sim_snapshot(k, &s);
	for (i = 0; i < KC_GPIO_SIM_NGPIO; i++)
		kc_seq_printf(seq, "%d %c %d %d %d %u\n", i,
			      !s.dir_known[i] ? '-' : s.dir_out[i] ? 'o' : 'i',
			      s.out[i], s.in[i], s.requested[i], s.sets[i]);
	return 0;
}

static __kc_might_sleep int kc_input_store(struct kc_sim_kind *k, const char *text)
{
	unsigned int line, val;

	if (sscanf(text, "%u %u", &line, &val) != 2 || line >= KC_GPIO_SIM_NGPIO || val > 1) {
		pr_err("kc_gpio_sim: %s/input: expected \"LINE 0|1\" (LINE < %d), got \"%s\"\n",
		       k->name, KC_GPIO_SIM_NGPIO, text);
		return -EINVAL;
	}
	kc_sim_set_input(k, line, val);
	return 0;
}

KC_DEFINE_DEBUGFS_FILE(state, struct kc_sim_kind, kc_state_show, NULL);
KC_DEFINE_DEBUGFS_FILE(input, struct kc_sim_kind, NULL, kc_input_store);
KC_DEFINE_DEBUGFS_DIR(kc_kind_debugfs, struct kc_sim_kind, state, input);

static __kc_might_sleep void kc_lookups_clear(struct kc_gpio_sim *sim)
{
	kc_locked(kc_sim_lookups_locked, &sim->lookups, ls);
	struct kc_gpio_sim_lookup *l, *tmp;

	list_for_each_entry_safe(l, tmp, &ls->tables, node) {
		list_del(&l->node);
		kc_gpio_lookup_remove(l->table);
		kc_box_free(l);
	}
}

/* Under the lookups' lock, whose data @ls is. */
static __kc_might_sleep struct kc_gpio_sim_lookup *
kc_lookup_find_or_new(struct kc_sim_lookups *ls, const char *dev)
{
	struct kc_gpio_sim_lookup *l;

	list_for_each_entry(l, &ls->tables, node)
		if (!strcmp(l->dev_id, dev))
			return l;
	l = kc_box_new(struct kc_gpio_sim_lookup, GFP_KERNEL);
	if (!l)
		return NULL;
	strscpy(l->dev_id, dev, sizeof(l->dev_id));
	list_add_tail(&l->node, &ls->tables);
	return l;
}

/* The device's table with one more line: the old one stays if that fails. */
static __kc_might_sleep int kc_lookup_grow(struct kc_gpio_sim_lookup *l, const char *con,
					   const struct kc_sim_kind *k, unsigned int line,
					   bool active_low)
{
	struct kc_gpio_line *e = &l->lines[l->n];
	struct kc_gpio_lookup *t = NULL;

	if (l->n == KC_GPIO_SIM_MAX_ENTRIES)
		return -ENOSPC;
	strscpy(l->con_id[l->n], con, sizeof(l->con_id[l->n]));
	e->chip = k->label;
	e->line = line;
	e->function = l->con_id[l->n];
	e->active_low = active_low;
	kc_try_val(t, kc_gpio_lookup_add(l->dev_id, l->lines, l->n + 1));
	kc_gpio_lookup_remove(l->table);
	l->table = t;
	l->n++;
	return 0;
}

static __kc_might_sleep int
kc_lookup_add(struct kc_gpio_sim *sim, const char *dev, const char *con,
	      const char *chip, unsigned int line, bool active_low)
{
	const struct kc_sim_kind *k = NULL;
	struct kc_gpio_sim_lookup *l;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sim->kinds); i++)
		if (!strcmp(chip, sim->kinds[i].name))
			k = &sim->kinds[i];
	if (!k || line >= KC_GPIO_SIM_NGPIO)
		return -EINVAL;

	{
		kc_locked(kc_sim_lookups_locked, &sim->lookups, ls);

		l = kc_lookup_find_or_new(ls, dev);
		if (!l)
			return -ENOMEM;
		return kc_lookup_grow(l, con, k, line, active_low);
	}
}

static __kc_might_sleep int kc_lookup_store(struct kc_gpio_sim *sim, const char *text)
{
	char dev[48], con[32], chip[8], pol[8];
	unsigned int line;
	int n, ret;

	if (!strcmp(text, "clear")) {
		kc_lookups_clear(sim);
		return 0;
	}
	pol[0] = '\0';
	n = sscanf(text, "%47s %31s %7s %u %7s", dev, con, chip, &line, pol);
	if (n < 4 || (n == 5 && strcmp(pol, "low"))) {
		pr_err("kc_gpio_sim: lookup: expected \"DEV CON fast|slow LINE [low]\" or \"clear\", got \"%s\"\n",
		       text);
		return -EINVAL;
	}
	ret = kc_lookup_add(sim, dev, con, chip, line, n == 5);
	if (ret)
		pr_err("kc_gpio_sim: lookup: \"%s\" not added: %d\n", text, ret);
	return ret;
}

KC_DEFINE_DEBUGFS_FILE(lookup, struct kc_gpio_sim, NULL, kc_lookup_store);
KC_DEFINE_DEBUGFS_DIR(kc_sim_debugfs, struct kc_gpio_sim, lookup);

static struct kc_gpio_sim *kc_gpio_sim_init(void)
{
	struct kc_gpio_sim *s __kc_free(kc_gpio_sim) = kc_box_new(struct kc_gpio_sim, GFP_KERNEL);
	unsigned int i;

	if (!s)
		return ERR_PTR(-ENOMEM);
	kc_sim_fast_lines_init(&s->fast);
	kc_sim_slow_lines_init(&s->slow);
	kc_sim_lookups_locked_init(&s->lookups);
	{
		kc_locked(kc_sim_lookups_locked, &s->lookups, ls);

		INIT_LIST_HEAD(&ls->tables);
	}
	s->kinds[0] = (struct kc_sim_kind){ .name = "fast", .label = "kc-gpio-sim-fast", .sim = s };
	s->kinds[1] = (struct kc_sim_kind){ .name = "slow", .label = "kc-gpio-sim-slow",
					    .slow = true, .sim = s };
	kc_try_err_ptr(kc_sim_fast_add(s, NULL, s->kinds[0].label));
	kc_try_err_ptr(kc_sim_slow_add(s, NULL, s->kinds[1].label));

	s->dir = kc_sim_debugfs_create(s, NULL, "kc_gpio_sim");
	for (i = 0; i < ARRAY_SIZE(s->kinds); i++)
		s->kinds[i].dir = kc_kind_debugfs_create(&s->kinds[i], s->dir, s->kinds[i].name);
	return kc_take(s);
}

static void kc_gpio_sim_exit(struct kc_gpio_sim *s)
{
	unsigned int i;

	/* The files first (removal waits for their handlers), then the rest. */
	for (i = 0; i < ARRAY_SIZE(s->kinds); i++)
		kc_debugfs_dir_remove(s->kinds[i].dir);
	kc_debugfs_dir_remove(s->dir);
	kc_gpio_sim_free(s);
}
