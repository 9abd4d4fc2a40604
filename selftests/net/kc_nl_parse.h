/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kc_nl_parse: the reply parsers of kc_nl, without its sockets, so that a
 * host program (kc_nl_parse_test.c) can feed them crafted messages.
 *
 * Every attribute table is parsed against an nla_policy: libnl then refuses
 * an attribute shorter or longer than its type, or a string without its NUL,
 * before anything reads it. libnl's nla_parse() stops quietly at an
 * attribute that runs past the end of its stream; the parsers here refuse
 * the bytes left over instead, so a truncated attribute is an error, not an
 * absent one. A parser returns 0 or a negative errno and says in e->msg what
 * was wrong: -EBADMSG for a malformed message (bad length, bytes after the
 * last attribute, a mandatory attribute missing), -ERANGE for an index
 * outside its set.
 */
#ifndef KC_NL_PARSE_H
#define KC_NL_PARSE_H

#include <stddef.h>

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#include "kc_nl.h"

struct kc_perr {
	char msg[192];
};

/* A string set's strings, str[0..count-1], each present. */
struct kc_strset {
	unsigned int id, count;
	char **str;
};

/* Largest string set count accepted (6.1 has 92 link modes). */
#define KC_STRSET_MAX 1024

int kc_parse_strset(struct nlmsghdr *hdr, unsigned int id,
		    struct kc_strset *ss, struct kc_perr *e);
void kc_strset_free(struct kc_strset *ss);

/*
 * The kernel's link-mode names (ETH_SS_LINK_MODES), process-wide: the table
 * takes ownership of *ss (left empty). kc_lm_str() names bits from it.
 */
void kc_lm_names_set(struct kc_strset *ss);
const struct kc_strset *kc_lm_names_get(void);

struct kc_bitset {
	struct kc_lm value, mask;
	unsigned int size;	/* ETHTOOL_A_BITSET_SIZE */
	bool nomask, named, names_ok;
};

/* names: to check named bits against (NULL: no check); what: for e->msg. */
int kc_parse_bitset(struct nlattr *attr, const struct kc_strset *names,
		    const char *what, struct kc_bitset *bs, struct kc_perr *e);

void kc_linkmodes_init(struct kc_linkmodes *lm);
void kc_linkstate_init(struct kc_linkstate *ls);
int kc_parse_linkinfo(struct nlmsghdr *hdr, struct kc_linkinfo *li,
		      struct kc_perr *e);
int kc_parse_linkmodes(struct nlmsghdr *hdr, const struct kc_strset *names,
		       struct kc_linkmodes *lm, struct kc_perr *e);
int kc_parse_linkstate(struct nlmsghdr *hdr, struct kc_linkstate *ls,
		       struct kc_perr *e);

/* rtnetlink: libnl's own link parser and the rtnl_link accessors. */
void kc_link_from_rtnl(struct rtnl_link *link, struct kc_link *l);
int kc_parse_rtlink(struct nl_msg *msg, int *ifindex, struct kc_link *l,
		    struct kc_perr *e);

/* NLMSGERR_ATTR_MSG of an ACK or error message into buf ("" if none). */
void kc_parse_extack(struct nlmsghdr *hdr, char *buf, size_t len);

#endif /* KC_NL_PARSE_H */
