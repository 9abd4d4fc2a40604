// SPDX-License-Identifier: GPL-2.0
/*
 * nl_fuzz: a bounded, reproducible fuzz of ethtool netlink's LINKMODES_SET
 * and LINKINFO_SET on one interface.
 *
 *   nl_fuzz IFNAME [COUNT [SEED]]     (defaults: 2000 messages, seed 1)
 *
 * Each message carries a valid request header (the interface's index) and
 * 0 to 5 random attributes: known and unknown types, values at the edges of
 * and outside their ranges, payloads of the wrong length, and random OURS
 * bitsets (compact or bit by bit, by index and by name). Every message is
 * sent twice: both answers must be the same (a request is accepted or
 * refused as a function of the request, not of chance), and a refused
 * request must leave LINKMODES and LINKINFO as they were. Prints KTAP
 * (one result per property) and "# nl_fuzz:" figures; exit 1 on a failure.
 */
#include <errno.h>
#include <net/if.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/ethtool.h>
#include <linux/ethtool_netlink.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/netlink.h>

#include "../net/kc_nl.h"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

static uint64_t rng_state;

static void result(int *n, int *failed, bool ok, const char *what)
{
	*n += 1;
	printf("%sok %d %s\n", ok ? "" : "not ", *n, what);
	*failed += !ok;
}

/* xorshift64star: the same sequence for a seed */
static uint32_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 2685821657736338717ULL) >> 32);
}

static uint32_t below(uint32_t n) { return n ? rnd() % n : 0; }

static uint32_t edge_u32(void)
{
	static const uint32_t v[] = { 0, 1, 2, 10, 100, 1000, 2500, 10000,
				      0xff, 0x100, 0xffff, 0x7fffffff,
				      0x80000000, 0xfffffffe, 0xffffffff };

	return below(4) ? v[below(ARRAY_SIZE(v))] : rnd();
}

static uint8_t edge_u8(void)
{
	static const uint8_t v[] = { 0, 1, 2, 3, 4, 5, 0x7f, 0x80, 0xfe, 0xff };

	return below(4) ? v[below(sizeof(v))] : (uint8_t)rnd();
}

static const char *const names[] = {
	"10baseT/Half", "10baseT/Full", "100baseT/Half", "100baseT/Full",
	"1000baseT/Full", "Autoneg", "TP", "Pause", "Asym_Pause", "MII",
	"", "nonsense", "100baseT1/Full",
};

/* A random payload for attribute type t: well-typed or of a wrong length. */
static int put_random(struct nl_msg *msg, int type, int len)
{
	uint8_t buf[16];
	unsigned int i, n;

	if (below(5) == 0) {		/* wrong length */
		n = below(sizeof(buf) + 1);
		for (i = 0; i < n; i++)
			buf[i] = rnd();
		return nla_put(msg, type, n, buf);
	}
	if (len == 1)
		return nla_put_u8(msg, type, edge_u8());
	return nla_put_u32(msg, type, edge_u32());
}

static int put_bitset(struct nl_msg *msg, int type)
{
	struct nlattr *bs = nla_nest_start(msg, type);
	uint32_t w[4];
	unsigned int i, n;

	if (!bs)
		return -1;
	if (below(3) && nla_put_flag(msg, ETHTOOL_A_BITSET_NOMASK))
		return -1;
	if (below(2)) {			/* compact */
		unsigned int words = below(5);

		if (below(4) && nla_put_u32(msg, ETHTOOL_A_BITSET_SIZE,
					    below(3) ? edge_u32() : 32 * words))
			return -1;
		for (i = 0; i < 4; i++)
			w[i] = below(2) ? rnd() : (uint32_t)0x2f << below(8);
		if (below(6) && nla_put(msg, ETHTOOL_A_BITSET_VALUE, 4 * words, w))
			return -1;
		for (i = 0; i < 4; i++)
			w[i] = rnd();
		if (below(2) && nla_put(msg, ETHTOOL_A_BITSET_MASK, 4 * below(5), w))
			return -1;
	} else {			/* bit by bit */
		struct nlattr *bits = nla_nest_start(msg, ETHTOOL_A_BITSET_BITS);

		if (!bits)
			return -1;
		n = below(5);
		for (i = 0; i < n; i++) {
			struct nlattr *bit = nla_nest_start(msg,
				below(8) ? ETHTOOL_A_BITSET_BITS_BIT : below(4));

			if (!bit)
				return -1;
			if (below(3) && nla_put_u32(msg, ETHTOOL_A_BITSET_BIT_INDEX,
						    below(2) ? below(8) : edge_u32()))
				return -1;
			if (below(3) &&
			    nla_put_string(msg, ETHTOOL_A_BITSET_BIT_NAME,
					   names[below(ARRAY_SIZE(names))]))
				return -1;
			if (below(2) && nla_put_flag(msg, ETHTOOL_A_BITSET_BIT_VALUE))
				return -1;
			nla_nest_end(msg, bit);
		}
		nla_nest_end(msg, bits);
	}
	nla_nest_end(msg, bs);
	return 0;
}

static struct nl_msg *build(int family, int ifindex, int *cmd_out)
{
	bool modes = below(3) != 0;
	int cmd = modes ? ETHTOOL_MSG_LINKMODES_SET : ETHTOOL_MSG_LINKINFO_SET;
	int hdr = modes ? ETHTOOL_A_LINKMODES_HEADER : ETHTOOL_A_LINKINFO_HEADER;
	int max = modes ? ETHTOOL_A_LINKMODES_RATE_MATCHING : ETHTOOL_A_LINKINFO_TRANSCEIVER;
	struct nl_msg *msg = nlmsg_alloc();
	struct nlattr *h;
	unsigned int i, n = below(6);

	*cmd_out = cmd;
	if (!msg)
		return NULL;
	if (!genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0,
			 NLM_F_REQUEST | NLM_F_ACK, cmd, ETHTOOL_GENL_VERSION))
		goto fail;
	h = nla_nest_start(msg, hdr);
	if (!h || nla_put_u32(msg, ETHTOOL_A_HEADER_DEV_INDEX, ifindex))
		goto fail;
	if (below(8) == 0 && nla_put_u32(msg, ETHTOOL_A_HEADER_FLAGS, below(2) ? below(8) : rnd()))
		goto fail;
	nla_nest_end(msg, h);
	for (i = 0; i < n; i++) {
		int type = 2 + below(max);	/* past HEADER; max + 1 is unknown */
		int ret;

		if (modes && (type == ETHTOOL_A_LINKMODES_OURS ||
			      type == ETHTOOL_A_LINKMODES_PEER) && below(4))
			ret = put_bitset(msg, type);
		else if (modes && (type == ETHTOOL_A_LINKMODES_SPEED ||
				   type == ETHTOOL_A_LINKMODES_LANES))
			ret = put_random(msg, type, 4);
		else
			ret = put_random(msg, type, below(6) ? 1 : 4);
		if (ret)
			goto fail;
	}
	return msg;
fail:
	nlmsg_free(msg);
	return NULL;
}

struct answer { int err; bool done; };

static int on_err(struct sockaddr_nl *who, struct nlmsgerr *e, void *arg)
{
	struct answer *a = arg;

	(void)who;
	a->err = e->error;
	a->done = true;
	return NL_STOP;
}

static int on_ack(struct nl_msg *m, void *arg)
{
	struct answer *a = arg;

	(void)m;
	a->err = 0;
	a->done = true;
	return NL_STOP;
}

/* Send msg (kept), return the kernel's answer: 0 or a negative errno. */
static int transact(struct nl_sock *sk, struct nl_msg *msg)
{
	struct answer a = { .err = -EIO };
	struct nl_cb *cb = nl_cb_alloc(NL_CB_DEFAULT);
	int ret;

	if (!cb)
		return -ENOMEM;
	nl_cb_err(cb, NL_CB_CUSTOM, on_err, &a);
	nl_cb_set(cb, NL_CB_ACK, NL_CB_CUSTOM, on_ack, &a);
	nlmsg_hdr(msg)->nlmsg_seq = 0;	/* nl_send_auto numbers it again */
	ret = nl_send_auto(sk, msg);
	if (ret < 0) {
		nl_cb_put(cb);
		return -EMSGSIZE;
	}
	while (!a.done) {
		ret = nl_recvmsgs(sk, cb);
		if (ret < 0 && !a.done) {
			a.err = -EPROTO;
			break;
		}
	}
	nl_cb_put(cb);
	return a.err;
}

struct state { struct kc_linkmodes lm; struct kc_linkinfo li; };

static int snapshot(struct kc_nl *nl, int ifindex, struct state *s)
{
	memset(s, 0, sizeof(*s));
	if (kc_eth_linkmodes_get(nl, ifindex, &s->lm))
		return -1;
	return kc_eth_linkinfo_get(nl, ifindex, &s->li) ? -1 : 0;
}

/*
 * What a SET may change: autoneg, advertised modes, forced speed/duplex,
 * and the settable link info.
 */
static bool same_state(const struct state *a, const struct state *b)
{
	if (a->lm.autoneg != b->lm.autoneg || !kc_lm_equal(&a->lm.ours, &b->lm.ours))
		return false;
	if (a->lm.autoneg == 0 &&
	    (a->lm.speed != b->lm.speed || a->lm.duplex != b->lm.duplex))
		return false;
	return a->li.port == b->li.port && a->li.phyaddr == b->li.phyaddr &&
	       a->li.tp_mdix_ctrl == b->li.tp_mdix_ctrl &&
	       a->li.transceiver == b->li.transceiver;
}

#define NERR 140

int main(int argc, char **argv)
{
	unsigned long count = argc > 2 ? strtoul(argv[2], NULL, 0) : 2000;
	unsigned long seed = argc > 3 ? strtoul(argv[3], NULL, 0) : 1;
	unsigned long i, sent = 0, accepted = 0, inconsistent = 0, changed = 0,
		      snapfail = 0, by_err[NERR] = { 0 }, by_cmd[2] = { 0 };
	struct kc_nl nl;
	int ifindex, n = 0, failed = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: nl_fuzz IFNAME [COUNT [SEED]]\n");
		return 2;
	}
	ifindex = if_nametoindex(argv[1]);
	rng_state = seed * 0x9e3779b97f4a7c15ULL + 1;
	printf("KTAP version 1\n1..3\n# nl_fuzz: %s ifindex %d, %lu messages, seed %lu\n",
	       argv[1], ifindex, count, seed);
	if (!ifindex || kc_nl_open(&nl)) {
		printf("# cannot open netlink or find %s (%s)\n", argv[1], nl.what);
		printf("not ok 1 fuzz ran\n");
		printf("not ok 2 answers consistent\n");
		printf("not ok 3 refused requests change nothing\n");
		printf("# Totals: pass:0 fail:3 xfail:0 xpass:0 skip:0 error:0\n");
		return 1;
	}
	for (i = 0; i < count; i++) {
		struct state before, after;
		int cmd, e1, e2;
		struct nl_msg *msg = build(nl.family, ifindex, &cmd);

		if (!msg)
			continue;
		if (snapshot(&nl, ifindex, &before))
			snapfail++;
		e1 = transact(nl.genl, msg);
		e2 = transact(nl.genl, msg);
		sent += 2;
		by_cmd[cmd == ETHTOOL_MSG_LINKMODES_SET]++;
		if (e1 != e2) {
			if (inconsistent++ < 10)
				printf("# message %lu (cmd %d): first %d, then %d\n",
				       i, cmd, e1, e2);
		}
		if (!e1) {
			accepted++;
		} else {
			by_err[-e1 < NERR && -e1 > 0 ? -e1 : 0]++;
			if (snapshot(&nl, ifindex, &after))
				snapfail++;
			else if (!same_state(&before, &after) && changed++ < 10)
				printf("# message %lu (cmd %d) refused with %d changed the state\n",
				       i, cmd, e1);
		}
		nlmsg_free(msg);
	}
	printf("# nl_fuzz: sent %lu (%lu LINKMODES_SET, %lu LINKINFO_SET, each twice),",
	       sent, by_cmd[1], by_cmd[0]);
	printf(" accepted %lu\n", accepted);
	for (int e = 0; e < NERR; e++)
		if (by_err[e])
			printf("# nl_fuzz: refused with %s (%d): %lu\n",
			       e ? strerror(e) : "other", -e, by_err[e]);
	if (snapfail)
		printf("# nl_fuzz: %lu state reads failed\n", snapfail);
	kc_nl_close(&nl);
	result(&n, &failed, sent > 0 && !snapfail, "fuzz ran, every state read worked");
	result(&n, &failed, !inconsistent, "each message answered the same way twice");
	result(&n, &failed, !changed, "refused messages left the link settings unchanged");
	printf("# Totals: pass:%d fail:%d xfail:0 xpass:0 skip:0 error:0\n", n - failed, failed);
	return failed ? 1 : 0;
}
