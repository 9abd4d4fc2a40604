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
#include "kc_nl_parse.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

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

static int kc_lm_names_fetch(struct kc_nl *nl);

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
	return kc_lm_names_fetch(nl);
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

typedef int (*kc_parse_fn)(struct nlmsghdr *hdr, void *arg,
			   struct kc_perr *e);

struct kc_req {
	struct kc_nl *nl;
	kc_parse_fn parse;
	void *arg;
	bool done;
	int err;
	int perr;		/* the first reply that did not parse */
	struct kc_perr e;
};

static int kc_err_cb(struct sockaddr_nl *who, struct nlmsgerr *e, void *arg)
{
	struct kc_req *r = arg;
	/* libnl passes nlmsg_data() of the NLMSG_ERROR message. */
	struct nlmsghdr *hdr = (struct nlmsghdr *)((char *)e - NLMSG_HDRLEN);

	(void)who;
	r->err = e->error;
	kc_parse_extack(hdr, r->nl->extack, sizeof(r->nl->extack));
	r->done = true;
	return NL_STOP;
}

static int kc_ack_cb(struct nl_msg *msg, void *arg)
{
	struct kc_req *r = arg;

	kc_parse_extack(nlmsg_hdr(msg), r->nl->extack,
			sizeof(r->nl->extack));
	r->err = 0;
	r->done = true;
	return NL_STOP;
}

static int kc_valid_cb(struct nl_msg *msg, void *arg)
{
	struct kc_req *r = arg;

	/* A reply that does not parse fails the request, after its ACK. */
	if (r->parse && !r->perr)
		r->perr = r->parse(nlmsg_hdr(msg), r->arg, &r->e);
	return NL_OK;
}

static int kc_transact(struct kc_nl *nl, struct nl_sock *sk,
		       struct nl_msg *msg,
		       kc_parse_fn parse, void *arg)
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
	if (!r.err && r.perr) {
		snprintf(nl->what, sizeof(nl->what), "%s", r.e.msg);
		r.err = r.perr;
	}
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

static int kc_linkinfo_cb(struct nlmsghdr *hdr, void *arg, struct kc_perr *e)
{
	return kc_parse_linkinfo(hdr, arg, e);
}

static int kc_linkmodes_cb(struct nlmsghdr *hdr, void *arg, struct kc_perr *e)
{
	return kc_parse_linkmodes(hdr, kc_lm_names_get(), arg, e);
}

static int kc_linkstate_cb(struct nlmsghdr *hdr, void *arg, struct kc_perr *e)
{
	return kc_parse_linkstate(hdr, arg, e);
}

int kc_eth_linkinfo_get(struct kc_nl *nl, int ifindex, struct kc_linkinfo *li)
{
	struct nl_msg *msg = kc_eth_msg(nl, ETHTOOL_MSG_LINKINFO_GET,
					ETHTOOL_A_LINKINFO_HEADER, ifindex, 0);

	memset(li, 0xff, sizeof(*li));
	if (!msg)
		return nl->err = -ENOMEM;
	return kc_transact(nl, nl->genl, msg, kc_linkinfo_cb, li);
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
	ret = kc_transact(nl, nl->genl, msg, kc_linkmodes_cb, lm);
	if (!ret && lm->nbits)
		nl->lm_nbits = lm->nbits;
	return ret;
}

int kc_eth_linkstate_get(struct kc_nl *nl, int ifindex, struct kc_linkstate *ls)
{
	struct nl_msg *msg = kc_eth_msg(nl, ETHTOOL_MSG_LINKSTATE_GET,
					ETHTOOL_A_LINKSTATE_HEADER, ifindex, 0);

	kc_linkstate_init(ls);
	if (!msg)
		return nl->err = -ENOMEM;
	return kc_transact(nl, nl->genl, msg, kc_linkstate_cb, ls);
}

static int kc_strset_cb(struct nlmsghdr *hdr, void *arg, struct kc_perr *e)
{
	return kc_parse_strset(hdr, ETH_SS_LINK_MODES, arg, e);
}

/*
 * The kernel's link-mode names (string set ETH_SS_LINK_MODES), for
 * kc_lm_str() and for checking the names of named bitsets: the kernel
 * knows its own link modes, a table here would only copy them.
 */
static int kc_lm_names_fetch(struct kc_nl *nl)
{
	struct nl_msg *msg = kc_eth_msg(nl, ETHTOOL_MSG_STRSET_GET,
					ETHTOOL_A_STRSET_HEADER, 0, 0);
	struct kc_strset ss = { 0 };
	struct nlattr *sets, *set;
	char why[sizeof(nl->what)];
	int ret;

	if (!msg)
		return KC_FAIL(nl, nl->err = -ENOMEM, "STRSET_GET: nlmsg_alloc");
	sets = nla_nest_start(msg, ETHTOOL_A_STRSET_STRINGSETS);
	set = sets ? nla_nest_start(msg, ETHTOOL_A_STRINGSETS_STRINGSET) : NULL;
	if (!set || nla_put_u32(msg, ETHTOOL_A_STRINGSET_ID, ETH_SS_LINK_MODES)) {
		nlmsg_free(msg);
		return KC_FAIL(nl, nl->err = -EMSGSIZE, "STRSET_GET: message");
	}
	nla_nest_end(msg, set);
	nla_nest_end(msg, sets);
	ret = kc_transact(nl, nl->genl, msg, kc_strset_cb, &ss);
	if (!ret && !ss.str)
		ret = KC_FAIL(nl, -ENODATA, "no reply");
	if (ret) {
		snprintf(why, sizeof(why), "%s", nl->what[0] ? nl->what :
			 nl->extack[0] ? nl->extack : strerror(-ret));
		kc_strset_free(&ss);
		return nl->err = KC_FAIL(nl, ret,
					 "link-mode names (STRSET_GET ETH_SS_LINK_MODES): %.200s",
					 why);
	}
	kc_lm_names_set(&ss);
	return 0;
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
	int perr;		/* a notification that did not parse */
	struct kc_perr e;
};

static int kc_mon_cb(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *hdr = nlmsg_hdr(msg);
	struct genlmsghdr *gh = nlmsg_data(hdr);
	struct kc_mon *m = arg;
	struct kc_linkmodes lm;

	/* draining (ifindex 0) needs no parsing */
	if (hdr->nlmsg_type != m->nl->family || m->ifindex <= 0)
		return NL_OK;
	/* a message too short for its genl header is the parser's error */
	if (genlmsg_valid_hdr(hdr, 0) && gh->cmd != ETHTOOL_MSG_LINKMODES_NTF)
		return NL_OK;
	m->perr = kc_parse_linkmodes(hdr, kc_lm_names_get(), &lm, &m->e);
	if (m->perr)
		return NL_STOP;
	if (lm.ifindex != m->ifindex)
		return NL_OK;
	if (!m->count && m->lm)
		*m->lm = lm;
	m->count++;
	return m->want_one ? NL_STOP : NL_OK;
}

/*
 * Receive from a monitor socket until *count is non-zero (want_one), the
 * timeout, or *perr: a message the callback could not parse, whose message
 * goes to nl->what.
 */
static int kc_mon_run(struct kc_nl *nl, struct nl_sock *sk,
		      nl_recvmsg_msg_cb_t fn, void *arg, int *count,
		      bool want_one, int timeout_ms, const int *perr,
		      const struct kc_perr *e)
{
	int64_t deadline = kc_now_ms() + timeout_ms;
	struct pollfd pfd = { .fd = nl_socket_get_fd(sk), .events = POLLIN };
	struct nl_cb *cb = nl_cb_clone(nl_socket_get_cb(sk));
	int ret = 0;

	if (!cb)
		return -ENOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, fn, arg);
	for (;;) {
		int64_t left = deadline - kc_now_ms();

		if ((want_one && *count) || *perr)
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
	if (!ret && *perr) {
		snprintf(nl->what, sizeof(nl->what), "%s", e->msg);
		ret = *perr;
	}
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
			     timeout_ms, &m.perr, &m.e);

	return ret < 0 ? ret : m.count > 0;
}

int kc_eth_mon_count_linkmodes(struct kc_nl *nl, int ifindex, int timeout_ms)
{
	struct kc_mon m = { .ifindex = ifindex, .nl = nl };
	int ret = kc_mon_run(nl, nl->emon, kc_mon_cb, &m, &m.count, false,
			     timeout_ms, &m.perr, &m.e);

	return ret < 0 ? ret : m.count;
}

/* ------------------------------------------------------------------ */
/* rtnetlink */

/* libnl's RTM_GETLINK request and parser; the fields from its accessors. */
int kc_rt_link_get(struct kc_nl *nl, int ifindex, struct kc_link *l)
{
	struct rtnl_link *link;
	int ret;

	nl->err = 0;
	nl->extack[0] = '\0';
	nl->what[0] = '\0';
	memset(l, 0, sizeof(*l));
	l->carrier_changes = -1;
	ret = rtnl_link_get_kernel(nl->rt, ifindex, NULL, &link);
	if (ret < 0) {
		snprintf(nl->what, sizeof(nl->what),
			 "rtnl_link_get_kernel(%d): %s", ifindex,
			 nl_geterror(ret));
		return nl->err = kc_nle2errno(ret);
	}
	kc_link_from_rtnl(link, l);
	rtnl_link_put(link);
	return 0;
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
	int perr;		/* a message that did not parse */
	struct kc_perr e;
};

static int kc_rtmon_cb(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *hdr = nlmsg_hdr(msg);
	struct kc_rtmon *m = arg;
	struct kc_link l;
	int ifindex;

	/* draining (ifindex -1) needs no parsing */
	if (hdr->nlmsg_type != RTM_NEWLINK || m->ifindex < 0)
		return NL_OK;
	m->perr = kc_parse_rtlink(msg, &ifindex, &l, &m->e);
	if (m->perr)
		return NL_STOP;
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

	kc_mon_run(nl, nl->rtmon, kc_rtmon_cb, &m, &m.seen, false, 0, &m.perr,
		   &m.e);
}

int kc_rt_mon_wait_carrier(struct kc_nl *nl, int ifindex, bool want,
			   int timeout_ms, int *events)
{
	struct kc_rtmon m = { .ifindex = ifindex, .want = want };
	int ret = kc_mon_run(nl, nl->rtmon, kc_rtmon_cb, &m, &m.seen, true,
			     timeout_ms, &m.perr, &m.e);

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
