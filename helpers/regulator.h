/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The regulator driver differences between the kernels kcrate supports,
 * decided by the feature probes in helpers/probes/.
 */
#ifndef KC_HELPERS_REGULATOR_H
#define KC_HELPERS_REGULATOR_H

#include <linux/regulator/driver.h>
#include <linux/regulator/machine.h>

/**
 * kc_helper_rdev_get_name() - the regulator's name
 * @rdev: the regulator
 *
 * rdev_get_name() is there for drivers from v5.13; the same lookup before.
 *
 * Return: the constraints' name, else the descriptor's, else "".
 */
static inline const char *kc_helper_rdev_get_name(struct regulator_dev *rdev)
{
#ifdef KC_HAVE_RDEV_GET_NAME
	return rdev_get_name(rdev);
#else
	if (rdev->constraints && rdev->constraints->name)
		return rdev->constraints->name;
	return rdev->desc->name ? rdev->desc->name : "";
#endif
}

#endif /* KC_HELPERS_REGULATOR_H */
