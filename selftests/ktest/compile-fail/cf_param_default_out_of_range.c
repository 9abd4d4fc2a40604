// SPDX-License-Identifier: GPL-2.0
/* expect: default of level out of its range */
/* A parameter's default must lie in its range. */
#include <core/module.h>

#ifdef KC_CF_BAD
#define CF_DEFAULT 11
#else
#define CF_DEFAULT 10
#endif

KC_MODULE(cf_param_default_out_of_range,
	  KC_LICENSE("GPL"),
	  KC_PARAM_INT(level, CF_DEFAULT, 0, 10, "A level"));
