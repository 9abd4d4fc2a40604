// SPDX-License-Identifier: GPL-2.0
/* expect: KC_PARAM_STRING\(\): the default of label is NULL */
/* A string parameter whose default is NULL, read unchecked (strlen()). */
#include <linux/module.h>
#include <linux/string.h>
#include <core/module.h>

struct cf_m {
	size_t n;
};

KC_MODULE(cf_param_string_null,
	  KC_STATE(struct cf_m, cf_init, cf_drop),
	  KC_LICENSE("GPL"),
#ifdef KC_CF_BAD
	  KC_PARAM_STRING(label, NULL, "Label"));
#else
	  KC_PARAM_STRING(label, "cf", "Label"));
#endif

static struct cf_m cf_m_state;

static struct cf_m *cf_init(void)
{
	cf_m_state.n = strlen(label);
	return &cf_m_state;
}

static void cf_drop(struct cf_m *m)
{
}
