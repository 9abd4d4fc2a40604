// SPDX-License-Identifier: GPL-2.0
/* expect: (undefined|incomplete) type .struct kc_netdev_frame. */
/*
 * A frame lent to xmit is opaque: the sk_buff behind it cannot be kept,
 * queued or freed by the driver.
 */
#include "cf_common.h"
#include <abstractions/netdev.h>

unsigned int cf_fn(struct kc_netdev_frame *frame);
unsigned int cf_fn(struct kc_netdev_frame *frame)
{
#ifdef KC_CF_BAD
	return frame->len;
#else
	return kc_netdev_frame_len(frame);
#endif
}
