/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kc_nl: the small netlink library of kcrate's network selftests.
 *
 * ethtool netlink (generic netlink family "ethtool") through libnl-genl-3 and
 * rtnetlink through libnl-route-3. Every request asks for an ACK and records
 * the exact errno and the extended ACK message of the answer (libnl 3.7 has
 * no extack helpers and maps errnos to its own NLE_* codes, so the error
 * callback reads struct nlmsgerr itself). GETs ask for named (non-compact)
 * bitsets; notifications are always compact; both are decoded into the same
 * bitmap indexed by ETHTOOL_LINK_MODE_*_BIT.
 */
#ifndef KC_NL_H
#define KC_NL_H

#include <stdbool.h>
#include <stdint.h>

/* Bits of the link-mode bitmap; 6.1 knows about 100 link modes. */
#define KC_LM_WORDS 4
#define KC_LM_NBITS (KC_LM_WORDS * 32)

struct kc_lm {
	uint32_t w[KC_LM_WORDS];
};

static inline bool kc_lm_test(const struct kc_lm *m, unsigned int bit)
{
	return bit < KC_LM_NBITS && (m->w[bit / 32] >> (bit % 32)) & 1;
}

static inline void kc_lm_set(struct kc_lm *m, unsigned int bit)
{
	if (bit < KC_LM_NBITS)
		m->w[bit / 32] |= 1u << (bit % 32);
}

bool kc_lm_equal(const struct kc_lm *a, const struct kc_lm *b);
bool kc_lm_subset(const struct kc_lm *a, const struct kc_lm *b);
/*
 * "10baseT/Half 100baseT/Full ..." for diagnostics, in the kernel's names
 * (fetched by kc_nl_open(); "bitN" before that); returns buf.
 */
const char *kc_lm_str(const struct kc_lm *m, char *buf, unsigned int len);
/* Only the 10/100/1000 BASE-T speed bits (the rest masked out). */
struct kc_lm kc_lm_speeds(const struct kc_lm *m);
/* Bits of m outside allowed. */
struct kc_lm kc_lm_andnot(const struct kc_lm *m, const struct kc_lm *allowed);
bool kc_lm_empty(const struct kc_lm *m);

struct kc_nl {
	struct nl_sock *genl;	/* ethtool requests */
	struct nl_sock *emon;	/* ethtool "monitor" group */
	struct nl_sock *rt;	/* rtnetlink requests */
	struct nl_sock *rtmon;	/* RTNLGRP_LINK */
	int family;
	int mon_grp;
	/* Outcome of the last request. */
	int err;		/* 0 or negative errno from the kernel */
	char extack[256];	/* NLMSGERR_ATTR_MSG, "" if none */
	char what[256];		/* which call failed and why, for messages */
	unsigned int lm_nbits;	/* the kernel's link mode count, 0: not known yet */
};

/*
 * Returns 0 or a negative errno; on error, nl->what says which step. Also
 * fetches the kernel's link-mode names (STRSET_GET, ETH_SS_LINK_MODES) for
 * kc_lm_str(): failing that fails the open.
 */
int kc_nl_open(struct kc_nl *nl);
void kc_nl_close(struct kc_nl *nl);

struct kc_linkinfo {
	int port, phyaddr, tp_mdix, tp_mdix_ctrl, transceiver; /* -1: absent */
};

struct kc_linkmodes {
	int ifindex;		/* from the reply header */
	int autoneg;		/* -1: absent */
	struct kc_lm ours;	/* advertised */
	struct kc_lm supported;	/* the mask of OURS */
	struct kc_lm peer;
	bool have_ours, have_supported, have_peer;
	bool ours_named;	/* the OURS bitset came with bit names */
	unsigned int nbits;	/* the kernel's link mode count (bitset size) */
	bool names_ok;		/* every named bit matched ETH_SS_LINK_MODES */
	int64_t speed;		/* -2: absent, otherwise (int32) value */
	int duplex;		/* -1: absent */
};

struct kc_linkstate {
	int link;		/* -1: absent */
	int64_t sqi, sqi_max;	/* -1: absent */
	int ext_state, ext_substate; /* -1: absent */
};

/*
 * GETs; return 0 or negative errno (also in nl->err, extack in nl->extack).
 * A reply that does not parse is -EBADMSG or -ERANGE, nl->what says why.
 */
int kc_eth_linkinfo_get(struct kc_nl *nl, int ifindex, struct kc_linkinfo *li);
int kc_eth_linkmodes_get(struct kc_nl *nl, int ifindex, struct kc_linkmodes *lm);
int kc_eth_linkstate_get(struct kc_nl *nl, int ifindex, struct kc_linkstate *ls);

/* LINKMODES_SET: fields left at their "absent" value are not sent. */
struct kc_linkmodes_set {
	int autoneg;		/* -1: absent */
	int64_t speed;		/* -1: absent */
	int duplex;		/* -1: absent */
	int64_t lanes;		/* -1: absent */
	int master_slave;	/* -1: absent */
	bool set_ours;		/* send OURS as a compact value/mask bitset */
	unsigned int size;	/* its size in bits, 0: the kernel's */
	struct kc_lm ours_value, ours_mask;
	/* or: OURS as a bit-by-bit bitset of one bit, set, by name/index */
	bool set_ours_bit;
	const char *bit_name;	/* NULL: absent */
	int64_t bit_index;	/* -1: absent */
};

#define KC_LINKMODES_SET_INIT { .autoneg = -1, .speed = -1, .duplex = -1, \
				.lanes = -1, .master_slave = -1, .bit_index = -1 }

int kc_eth_linkmodes_set(struct kc_nl *nl, int ifindex,
			 const struct kc_linkmodes_set *req);

/* Raw request with a header nest carrying only DEV_INDEX (or nothing). */
int kc_eth_raw_get(struct kc_nl *nl, int cmd, int hdr_attr, int ifindex);

/* ethtool monitor notifications */
void kc_eth_mon_drain(struct kc_nl *nl);
/*
 * Wait up to timeout_ms for a LINKMODES_NTF about ifindex; 1 if one came
 * (decoded into *lm), 0 on timeout, negative errno on error.
 */
int kc_eth_mon_wait_linkmodes(struct kc_nl *nl, int ifindex, int timeout_ms,
			      struct kc_linkmodes *lm);
/* Number of LINKMODES_NTFs about ifindex seen within timeout_ms. */
int kc_eth_mon_count_linkmodes(struct kc_nl *nl, int ifindex, int timeout_ms);

/* rtnetlink */
/* From libnl's rtnl_link accessors; carrier and operstate read 0 if absent. */
struct kc_link {
	unsigned int flags;	/* IFF_*: rtnl_link_get_flags */
	int carrier;		/* rtnl_link_get_carrier */
	int64_t carrier_changes; /* rtnl_link_get_carrier_changes, -1: absent */
	int operstate;		/* rtnl_link_get_operstate */
};

int kc_rt_link_get(struct kc_nl *nl, int ifindex, struct kc_link *l);
/* Set or clear IFF_UP through RTM_NEWLINK (rtnl_link_change's request). */
int kc_rt_link_set_up(struct kc_nl *nl, int ifindex, bool up);
void kc_rt_mon_drain(struct kc_nl *nl);
/*
 * Wait up to timeout_ms for an RTM_NEWLINK about ifindex whose carrier
 * (IFF_LOWER_UP) equals want; 1 if seen, 0 on timeout, negative errno.
 * *events counts the RTM_NEWLINK messages about ifindex seen meanwhile.
 */
int kc_rt_mon_wait_carrier(struct kc_nl *nl, int ifindex, bool want,
			   int timeout_ms, int *events);
/* Poll RTM_GETLINK until the carrier equals want; ms taken or -ETIMEDOUT. */
int kc_rt_wait_carrier(struct kc_nl *nl, int ifindex, bool want, int timeout_ms);

/* SIOCETHTOOL ETHTOOL_NWAY_RST (no netlink equivalent in 6.1). */
int kc_eth_nway_reset(const char *ifname);

/* Milliseconds from CLOCK_MONOTONIC. */
int64_t kc_now_ms(void);
void kc_sleep_ms(int ms);

#endif /* KC_NL_H */
