// SPDX-License-Identifier: GPL-2.0
/* expect: KC_MODULE.cf_other_name. in module cf_module_name */
/* KC_MODULE() must name the module it is in. */
#include <core/module.h>

#ifdef KC_CF_BAD
KC_MODULE(cf_other_name, KC_LICENSE("GPL"));
#else
KC_MODULE(cf_module_name, KC_LICENSE("GPL"));
#endif
