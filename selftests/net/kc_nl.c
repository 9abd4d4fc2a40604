// SPDX-License-Identifier: GPL-2.0
/*
 * kc_nl: ethtool netlink and rtnetlink helpers for kcrate's selftests.
 * See kc_nl.h for the contract.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <linux/if.h>
#include <linux/ethtool.h>
#include <linux/ethtool_netlink.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sockios.h>

#include <netlink/netlink.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/route/link.h>

#include "kc_nl.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

/* ------------------------------------------------------------------ */
/* link-mode bitmaps */

static const char *const kc_lm_names[] = {
	[ETHTOOL_LINK_MODE_10baseT_Half_BIT] = "10baseT/Half",
	[ETHTOOL_LINK_MODE_10baseT_Full_BIT] = "10baseT/Full",
	[ETHTOOL_LINK_MODE_100baseT_Half_BIT] = "100baseT/Half",
	[ETHTOOL_LINK_MODE_100baseT_Full_BIT] = "100baseT/Full",
	[ETHTOOL_LINK_MODE_1000baseT_Half_BIT] = "1000baseT/Half",
	[ETHTOOL_LINK_MODE_1000baseT_Full_BIT] = "1000baseT/Full",
	[ETHTOOL_LINK_MODE_Autoneg_BIT] = "Autoneg",
	[ETHTOOL_LINK_MODE_TP_BIT] = "TP",
	[ETHTOOL_LINK_MODE_AUI_BIT] = "AUI",
	[ETHTOOL_LINK_MODE_MII_BIT] = "MII",
	[ETHTOOL_LINK_MODE_FIBRE_BIT] = "FIBRE",
	[ETHTOOL_LINK_MODE_BNC_BIT] = "BNC",
	[ETHTOOL_LINK_MODE_10000baseT_Full_BIT] = "10000baseT/Full",
	[ETHTOOL_LINK_MODE_Pause_BIT] = "Pause",
	[ETHTOOL_LINK_MODE_Asym_Pause_BIT] = "Asym_Pause",
	[ETHTOOL_LINK_MODE_2500baseX_Full_BIT] = "2500baseX/Full",
	[ETHTOOL_LINK_MODE_Backplane_BIT] = "Backplane",
	[ETHTOOL_LINK_MODE_1000baseKX_Full_BIT] = "1000baseKX/Full",
};

#define KC_LM_NAMED (ARRAY_SIZE(kc_lm_names))

bool kc_lm_equal(const struct kc_lm *a, const struct kc_lm *b)
{
	return !memcmp(a, b, sizeof(*a));
}

bool kc_lm_subset(const struct kc_lm *a, const struct kc_lm *b)
{
	for (int i = 0; i < KC_LM_WORDS; i++)
		if (a->w[i] & ~b->w[i])
			return false;
	return true;
}

bool kc_lm_empty(const struct kc_lm *m)
{
	for (int i = 0; i < KC_LM_WORDS; i++)
		if (m->w[i])
			return false;
	return true;
}

struct kc_lm kc_lm_andnot(const struct kc_lm *m, const struct kc_lm *allowed)
{
	struct kc_lm r;

	for (int i = 0; i < KC_LM_WORDS; i++)
		r.w[i] = m->w[i] & ~allowed->w[i];
	return r;
}

struct kc_lm kc_lm_speeds(const struct kc_lm *m)
{
	struct kc_lm r = { { 0 } };
	static const unsigned int bits[] = {
		ETHTOOL_LINK_MODE_10baseT_Half_BIT,
		ETHTOOL_LINK_MODE_10baseT_Full_BIT,
		ETHTOOL_LINK_MODE_100baseT_Half_BIT,
		ETHTOOL_LINK_MODE_100baseT_Full_BIT,
		ETHTOOL_LINK_MODE_1000baseT_Half_BIT,
		ETHTOOL_LINK_MODE_1000baseT_Full_BIT,
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(bits); i++)
		if (kc_lm_test(m, bits[i]))
			kc_lm_set(&r, bits[i]);
	return r;
}

const char *kc_lm_str(const struct kc_lm *m, char *buf, unsigned int len)
{
	unsigned int off = 0;

	buf[0] = '\0';
	for (unsigned int bit = 0; bit < KC_LM_NBITS && off < len; bit++) {
		if (!kc_lm_test(m, bit))
			continue;
		if (bit < KC_LM_NAMED && kc_lm_names[bit])
			off += snprintf(buf + off, len - off, "%s%s",
					off ? " " : "", kc_lm_names[bit]);
		else
			off += snprintf(buf + off, len - off, "%sbit%u",
					off ? " " : "", bit);
	}
	if (!off)
		snprintf(buf, len, "(none)");
	return buf;
}

/* ------------------------------------------------------------------ */
/* time */

int64_t kc_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void kc_sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000 };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/* ------------------------------------------------------------------ */
/* sockets */

static int kc_sock_opts(struct nl_sock *sk)
{
	int fd = nl_socket_get_fd(sk), one = 1;
	struct timeval tv = { .tv_sec = 5 };

	/* The kernel's extack message comes only when asked for. */
	if (setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one)))
		return -errno;
	/* Errors then carry only the request's header, not its payload. */
	if (setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof(one)))
		return -errno;
	/* A request never waits forever for its ACK. */
	if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)))
		return -errno;
	return 0;
}

static int kc_nle2errno(int nle)
{
	/* Only used when the kernel's own errno was not seen. */
	switch (nle < 0 ? -nle : nle) {
	case NLE_NOMEM: return -ENOMEM;
	case NLE_AGAIN: return -EAGAIN;
	case NLE_OBJ_NOTFOUND: return -ENOENT;
	case NLE_NODEV: return -ENODEV;
	case NLE_OPNOTSUPP: return -EOPNOTSUPP;
	case NLE_PERM: return -EPERM;
	case NLE_INVAL: return -EINVAL;
	default: return -EIO;
	}
}

#define KC_FAIL(nl, ret, fmt, ...) ({					\
	snprintf((nl)->what, sizeof((nl)->what), fmt, ##__VA_ARGS__);	\
	(ret);								\
})

int kc_nl_open(struct kc_nl *nl)
{
	int ret;

	memset(nl, 0, sizeof(*nl));
	nl->genl = nl_socket_alloc();
	nl->emon = nl_socket_alloc();
	nl->rt = nl_socket_alloc();
	nl->rtmon = nl_socket_alloc();
	if (!nl->genl || !nl->emon || !nl->rt || !nl->rtmon)
		return KC_FAIL(nl, -ENOMEM, "nl_socket_alloc");

	ret = genl_connect(nl->genl);
	if (ret < 0)
		return KC_FAIL(nl, kc_nle2errno(ret), "genl_connect");
	ret = kc_sock_opts(nl->genl);
	if (ret < 0)
		return KC_FAIL(nl, ret, "setsockopt(genl)");

	nl->family = genl_ctrl_resolve(nl->genl, ETHTOOL_GENL_NAME);
	if (nl->family < 0)
		return KC_FAIL(nl, kc_nle2errno(nl->family),
			       "genl_ctrl_resolve(ethtool)");
	nl->mon_grp = genl_ctrl_resolve_grp(nl->genl, ETHTOOL_GENL_NAME,
					    ETHTOOL_MCGRP_MONITOR_NAME);
	if (nl->mon_grp < 0)
		return KC_FAIL(nl, kc_nle2errno(nl->mon_grp),
			       "genl_ctrl_resolve_grp(monitor)");

	nl_socket_disable_seq_check(nl->emon);
	ret = genl_connect(nl->emon);
	if (ret < 0)
		return KC_FAIL(nl, kc_nle2errno(ret), "genl_connect(monitor)");
	ret = nl_socket_add_membership(nl->emon, nl->mon_grp);
	if (ret < 0)
		return KC_FAIL(nl, kc_nle2errno(ret), "join ethtool monitor");
	nl_socket_set_nonblocking(nl->emon);

	ret = nl_connect(nl->rt, NETLINK_ROUTE);
	if (ret < 0)
		return KC_FAIL(nl, kc_nle2errno(ret), "nl_connect(route)");
	ret = kc_sock_opts(nl->rt);
	if (ret < 0)
		return KC_FAIL(nl, ret, "setsockopt(route)");

	nl_socket_disable_seq_check(nl->rtmon);
	ret = nl_connect(nl->rtmon, NETLINK_ROUTE);
	if (ret < 0)
		return KC_FAIL(nl, kc_nle2errno(ret), "nl_connect(route mon)");
	ret = nl_socket_add_membership(nl->rtmon, RTNLGRP_LINK);
	if (ret < 0)
		return KC_FAIL(nl, kc_nle2errno(ret), "join RTNLGRP_LINK");
	nl_socket_set_nonblocking(nl->rtmon);
	return 0;
}

void kc_nl_close(struct kc_nl *nl)
{
	struct nl_sock **socks[] = { &nl->genl, &nl->emon, &nl->rt, &nl->rtmon };

	for (unsigned int i = 0; i < ARRAY_SIZE(socks); i++) {
		if (*socks[i])
			nl_socket_free(*socks[i]);
		*socks[i] = NULL;
	}
}

/* ------------------------------------------------------------------ */
/* one request, its replies and its ACK */

struct kc_req {
	struct kc_nl *nl;
	int (*parse)(struct nlmsghdr *hdr, void *arg);
	void *arg;
	bool done;
	int err;
};

/* Copy NLMSGERR_ATTR_MSG out of an ACK or error message, if present. */
static void kc_read_extack(struct kc_nl *nl, struct nlmsghdr *hdr)
{
	struct nlmsgerr *e = NLMSG_DATA(hdr);
	size_t off, len;
	struct nlattr *a;
	int rem;

	if (!(hdr->nlmsg_flags & NLM_F_ACK_TLVS))
		return;
	off = sizeof(*e);
	if (!(hdr->nlmsg_flags & NLM_F_CAPPED))
		off += e->msg.nlmsg_len - NLMSG_HDRLEN;
	if (hdr->nlmsg_len < NLMSG_HDRLEN + off)
		return;
	len = hdr->nlmsg_len - NLMSG_HDRLEN - off;
	a = (struct nlattr *)((char *)e + off);
	nla_for_each_attr(a, a, len, rem) {
		if (nla_type(a) == NLMSGERR_ATTR_MSG && nla_len(a) > 0) {
			snprintf(nl->extack, sizeof(nl->extack), "%.*s",
				 nla_len(a), (const char *)nla_data(a));
			/* the kernel's string ends in NUL; strip a newline */
			nl->extack[strcspn(nl->extack, "\n")] = '\0';
		}
	}
}

static int kc_err_cb(struct sockaddr_nl *who, struct nlmsgerr *e, void *arg)
{
	struct kc_req *r = arg;
	/* libnl passes nlmsg_data() of the NLMSG_ERROR message. */
	struct nlmsghdr *hdr = (struct nlmsghdr *)((char *)e - NLMSG_HDRLEN);

	(void)who;
	r->err = e->error;
	kc_read_extack(r->nl, hdr);
	r->done = true;
	return NL_STOP;
}

static int kc_ack_cb(struct nl_msg *msg, void *arg)
{
	struct kc_req *r = arg;

	kc_read_extack(r->nl, nlmsg_hdr(msg));
	r->err = 0;
	r->done = true;
	return NL_STOP;
}

static int kc_valid_cb(struct nl_msg *msg, void *arg)
{
	struct kc_req *r = arg;

	if (r->parse)
		r->parse(nlmsg_hdr(msg), r->arg);
	return NL_OK;
}

static int kc_transact(struct kc_nl *nl, struct nl_sock *sk,
		       struct nl_msg *msg,
		       int (*parse)(struct nlmsghdr *, void *), void *arg)
{
	struct kc_req r = { .nl = nl, .parse = parse, .arg = arg };
	struct nl_cb *cb;
	int ret;

	nl->err = 0;
	nl->extack[0] = '\0';
	nl->what[0] = '\0';

	cb = nl_cb_clone(nl_socket_get_cb(sk));
	if (!cb) {
		nlmsg_free(msg);
		return nl->err = -ENOMEM;
	}
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, kc_valid_cb, &r);
	nl_cb_set(cb, NL_CB_ACK, NL_CB_CUSTOM, kc_ack_cb, &r);
	nl_cb_err(cb, NL_CB_CUSTOM, kc_err_cb, &r);

	/* nl_send_auto adds NLM_F_REQUEST | NLM_F_ACK and the sequence. */
	ret = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	if (ret < 0) {
		nl_cb_put(cb);
		snprintf(nl->what, sizeof(nl->what), "nl_send_auto: %s",
			 nl_geterror(ret));
		return nl->err = kc_nle2errno(ret);
	}

	/* Drain replies up to and including the ACK (or the error). */
	while (!r.done) {
		ret = nl_recvmsgs(sk, cb);
		if (ret < 0 && !r.done) {
			snprintf(nl->what, sizeof(nl->what), "nl_recvmsgs: %s",
				 nl_geterror(ret));
			r.err = kc_nle2errno(ret);
			break;
		}
	}
	nl_cb_put(cb);
	return nl->err = r.err;
}

/* ------------------------------------------------------------------ */
/* ethtool requests */

static struct nl_msg *kc_eth_msg(struct kc_nl *nl, int cmd, int hdr_attr,
				 int ifindex, uint32_t flags)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlattr *hdr;

	if (!msg)
		return NULL;
	if (!genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, nl->family, 0,
			 NLM_F_REQUEST | NLM_F_ACK, cmd, ETHTOOL_GENL_VERSION))
		goto fail;
	hdr = nla_nest_start(msg, hdr_attr);
	if (!hdr)
		goto fail;
	if (ifindex > 0 && nla_put_u32(msg, ETHTOOL_A_HEADER_DEV_INDEX, ifindex))
		goto fail;
	if (flags && nla_put_u32(msg, ETHTOOL_A_HEADER_FLAGS, flags))
		goto fail;
	/* libnl 3.7's nla_nest_end drops an empty nest; keep it. */
	if (nla_nest_end_keep_empty(msg, hdr))
		goto fail;
	return msg;
fail:
	nlmsg_free(msg);
	return NULL;
}

static int kc_hdr_ifindex(struct nlattr *hdr)
{
	struct nlattr *tb[ETHTOOL_A_HEADER_MAX + 1];

	if (!hdr || nla_parse_nested(tb, ETHTOOL_A_HEADER_MAX, hdr, NULL) ||
	    !tb[ETHTOOL_A_HEADER_DEV_INDEX])
		return -1;
	return nla_get_u32(tb[ETHTOOL_A_HEADER_DEV_INDEX]);
}

static int kc_get_u8(struct nlattr *a)
{
	return a ? nla_get_u8(a) : -1;
}

struct kc_bitset {
	struct kc_lm value, mask;
	unsigned int size;	/* ETHTOOL_A_BITSET_SIZE, 0: absent */
	bool nomask, named, names_ok;
};

static int kc_parse_bitset(struct nlattr *attr, struct kc_bitset *bs)
{
	struct nlattr *tb[ETHTOOL_A_BITSET_MAX + 1];
	int ret;

	memset(bs, 0, sizeof(*bs));
	bs->names_ok = true;
	ret = nla_parse_nested(tb, ETHTOOL_A_BITSET_MAX, attr, NULL);
	if (ret < 0)
		return -EINVAL;
	bs->nomask = !!tb[ETHTOOL_A_BITSET_NOMASK];
	if (tb[ETHTOOL_A_BITSET_SIZE])
		bs->size = nla_get_u32(tb[ETHTOOL_A_BITSET_SIZE]);

	if (tb[ETHTOOL_A_BITSET_BITS]) {
		struct nlattr *bit;
		int rem;

		bs->named = true;
		nla_for_each_nested(bit, tb[ETHTOOL_A_BITSET_BITS], rem) {
			struct nlattr *bt[ETHTOOL_A_BITSET_BIT_MAX + 1];
			unsigned int idx;

			if (nla_type(bit) != ETHTOOL_A_BITSET_BITS_BIT)
				continue;
			if (nla_parse_nested(bt, ETHTOOL_A_BITSET_BIT_MAX, bit,
					     NULL) ||
			    !bt[ETHTOOL_A_BITSET_BIT_INDEX])
				return -EINVAL;
			idx = nla_get_u32(bt[ETHTOOL_A_BITSET_BIT_INDEX]);
			if (bt[ETHTOOL_A_BITSET_BIT_NAME] && idx < KC_LM_NAMED &&
			    kc_lm_names[idx] &&
			    strcmp(nla_get_string(bt[ETHTOOL_A_BITSET_BIT_NAME]),
				   kc_lm_names[idx]))
				bs->names_ok = false;
			if (bs->nomask) {
				kc_lm_set(&bs->value, idx);
			} else {
				kc_lm_set(&bs->mask, idx);
				if (bt[ETHTOOL_A_BITSET_BIT_VALUE])
					kc_lm_set(&bs->value, idx);
			}
		}
		return 0;
	}

	/* compact: SIZE bits in u32 words, host byte order */
	if (tb[ETHTOOL_A_BITSET_VALUE]) {
		int n = nla_len(tb[ETHTOOL_A_BITSET_VALUE]);

		memcpy(bs->value.w, nla_data(tb[ETHTOOL_A_BITSET_VALUE]),
		       n < (int)sizeof(bs->value.w) ? n : (int)sizeof(bs->value.w));
	}
	if (tb[ETHTOOL_A_BITSET_MASK]) {
		int n = nla_len(tb[ETHTOOL_A_BITSET_MASK]);

		memcpy(bs->mask.w, nla_data(tb[ETHTOOL_A_BITSET_MASK]),
		       n < (int)sizeof(bs->mask.w) ? n : (int)sizeof(bs->mask.w));
	}
	return 0;
}

static int kc_parse_linkinfo(struct nlmsghdr *hdr, void *arg)
{
	struct nlattr *tb[ETHTOOL_A_LINKINFO_MAX + 1];
	struct kc_linkinfo *li = arg;

	if (genlmsg_parse(hdr, 0, tb, ETHTOOL_A_LINKINFO_MAX, NULL) < 0)
		return NL_SKIP;
	li->port = kc_get_u8(tb[ETHTOOL_A_LINKINFO_PORT]);
	li->phyaddr = kc_get_u8(tb[ETHTOOL_A_LINKINFO_PHYADDR]);
	li->tp_mdix = kc_get_u8(tb[ETHTOOL_A_LINKINFO_TP_MDIX]);
	li->tp_mdix_ctrl = kc_get_u8(tb[ETHTOOL_A_LINKINFO_TP_MDIX_CTRL]);
	li->transceiver = kc_get_u8(tb[ETHTOOL_A_LINKINFO_TRANSCEIVER]);
	return NL_OK;
}

int kc_eth_linkinfo_get(struct kc_nl *nl, int ifindex, struct kc_linkinfo *li)
{
	struct nl_msg *msg = kc_eth_msg(nl, ETHTOOL_MSG_LINKINFO_GET,
					ETHTOOL_A_LINKINFO_HEADER, ifindex, 0);

	memset(li, 0xff, sizeof(*li));
	if (!msg)
		return nl->err = -ENOMEM;
	return kc_transact(nl, nl->genl, msg, kc_parse_linkinfo, li);
}

static void kc_linkmodes_init(struct kc_linkmodes *lm)
{
	memset(lm, 0, sizeof(*lm));
	lm->ifindex = -1;
	lm->autoneg = -1;
	lm->speed = -2;
	lm->duplex = -1;
	lm->names_ok = true;
}

static int kc_parse_linkmodes(struct nlmsghdr *hdr, void *arg)
{
	struct nlattr *tb[ETHTOOL_A_LINKMODES_MAX + 1];
	struct kc_linkmodes *lm = arg;
	struct kc_bitset bs;

	kc_linkmodes_init(lm);
	if (genlmsg_parse(hdr, 0, tb, ETHTOOL_A_LINKMODES_MAX, NULL) < 0)
		return NL_SKIP;
	lm->ifindex = kc_hdr_ifindex(tb[ETHTOOL_A_LINKMODES_HEADER]);
	lm->autoneg = kc_get_u8(tb[ETHTOOL_A_LINKMODES_AUTONEG]);
	if (tb[ETHTOOL_A_LINKMODES_OURS] &&
	    !kc_parse_bitset(tb[ETHTOOL_A_LINKMODES_OURS], &bs)) {
		lm->have_ours = true;
		lm->ours = bs.value;
		lm->have_supported = !bs.nomask;
		lm->supported = bs.mask;
		lm->ours_named = bs.named;
		lm->nbits = bs.size;
		lm->names_ok &= bs.names_ok;
	}
	if (tb[ETHTOOL_A_LINKMODES_PEER] &&
	    !kc_parse_bitset(tb[ETHTOOL_A_LINKMODES_PEER], &bs)) {
		lm->have_peer = true;
		lm->peer = bs.value;
		lm->names_ok &= bs.names_ok;
	}
	if (tb[ETHTOOL_A_LINKMODES_SPEED])
		lm->speed = (int32_t)nla_get_u32(tb[ETHTOOL_A_LINKMODES_SPEED]);
	lm->duplex = kc_get_u8(tb[ETHTOOL_A_LINKMODES_DUPLEX]);
	return NL_OK;
}

int kc_eth_linkmodes_get(struct kc_nl *nl, int ifindex, struct kc_linkmodes *lm)
{
	/* No ETHTOOL_FLAG_COMPACT_BITSETS: the reply names every bit. */
	struct nl_msg *msg = kc_eth_msg(nl, ETHTOOL_MSG_LINKMODES_GET,
					ETHTOOL_A_LINKMODES_HEADER, ifindex, 0);

	int ret;

	kc_linkmodes_init(lm);
	if (!msg)
		return nl->err = -ENOMEM;
	ret = kc_transact(nl, nl->genl, msg, kc_parse_linkmodes, lm);
	if (!ret && lm->nbits)
		nl->lm_nbits = lm->nbits;
	return ret;
}

static int kc_parse_linkstate(struct nlmsghdr *hdr, void *arg)
{
	struct nlattr *tb[ETHTOOL_A_LINKSTATE_MAX + 1];
	struct kc_linkstate *ls = arg;

	if (genlmsg_parse(hdr, 0, tb, ETHTOOL_A_LINKSTATE_MAX, NULL) < 0)
		return NL_SKIP;
	ls->link = kc_get_u8(tb[ETHTOOL_A_LINKSTATE_LINK]);
	if (tb[ETHTOOL_A_LINKSTATE_SQI])
		ls->sqi = nla_get_u32(tb[ETHTOOL_A_LINKSTATE_SQI]);
	if (tb[ETHTOOL_A_LINKSTATE_SQI_MAX])
		ls->sqi_max = nla_get_u32(tb[ETHTOOL_A_LINKSTATE_SQI_MAX]);
	ls->ext_state = kc_get_u8(tb[ETHTOOL_A_LINKSTATE_EXT_STATE]);
	ls->ext_substate = kc_get_u8(tb[ETHTOOL_A_LINKSTATE_EXT_SUBSTATE]);
	return NL_OK;
}

int kc_eth_linkstate_get(struct kc_nl *nl, int ifindex, struct kc_linkstate *ls)
{
	struct nl_msg *msg = kc_eth_msg(nl, ETHTOOL_MSG_LINKSTATE_GET,
					ETHTOOL_A_LINKSTATE_HEADER, ifindex, 0);

	ls->link = -1;
	ls->ext_state = -1;
	ls->ext_substate = -1;
	ls->sqi = -1;
	ls->sqi_max = -1;
	if (!msg)
		return nl->err = -ENOMEM;
	return kc_transact(nl, nl->genl, msg, kc_parse_linkstate, ls);
}

int kc_eth_raw_get(struct kc_nl *nl, int cmd, int hdr_attr, int ifindex)
{
	struct nl_msg *msg = kc_eth_msg(nl, cmd, hdr_attr, ifindex, 0);

	if (!msg)
		return nl->err = -ENOMEM;
	return kc_transact(nl, nl->genl, msg, NULL, NULL);
}

/*
 * The size of a compact OURS bitset: the request's, or the kernel's own
 * count of link modes, learned from a LINKMODES_GET reply. Sending more
 * bits than the kernel has is refused by some kernels (5.10: "cannot modify
 * bits past kernel bitset size") even when the extra bits are clear.
 */
static unsigned int kc_lm_size(struct kc_nl *nl, int ifindex,
			       const struct kc_linkmodes_set *req)
{
	struct kc_linkmodes lm;

	if (req->size)
		return req->size;
	if (!nl->lm_nbits) {
		int err = nl->err;

		kc_eth_linkmodes_get(nl, ifindex, &lm);
		nl->err = err;	/* the probe is not the request */
	}
	return nl->lm_nbits && nl->lm_nbits < KC_LM_NBITS ? nl->lm_nbits : KC_LM_NBITS;
}

int kc_eth_linkmodes_set(struct kc_nl *nl, int ifindex,
			 const struct kc_linkmodes_set *req)
{
	unsigned int size = req->set_ours ? kc_lm_size(nl, ifindex, req) : 0;
	size_t len = (size + 31) / 32 * sizeof(uint32_t);
	struct nl_msg *msg = kc_eth_msg(nl, ETHTOOL_MSG_LINKMODES_SET,
					ETHTOOL_A_LINKMODES_HEADER, ifindex, 0);

	if (!msg)
		return nl->err = -ENOMEM;
	if (req->autoneg >= 0 &&
	    nla_put_u8(msg, ETHTOOL_A_LINKMODES_AUTONEG, req->autoneg))
		goto fail;
	if (req->speed >= 0 &&
	    nla_put_u32(msg, ETHTOOL_A_LINKMODES_SPEED, (uint32_t)req->speed))
		goto fail;
	if (req->duplex >= 0 &&
	    nla_put_u8(msg, ETHTOOL_A_LINKMODES_DUPLEX, req->duplex))
		goto fail;
	if (req->lanes >= 0 &&
	    nla_put_u32(msg, ETHTOOL_A_LINKMODES_LANES, (uint32_t)req->lanes))
		goto fail;
	if (req->master_slave >= 0 &&
	    nla_put_u8(msg, ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG,
		       req->master_slave))
		goto fail;
	if (req->set_ours_bit) {
		struct nlattr *bs = nla_nest_start(msg, ETHTOOL_A_LINKMODES_OURS);
		struct nlattr *bits, *bit;

		if (!bs)
			goto fail;
		bits = nla_nest_start(msg, ETHTOOL_A_BITSET_BITS);
		if (!bits)
			goto fail;
		bit = nla_nest_start(msg, ETHTOOL_A_BITSET_BITS_BIT);
		if (!bit)
			goto fail;
		if (req->bit_index >= 0 &&
		    nla_put_u32(msg, ETHTOOL_A_BITSET_BIT_INDEX,
				(uint32_t)req->bit_index))
			goto fail;
		if (req->bit_name &&
		    nla_put_string(msg, ETHTOOL_A_BITSET_BIT_NAME, req->bit_name))
			goto fail;
		if (nla_put_flag(msg, ETHTOOL_A_BITSET_BIT_VALUE))
			goto fail;
		nla_nest_end(msg, bit);
		nla_nest_end(msg, bits);
		nla_nest_end(msg, bs);
	}
	if (req->set_ours) {
		struct nlattr *bs = nla_nest_start(msg, ETHTOOL_A_LINKMODES_OURS);

		/* compact, with a mask: only the masked bits change */
		if (!bs ||
		    nla_put_u32(msg, ETHTOOL_A_BITSET_SIZE, size) ||
		    nla_put(msg, ETHTOOL_A_BITSET_VALUE, len, req->ours_value.w) ||
		    nla_put(msg, ETHTOOL_A_BITSET_MASK, len, req->ours_mask.w))
			goto fail;
		nla_nest_end(msg, bs);
	}
	return kc_transact(nl, nl->genl, msg, NULL, NULL);
fail:
	nlmsg_free(msg);
	return nl->err = -EMSGSIZE;
}

/* ------------------------------------------------------------------ */
/* ethtool monitor */

struct kc_mon {
	int ifindex;
	int count;
	bool want_one;
	struct kc_linkmodes *lm;
	struct kc_nl *nl;
};

static int kc_mon_cb(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *hdr = nlmsg_hdr(msg);
	struct genlmsghdr *gh = nlmsg_data(hdr);
	struct kc_mon *m = arg;
	struct kc_linkmodes lm;

	if (hdr->nlmsg_type != m->nl->family ||
	    gh->cmd != ETHTOOL_MSG_LINKMODES_NTF)
		return NL_OK;
	kc_parse_linkmodes(hdr, &lm);
	if (lm.ifindex != m->ifindex)
		return NL_OK;
	if (!m->count && m->lm)
		*m->lm = lm;
	m->count++;
	return m->want_one ? NL_STOP : NL_OK;
}

static int kc_mon_run(struct kc_nl *nl, struct nl_sock *sk,
		      nl_recvmsg_msg_cb_t fn, void *arg, int *count,
		      bool want_one, int timeout_ms)
{
	int64_t deadline = kc_now_ms() + timeout_ms;
	struct pollfd pfd = { .fd = nl_socket_get_fd(sk), .events = POLLIN };
	struct nl_cb *cb = nl_cb_clone(nl_socket_get_cb(sk));
	int ret = 0;

	(void)nl;
	if (!cb)
		return -ENOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, fn, arg);
	for (;;) {
		int64_t left = deadline - kc_now_ms();

		if (want_one && *count)
			break;
		if (left < 0)
			left = 0;
		ret = poll(&pfd, 1, (int)left);
		if (ret < 0) {
			ret = -errno;
			if (ret == -EINTR)
				continue;
			break;
		}
		if (ret == 0)
			break;		/* timeout */
		ret = nl_recvmsgs(sk, cb);
		if (ret < 0 && ret != -NLE_AGAIN) {
			ret = kc_nle2errno(ret);
			break;
		}
		ret = 0;
	}
	nl_cb_put(cb);
	return ret < 0 ? ret : 0;
}

void kc_eth_mon_drain(struct kc_nl *nl)
{
	kc_eth_mon_count_linkmodes(nl, 0, 0);
}

int kc_eth_mon_wait_linkmodes(struct kc_nl *nl, int ifindex, int timeout_ms,
			      struct kc_linkmodes *lm)
{
	struct kc_mon m = { .ifindex = ifindex, .lm = lm, .nl = nl,
			    .want_one = true };
	int ret = kc_mon_run(nl, nl->emon, kc_mon_cb, &m, &m.count, true,
			     timeout_ms);

	return ret < 0 ? ret : m.count > 0;
}

int kc_eth_mon_count_linkmodes(struct kc_nl *nl, int ifindex, int timeout_ms)
{
	struct kc_mon m = { .ifindex = ifindex, .nl = nl };
	int ret = kc_mon_run(nl, nl->emon, kc_mon_cb, &m, &m.count, false,
			     timeout_ms);

	return ret < 0 ? ret : m.count;
}

/* ------------------------------------------------------------------ */
/* rtnetlink */

static void kc_parse_ifinfo(struct nlmsghdr *hdr, int *ifindex,
			    struct kc_link *l)
{
	struct ifinfomsg *ifi = nlmsg_data(hdr);
	struct nlattr *tb[IFLA_MAX + 1];

	l->flags = ifi->ifi_flags;
	l->carrier = -1;
	l->carrier_changes = -1;
	l->operstate = -1;
	*ifindex = ifi->ifi_index;
	if (nlmsg_parse(hdr, sizeof(*ifi), tb, IFLA_MAX, NULL) < 0)
		return;
	if (tb[IFLA_CARRIER])
		l->carrier = nla_get_u8(tb[IFLA_CARRIER]);
	if (tb[IFLA_CARRIER_CHANGES])
		l->carrier_changes = nla_get_u32(tb[IFLA_CARRIER_CHANGES]);
	if (tb[IFLA_OPERSTATE])
		l->operstate = nla_get_u8(tb[IFLA_OPERSTATE]);
}

static int kc_parse_link(struct nlmsghdr *hdr, void *arg)
{
	struct kc_link *l = arg;
	int ifindex;

	if (hdr->nlmsg_type == RTM_NEWLINK)
		kc_parse_ifinfo(hdr, &ifindex, l);
	return NL_OK;
}

int kc_rt_link_get(struct kc_nl *nl, int ifindex, struct kc_link *l)
{
	struct nl_msg *msg;
	int ret;

	memset(l, 0, sizeof(*l));
	l->carrier = -1;
	l->operstate = -1;
	l->carrier_changes = -1;
	ret = rtnl_link_build_get_request(ifindex, NULL, &msg);
	if (ret < 0)
		return nl->err = kc_nle2errno(ret);
	return kc_transact(nl, nl->rt, msg, kc_parse_link, l);
}

int kc_rt_link_set_up(struct kc_nl *nl, int ifindex, bool up)
{
	struct rtnl_link *orig = rtnl_link_alloc();
	struct rtnl_link *chg = rtnl_link_alloc();
	struct nl_msg *msg = NULL;
	int ret = -ENOMEM;

	if (!orig || !chg)
		goto out;
	rtnl_link_set_ifindex(orig, ifindex);
	if (up)
		rtnl_link_set_flags(chg, IFF_UP);
	else
		rtnl_link_unset_flags(chg, IFF_UP);
	/* The request rtnl_link_change() would send, sent by kc_transact. */
	ret = rtnl_link_build_change_request(orig, chg, 0, &msg);
	if (ret < 0) {
		ret = kc_nle2errno(ret);
		goto out;
	}
	ret = kc_transact(nl, nl->rt, msg, NULL, NULL);
out:
	if (orig)
		rtnl_link_put(orig);
	if (chg)
		rtnl_link_put(chg);
	return nl->err = ret;
}

struct kc_rtmon {
	int ifindex;
	bool want;
	int events;
	int seen;
};

static int kc_rtmon_cb(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *hdr = nlmsg_hdr(msg);
	struct kc_rtmon *m = arg;
	struct kc_link l;
	int ifindex;

	if (hdr->nlmsg_type != RTM_NEWLINK)
		return NL_OK;
	kc_parse_ifinfo(hdr, &ifindex, &l);
	if (ifindex != m->ifindex)
		return NL_OK;
	m->events++;
	if (!!(l.flags & IFF_LOWER_UP) == m->want) {
		m->seen = 1;
		return NL_STOP;
	}
	return NL_OK;
}

void kc_rt_mon_drain(struct kc_nl *nl)
{
	struct kc_rtmon m = { .ifindex = -1 };

	kc_mon_run(nl, nl->rtmon, kc_rtmon_cb, &m, &m.seen, false, 0);
}

int kc_rt_mon_wait_carrier(struct kc_nl *nl, int ifindex, bool want,
			   int timeout_ms, int *events)
{
	struct kc_rtmon m = { .ifindex = ifindex, .want = want };
	int ret = kc_mon_run(nl, nl->rtmon, kc_rtmon_cb, &m, &m.seen, true,
			     timeout_ms);

	if (events)
		*events += m.events;
	return ret < 0 ? ret : m.seen;
}

int kc_rt_wait_carrier(struct kc_nl *nl, int ifindex, bool want, int timeout_ms)
{
	int64_t start = kc_now_ms();
	struct kc_link l;

	for (;;) {
		int ret = kc_rt_link_get(nl, ifindex, &l);

		if (ret < 0)
			return ret;
		if (!!(l.flags & IFF_LOWER_UP) == want)
			return (int)(kc_now_ms() - start);
		if (kc_now_ms() - start > timeout_ms)
			return -ETIMEDOUT;
		kc_sleep_ms(50);
	}
}

/* ------------------------------------------------------------------ */
/* ioctl */

int kc_eth_nway_reset(const char *ifname)
{
	struct ethtool_value ev = { .cmd = ETHTOOL_NWAY_RST };
	struct ifreq ifr;
	int fd, ret = 0;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", ifname);
	ifr.ifr_data = (void *)&ev;
	if (ioctl(fd, SIOCETHTOOL, &ifr) < 0)
		ret = -errno;
	close(fd);
	return ret;
}
