// SPDX-License-Identifier: GPL-2.0
/*
 * kc_nl_parse_test: feed kc_nl_parse's reply parsers good and bad netlink
 * messages on the host, no kernel needed; KTAP on stdout, exit 0 when every
 * case passed, 1 otherwise (selftests/host/40-nl-parse.sh builds and runs it,
 * with AddressSanitizer where the compiler has it).
 *
 * Each bad message must be refused with the errno and a message naming what
 * was wrong, never read out of bounds: a message under test is copied into a
 * buffer of exactly its length, so that a read past its end is a sanitizer
 * error rather than a read of libnl's spare buffer.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/ethtool.h>
#include <linux/ethtool_netlink.h>
#include <linux/if.h>
#include <linux/rtnetlink.h>

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/genl/genl.h>

#include "kc_nl_parse.h"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

#define KC_FAMILY 20		/* any genl family id: the parsers ignore it */
#define KC_IFINDEX 7
#define KC_LM_SIZE 92		/* 6.1's __ETHTOOL_LINK_MODE_MASK_NBITS */
#define KC_PLAN 25		/* results printed */

static int kc_n, kc_failed;

static void kc_result(bool ok, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void kc_result(bool ok, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d ", ok ? "" : "not ", ++kc_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	if (!ok)
		kc_failed++;
}

/* The parser's verdict against the expected errno and words of its message. */
static void kc_expect(const char *desc, int ret, const struct kc_perr *e,
		      int want, const char *words)
{
	bool ok = ret == want && (!want || strstr(e->msg, words));

	if (ret)
		printf("# %s: %s: %s\n", desc, strerror(-ret), e->msg);
	else if (want)
		printf("# %s: accepted\n", desc);
	if (!ok)
		printf("# want %s%s%s%s\n", want ? strerror(-want) : "success",
		       want ? " with \"" : "", want ? words : "",
		       want ? "\"" : "");
	kc_result(ok, "%s", desc);
}

/* The message's bytes in a buffer of exactly nlmsg_len bytes. */
static struct nlmsghdr *kc_exact(struct nl_msg *msg, unsigned int len)
{
	struct nlmsghdr *hdr = malloc(len);

	if (!hdr) {
		perror("malloc");
		exit(1);
	}
	memcpy(hdr, nlmsg_hdr(msg), len);
	hdr->nlmsg_len = len;
	nlmsg_free(msg);
	return hdr;
}

static struct nl_msg *kc_genl(int cmd)
{
	struct nl_msg *msg = nlmsg_alloc();

	if (!msg || !genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, KC_FAMILY, 0,
				 0, cmd, ETHTOOL_GENL_VERSION)) {
		fprintf(stderr, "nlmsg_alloc/genlmsg_put failed\n");
		exit(1);
	}
	return msg;
}

static void kc_put_header(struct nl_msg *msg, int attr)
{
	struct nlattr *h = nla_nest_start(msg, attr);

	nla_put_u32(msg, ETHTOOL_A_HEADER_DEV_INDEX, KC_IFINDEX);
	nla_put_string(msg, ETHTOOL_A_HEADER_DEV_NAME, "eth0");
	nla_nest_end(msg, h);
}

static void kc_put_bit(struct nl_msg *msg, uint32_t idx, const char *name,
		       bool value)
{
	struct nlattr *b = nla_nest_start(msg, ETHTOOL_A_BITSET_BITS_BIT);

	nla_put_u32(msg, ETHTOOL_A_BITSET_BIT_INDEX, idx);
	if (name)
		nla_put_string(msg, ETHTOOL_A_BITSET_BIT_NAME, name);
	if (value)
		nla_put_flag(msg, ETHTOOL_A_BITSET_BIT_VALUE);
	nla_nest_end(msg, b);
}

/* A LINKMODES_GET reply: OURS named, 10/100 and Autoneg, then SPEED. */
enum kc_lm_bad {
	KC_LM_GOOD,
	KC_LM_NO_HEADER,	/* the mandatory header nest left out */
	KC_LM_NO_SIZE,		/* OURS without ETHTOOL_A_BITSET_SIZE */
	KC_LM_BIT_100,		/* a bit past SIZE, inside struct kc_lm */
	KC_LM_BIT_200,		/* a bit past SIZE and struct kc_lm */
	KC_LM_SPEED_U8,		/* SPEED, a u32, sent as a u8 */
};

static struct nl_msg *kc_linkmodes_msg(enum kc_lm_bad bad)
{
	struct nl_msg *msg = kc_genl(ETHTOOL_MSG_LINKMODES_GET_REPLY);
	struct nlattr *bs, *bits;

	if (bad != KC_LM_NO_HEADER)
		kc_put_header(msg, ETHTOOL_A_LINKMODES_HEADER);
	nla_put_u8(msg, ETHTOOL_A_LINKMODES_AUTONEG, AUTONEG_ENABLE);
	bs = nla_nest_start(msg, ETHTOOL_A_LINKMODES_OURS);
	if (bad != KC_LM_NO_SIZE)
		nla_put_u32(msg, ETHTOOL_A_BITSET_SIZE, KC_LM_SIZE);
	bits = nla_nest_start(msg, ETHTOOL_A_BITSET_BITS);
	kc_put_bit(msg, ETHTOOL_LINK_MODE_10baseT_Half_BIT, "10baseT/Half", true);
	kc_put_bit(msg, ETHTOOL_LINK_MODE_100baseT_Full_BIT, "100baseT/Full", true);
	kc_put_bit(msg, ETHTOOL_LINK_MODE_1000baseT_Full_BIT, "1000baseT/Full",
		   false);
	kc_put_bit(msg, ETHTOOL_LINK_MODE_Autoneg_BIT, "Autoneg", true);
	if (bad == KC_LM_BIT_100)
		kc_put_bit(msg, 100, "bit100", true);
	if (bad == KC_LM_BIT_200)
		kc_put_bit(msg, 200, "bit200", true);
	nla_nest_end(msg, bits);
	nla_nest_end(msg, bs);
	nla_put_u8(msg, ETHTOOL_A_LINKMODES_DUPLEX, DUPLEX_FULL);
	if (bad == KC_LM_SPEED_U8)
		nla_put_u8(msg, ETHTOOL_A_LINKMODES_SPEED, SPEED_100);
	else
		nla_put_u32(msg, ETHTOOL_A_LINKMODES_SPEED, SPEED_100);
	return msg;
}

static const char *const kc_names[] = {
	"10baseT/Half", "10baseT/Full", "100baseT/Half", "100baseT/Full",
	"1000baseT/Half", "1000baseT/Full", "Autoneg", "TP", "AUI", "MII",
};

/* A STRSET reply for ETH_SS_LINK_MODES: count, and the first n strings. */
static struct nl_msg *kc_strset_msg(unsigned int count, unsigned int n,
				    bool strings)
{
	struct nl_msg *msg = kc_genl(ETHTOOL_MSG_STRSET_GET_REPLY);
	struct nlattr *sets, *set, *strs, *s;

	sets = nla_nest_start(msg, ETHTOOL_A_STRSET_STRINGSETS);
	set = nla_nest_start(msg, ETHTOOL_A_STRINGSETS_STRINGSET);
	nla_put_u32(msg, ETHTOOL_A_STRINGSET_ID, ETH_SS_LINK_MODES);
	nla_put_u32(msg, ETHTOOL_A_STRINGSET_COUNT, count);
	if (strings) {
		strs = nla_nest_start(msg, ETHTOOL_A_STRINGSET_STRINGS);
		for (unsigned int i = 0; i < n; i++) {
			s = nla_nest_start(msg, ETHTOOL_A_STRINGS_STRING);
			nla_put_u32(msg, ETHTOOL_A_STRING_INDEX, i);
			nla_put_string(msg, ETHTOOL_A_STRING_VALUE, kc_names[i]);
			nla_nest_end(msg, s);
		}
		nla_nest_end(msg, strs);
	}
	nla_nest_end(msg, set);
	nla_nest_end(msg, sets);
	return msg;
}

static void kc_test_strset(struct kc_strset *names)
{
	unsigned int n = ARRAY_SIZE(kc_names);
	struct nlmsghdr *hdr;
	struct nl_msg *msg;
	struct kc_perr e;
	int ret;

	msg = kc_strset_msg(n, n, true);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_strset(hdr, ETH_SS_LINK_MODES, names, &e);
	kc_expect("strset: a whole reply parses", ret, &e, 0, "");
	kc_result(!ret && names->count == n &&
		  !strcmp(names->str[ETHTOOL_LINK_MODE_Autoneg_BIT], "Autoneg"),
		  "strset: %u names, Autoneg at its bit", n);
	free(hdr);

	msg = kc_strset_msg(n, 0, false);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_strset(hdr, ETH_SS_LINK_MODES, names, &e);
	kc_expect("strset: COUNT without STRINGS is refused", ret, &e,
		  -EBADMSG, "no ETHTOOL_A_STRINGSET_STRINGS");
	free(hdr);

	msg = kc_strset_msg(n, n - 1, true);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_strset(hdr, ETH_SS_LINK_MODES, names, &e);
	kc_expect("strset: fewer strings than COUNT is refused", ret, &e,
		  -EBADMSG, "1 of 10 strings missing (first: index 9)");
	free(hdr);

	msg = kc_strset_msg(2, 3, true);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_strset(hdr, ETH_SS_LINK_MODES, names, &e);
	kc_expect("strset: a string index past COUNT is refused", ret, &e,
		  -ERANGE, "string index 2, count 2");
	free(hdr);

	msg = kc_genl(ETHTOOL_MSG_STRSET_GET_REPLY);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_strset(hdr, ETH_SS_LINK_MODES, names, &e);
	kc_expect("strset: a reply without STRINGSETS is refused", ret, &e,
		  -EBADMSG, "no ETHTOOL_A_STRSET_STRINGSETS");
	free(hdr);

	/* the last string's NUL cut off: "MII" is then 3 bytes, unpadded */
	msg = kc_strset_msg(n, n, true);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	{
		char *end = (char *)hdr + hdr->nlmsg_len;
		struct nlattr *val = (struct nlattr *)(end - NLA_ALIGN(NLA_HDRLEN + 4));

		if (nla_type(val) != ETHTOOL_A_STRING_VALUE ||
		    strcmp(nla_data(val), "MII"))
			printf("# the message's layout is not the one expected\n");
		val->nla_len = NLA_HDRLEN + 3;
		memset(end - 1, 'X', 1);
	}
	ret = kc_parse_strset(hdr, ETH_SS_LINK_MODES, names, &e);
	kc_expect("strset: a string without its NUL is refused", ret, &e,
		  -EBADMSG, "(string) of 3 bytes refused by its policy");
	free(hdr);
}

static void kc_test_linkmodes(const struct kc_strset *names)
{
	struct kc_linkmodes lm;
	struct nlmsghdr *hdr;
	struct nl_msg *msg;
	struct kc_perr e;
	unsigned int len;
	int ret;

	msg = kc_linkmodes_msg(KC_LM_GOOD);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: a good named reply parses", ret, &e, 0, "");
	kc_result(!ret && lm.ifindex == KC_IFINDEX && lm.speed == SPEED_100 &&
		  lm.have_ours && lm.ours_named && lm.names_ok &&
		  lm.nbits == KC_LM_SIZE && lm.autoneg == AUTONEG_ENABLE &&
		  kc_lm_test(&lm.ours, ETHTOOL_LINK_MODE_100baseT_Full_BIT) &&
		  !kc_lm_test(&lm.ours, ETHTOOL_LINK_MODE_1000baseT_Full_BIT) &&
		  kc_lm_test(&lm.supported, ETHTOOL_LINK_MODE_1000baseT_Full_BIT),
		  "linkmodes: ifindex, speed, OURS value and mask, bit names");
	free(hdr);

	/* The last attribute (SPEED) cut in half. */
	msg = kc_linkmodes_msg(KC_LM_GOOD);
	len = nlmsg_hdr(msg)->nlmsg_len - 2;
	hdr = kc_exact(msg, len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: a truncated attribute is refused", ret, &e,
		  -EBADMSG, "6 bytes after the last whole attribute");
	free(hdr);

	msg = kc_linkmodes_msg(KC_LM_SPEED_U8);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: a u32 attribute of 1 byte is refused", ret, &e,
		  -EBADMSG, "attribute 5 (u32) of 1 bytes refused by its policy");
	free(hdr);

	/* The same, unpadded at the very end: a u32 read would leave it. */
	msg = kc_linkmodes_msg(KC_LM_SPEED_U8);
	len = nlmsg_hdr(msg)->nlmsg_len - 3;
	hdr = kc_exact(msg, len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: a 1-byte u32 at the message's end is refused",
		  ret, &e, -EBADMSG, "(u32) of 1 bytes refused by its policy");
	free(hdr);

	msg = kc_linkmodes_msg(KC_LM_NO_HEADER);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: no header nest is refused", ret, &e, -EBADMSG,
		  "LINKMODES message: no header attribute");
	free(hdr);

	msg = kc_linkmodes_msg(KC_LM_NO_SIZE);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: a bitset without SIZE is refused", ret, &e,
		  -EBADMSG, "LINKMODES OURS: no ETHTOOL_A_BITSET_SIZE");
	free(hdr);

	msg = kc_linkmodes_msg(KC_LM_BIT_100);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: bit index 100 of a 92-bit set is refused", ret,
		  &e, -ERANGE, "bit index 100 outside the bitset's 92 bits");
	free(hdr);

	msg = kc_linkmodes_msg(KC_LM_BIT_200);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: bit index 200 is refused", ret, &e, -ERANGE,
		  "bit index 200 outside");
	free(hdr);

	/* A too short message: the genl header cut. */
	msg = kc_linkmodes_msg(KC_LM_GOOD);
	hdr = kc_exact(msg, NLMSG_HDRLEN + 2);
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("linkmodes: a message shorter than its genl header is refused",
		  ret, &e, -EBADMSG, "shorter than its headers");
	free(hdr);
}

/* Named bitsets: a name without its NUL, the last bytes of the message. */
static void kc_test_bit_name(const struct kc_strset *names)
{
	struct nl_msg *msg = kc_genl(ETHTOOL_MSG_LINKMODES_GET_REPLY);
	struct nlattr *bs, *bits, *b, *name;
	struct kc_linkmodes lm;
	struct nlmsghdr *hdr;
	struct kc_perr e;
	int ret;

	kc_put_header(msg, ETHTOOL_A_LINKMODES_HEADER);
	bs = nla_nest_start(msg, ETHTOOL_A_LINKMODES_OURS);
	nla_put_u32(msg, ETHTOOL_A_BITSET_SIZE, KC_LM_SIZE);
	bits = nla_nest_start(msg, ETHTOOL_A_BITSET_BITS);
	b = nla_nest_start(msg, ETHTOOL_A_BITSET_BITS_BIT);
	nla_put_u32(msg, ETHTOOL_A_BITSET_BIT_INDEX, 0);
	nla_put_flag(msg, ETHTOOL_A_BITSET_BIT_VALUE);
	/* "10baseT/" and no NUL: 8 bytes, a prefix of names->str[0] */
	nla_put(msg, ETHTOOL_A_BITSET_BIT_NAME, 8, "10baseT/");
	nla_nest_end(msg, b);
	nla_nest_end(msg, bits);
	nla_nest_end(msg, bs);
	hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
	name = (struct nlattr *)((char *)hdr + hdr->nlmsg_len - NLA_HDRLEN - 8);
	if (nla_type(name) != ETHTOOL_A_BITSET_BIT_NAME)
		printf("# the message's layout is not the one expected\n");
	ret = kc_parse_linkmodes(hdr, names, &lm, &e);
	kc_expect("bitset: a bit name without its NUL is refused", ret, &e,
		  -EBADMSG, "(string) of 8 bytes refused by its policy");
	free(hdr);
}

/* Compact bitsets (notifications): VALUE and MASK sized by SIZE. */
static void kc_test_compact(void)
{
	uint32_t words[3] = { 0x4f, 0, 0 };
	struct kc_linkmodes lm;
	struct nlmsghdr *hdr;
	struct nlattr *bs;
	struct nl_msg *msg;
	struct kc_perr e;
	int ret;

	for (int bad = 0; bad < 2; bad++) {
		msg = kc_genl(ETHTOOL_MSG_LINKMODES_NTF);
		kc_put_header(msg, ETHTOOL_A_LINKMODES_HEADER);
		bs = nla_nest_start(msg, ETHTOOL_A_LINKMODES_OURS);
		nla_put_u32(msg, ETHTOOL_A_BITSET_SIZE, KC_LM_SIZE);
		nla_put(msg, ETHTOOL_A_BITSET_VALUE, bad ? 8 : 12, words);
		nla_put(msg, ETHTOOL_A_BITSET_MASK, 12, words);
		nla_nest_end(msg, bs);
		hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
		ret = kc_parse_linkmodes(hdr, NULL, &lm, &e);
		if (bad)
			kc_expect("compact: a VALUE shorter than SIZE is refused",
				  ret, &e, -EBADMSG,
				  "value of 8 bytes for 92 bits (want 12)");
		else
			kc_result(!ret && !lm.ours_named && lm.ours.w[0] == 0x4f,
				  "compact: a good notification parses");
		free(hdr);
	}
}

/* rtnetlink: libnl's link parser behind kc_parse_rtlink. */
static void kc_test_rtlink(void)
{
	struct ifinfomsg ifi = {
		.ifi_family = AF_UNSPEC,
		.ifi_index = KC_IFINDEX,
		.ifi_flags = IFF_UP | IFF_LOWER_UP | IFF_RUNNING,
	};
	struct kc_link l;
	struct nl_msg *msg;
	struct kc_perr e;
	int ret, ifindex;

	for (int bad = 0; bad < 3; bad++) {
		msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
		nlmsg_set_proto(msg, NETLINK_ROUTE);
		nlmsg_append(msg, &ifi, bad == 2 ? 4 : sizeof(ifi), NLMSG_ALIGNTO);
		if (bad != 2) {
			nla_put_string(msg, IFLA_IFNAME, "eth0");
			nla_put_u8(msg, IFLA_CARRIER, 1);
			nla_put_u8(msg, IFLA_OPERSTATE, IF_OPER_UP);
			if (bad)
				nla_put(msg, IFLA_CARRIER_CHANGES, 2, "\x03\x00");
			else
				nla_put_u32(msg, IFLA_CARRIER_CHANGES, 3);
		}
		ret = kc_parse_rtlink(msg, &ifindex, &l, &e);
		if (!bad)
			kc_result(!ret && ifindex == KC_IFINDEX &&
				  (l.flags & IFF_LOWER_UP) && l.carrier == 1 &&
				  l.carrier_changes == 3 &&
				  l.operstate == IF_OPER_UP,
				  "rtlink: flags, carrier, carrier_changes, operstate from rtnl_link");
		else if (bad == 1)
			kc_expect("rtlink: a 2-byte IFLA_CARRIER_CHANGES is refused",
				  ret, &e, -EBADMSG, "refused by libnl's parser");
		else
			kc_expect("rtlink: a cut ifinfomsg is refused", ret, &e,
				  -EBADMSG, "refused by libnl's parser");
		nlmsg_free(msg);
	}
}

/* The extended ACK's message: a string without its NUL is not read. */
static void kc_test_extack(void)
{
	struct nlmsgerr err = { .error = -EINVAL };
	struct nlmsghdr *hdr;
	struct nl_msg *msg;
	char buf[64];

	for (int bad = 0; bad < 2; bad++) {
		msg = nlmsg_alloc_simple(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS);
		err.msg.nlmsg_len = NLMSG_HDRLEN;
		nlmsg_append(msg, &err, sizeof(err), NLMSG_ALIGNTO);
		if (bad)
			nla_put(msg, NLMSGERR_ATTR_MSG, 8, "bad mode");
		else
			nla_put_string(msg, NLMSGERR_ATTR_MSG, "bad mode\n");
		hdr = kc_exact(msg, nlmsg_hdr(msg)->nlmsg_len);
		kc_parse_extack(hdr, buf, sizeof(buf));
		printf("# extack: \"%s\"\n", buf);
		kc_result(!strcmp(buf, bad ? "" : "bad mode"),
			  bad ? "extack: a message without its NUL is dropped" :
			  "extack: the message, without its newline");
		free(hdr);
	}
}

int main(void)
{
	struct kc_strset names = { 0 };

	printf("KTAP version 1\n1..%d\n", KC_PLAN);
	kc_test_strset(&names);
	kc_test_linkmodes(&names);
	kc_test_bit_name(&names);
	kc_test_compact();
	kc_test_rtlink();
	kc_test_extack();
	kc_strset_free(&names);
	if (kc_n != KC_PLAN)
		printf("# %d results, the plan said %d\n", kc_n, KC_PLAN);
	printf("# Totals: pass:%d fail:%d xfail:0 xpass:0 skip:0 error:0\n",
	       kc_n - kc_failed, kc_failed);
	return kc_failed || kc_n != KC_PLAN;
}
