// SPDX-License-Identifier: GPL-2.0
/*
 * kc_nl_parse: reply parsers and link-mode bitmaps of kcrate's netlink
 * selftests, apart from the sockets. See kc_nl_parse.h for the contract.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/if.h>
#include <linux/ethtool.h>
#include <linux/ethtool_netlink.h>
#include <linux/netlink.h>

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/genl/genl.h>
#include <netlink/route/link.h>

#include "kc_nl_parse.h"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

/* Fixed-size attributes: exactly their size, no more, no less. */
#define KC_POL_U8	{ .type = NLA_U8, .maxlen = sizeof(uint8_t) }
#define KC_POL_U32	{ .type = NLA_U32, .maxlen = sizeof(uint32_t) }
#define KC_POL_NEST	{ .type = NLA_NESTED }
#define KC_POL_FLAG	{ .type = NLA_FLAG }
#define KC_POL_STR(n)	{ .type = NLA_STRING, .maxlen = (n) }

static int kc_perr_set(struct kc_perr *e, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int kc_perr_set(struct kc_perr *e, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return err;
}

/* ------------------------------------------------------------------ */
/* attribute tables */

static const char *kc_nla_type_name(int type)
{
	switch (type) {
	case NLA_U8: return "u8";
	case NLA_U16: return "u16";
	case NLA_U32: return "u32";
	case NLA_U64: return "u64";
	case NLA_STRING: return "string";
	case NLA_FLAG: return "flag";
	case NLA_NESTED: return "nested";
	default: return "binary";
	}
}

/*
 * nla_parse() stops at the first attribute that does not fit in what is
 * left of the stream and still returns 0: count what it left behind.
 */
static int kc_attr_tail(struct nlattr *head, int len, const char *what,
			struct kc_perr *e)
{
	struct nlattr *a;
	int rem;

	nla_for_each_attr(a, head, len, rem)
		;
	if (rem > 0)
		return kc_perr_set(e, -EBADMSG,
				   "%s: %d bytes after the last whole attribute (truncated attribute)",
				   what, rem);
	return 0;
}

/*
 * nla_parse() with a policy; on a refusal, find the attribute libnl
 * refused so that the message can name it.
 */
static int kc_attrs(struct nlattr **tb, int maxtype, struct nlattr *head,
		    int len, const struct nla_policy *policy, const char *what,
		    struct kc_perr *e)
{
	struct nlattr *a;
	int ret, rem;

	ret = nla_parse(tb, maxtype, head, len, policy);
	if (ret < 0) {
		nla_for_each_attr(a, head, len, rem) {
			int type = nla_type(a), err;

			err = nla_validate(a, a->nla_len, maxtype, policy);
			if (err < 0)
				return kc_perr_set(e, -EBADMSG,
						   "%s: attribute %d (%s) of %d bytes refused by its policy: %s",
						   what, type,
						   kc_nla_type_name(policy[type].type),
						   nla_len(a), nl_geterror(err));
		}
		return kc_perr_set(e, -EBADMSG, "%s: attributes refused: %s",
				   what, nl_geterror(ret));
	}
	return kc_attr_tail(head, len, what, e);
}

static int kc_nest(struct nlattr **tb, int maxtype, struct nlattr *nest,
		   const struct nla_policy *policy, const char *what,
		   struct kc_perr *e)
{
	return kc_attrs(tb, maxtype, nla_data(nest), nla_len(nest), policy,
			what, e);
}

static int kc_genl_attrs(struct nlmsghdr *hdr, struct nlattr **tb,
			 int maxtype, const struct nla_policy *policy,
			 const char *what, struct kc_perr *e)
{
	struct genlmsghdr *gh;

	if (!genlmsg_valid_hdr(hdr, 0))
		return kc_perr_set(e, -EBADMSG,
				   "%s: message of %u bytes, shorter than its headers",
				   what, hdr->nlmsg_len);
	gh = nlmsg_data(hdr);
	return kc_attrs(tb, maxtype, genlmsg_attrdata(gh, 0),
			genlmsg_attrlen(gh, 0), policy, what, e);
}

/* ------------------------------------------------------------------ */
/* link-mode bitmaps and their names */

static struct kc_strset kc_lm_names;

void kc_strset_free(struct kc_strset *ss)
{
	if (ss->str)
		for (unsigned int i = 0; i < ss->count; i++)
			free(ss->str[i]);
	free(ss->str);
	memset(ss, 0, sizeof(*ss));
}

void kc_lm_names_set(struct kc_strset *ss)
{
	kc_strset_free(&kc_lm_names);
	kc_lm_names = *ss;
	memset(ss, 0, sizeof(*ss));
}

const struct kc_strset *kc_lm_names_get(void)
{
	return kc_lm_names.str ? &kc_lm_names : NULL;
}

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
	const struct kc_strset *names = kc_lm_names_get();
	unsigned int off = 0;

	buf[0] = '\0';
	for (unsigned int bit = 0; bit < KC_LM_NBITS && off < len; bit++) {
		if (!kc_lm_test(m, bit))
			continue;
		if (names && bit < names->count)
			off += snprintf(buf + off, len - off, "%s%s",
					off ? " " : "", names->str[bit]);
		else
			off += snprintf(buf + off, len - off, "%sbit%u",
					off ? " " : "", bit);
	}
	if (!off)
		snprintf(buf, len, "(none)");
	return buf;
}

/* ------------------------------------------------------------------ */
/* ETHTOOL_MSG_STRSET_GET reply */

static const struct nla_policy kc_strset_policy[ETHTOOL_A_STRSET_MAX + 1] = {
	[ETHTOOL_A_STRSET_HEADER] = KC_POL_NEST,
	[ETHTOOL_A_STRSET_STRINGSETS] = KC_POL_NEST,
	[ETHTOOL_A_STRSET_COUNTS_ONLY] = KC_POL_FLAG,
};

static const struct nla_policy kc_stringset_policy[ETHTOOL_A_STRINGSET_MAX + 1] = {
	[ETHTOOL_A_STRINGSET_ID] = KC_POL_U32,
	[ETHTOOL_A_STRINGSET_COUNT] = KC_POL_U32,
	[ETHTOOL_A_STRINGSET_STRINGS] = KC_POL_NEST,
};

static const struct nla_policy kc_string_policy[ETHTOOL_A_STRING_MAX + 1] = {
	[ETHTOOL_A_STRING_INDEX] = KC_POL_U32,
	[ETHTOOL_A_STRING_VALUE] = KC_POL_STR(ETH_GSTRING_LEN),
};

static int kc_parse_strings(struct nlattr **st, unsigned int id,
			    struct kc_strset *ss, struct kc_perr *e)
{
	unsigned int count, missing = 0, first = 0;
	struct nlattr *s;
	char **str;
	int rem, ret;

	if (!st[ETHTOOL_A_STRINGSET_COUNT])
		return kc_perr_set(e, -EBADMSG,
				   "string set %u: no ETHTOOL_A_STRINGSET_COUNT",
				   id);
	count = nla_get_u32(st[ETHTOOL_A_STRINGSET_COUNT]);
	if (!count || count > KC_STRSET_MAX)
		return kc_perr_set(e, -ERANGE,
				   "string set %u: count %u, not 1..%u",
				   id, count, KC_STRSET_MAX);
	if (!st[ETHTOOL_A_STRINGSET_STRINGS])
		return kc_perr_set(e, -EBADMSG,
				   "string set %u: count %u but no ETHTOOL_A_STRINGSET_STRINGS",
				   id, count);
	str = calloc(count, sizeof(*str));
	if (!str)
		return kc_perr_set(e, -ENOMEM, "string set %u: out of memory",
				   id);

	nla_for_each_nested(s, st[ETHTOOL_A_STRINGSET_STRINGS], rem) {
		struct nlattr *sv[ETHTOOL_A_STRING_MAX + 1];
		unsigned int idx;

		if (nla_type(s) != ETHTOOL_A_STRINGS_STRING)
			continue;
		ret = kc_nest(sv, ETHTOOL_A_STRING_MAX, s, kc_string_policy,
			      "string set string", e);
		if (ret)
			goto fail;
		if (!sv[ETHTOOL_A_STRING_INDEX] || !sv[ETHTOOL_A_STRING_VALUE]) {
			ret = kc_perr_set(e, -EBADMSG,
					  "string set %u: a string without %s",
					  id, sv[ETHTOOL_A_STRING_INDEX] ?
					  "ETHTOOL_A_STRING_VALUE" :
					  "ETHTOOL_A_STRING_INDEX");
			goto fail;
		}
		idx = nla_get_u32(sv[ETHTOOL_A_STRING_INDEX]);
		if (idx >= count) {
			ret = kc_perr_set(e, -ERANGE,
					  "string set %u: string index %u, count %u",
					  id, idx, count);
			goto fail;
		}
		free(str[idx]);
		str[idx] = strdup(nla_get_string(sv[ETHTOOL_A_STRING_VALUE]));
		if (!str[idx]) {
			ret = kc_perr_set(e, -ENOMEM,
					  "string set %u: out of memory", id);
			goto fail;
		}
	}
	ret = kc_attr_tail(nla_data(st[ETHTOOL_A_STRINGSET_STRINGS]),
			   nla_len(st[ETHTOOL_A_STRINGSET_STRINGS]),
			   "string set strings", e);
	if (ret)
		goto fail;
	for (unsigned int i = count; i-- > 0;) {
		if (!str[i]) {
			missing++;
			first = i;
		}
	}
	if (missing) {
		ret = kc_perr_set(e, -EBADMSG,
				  "string set %u: %u of %u strings missing (first: index %u)",
				  id, missing, count, first);
		goto fail;
	}
	kc_strset_free(ss);
	ss->id = id;
	ss->count = count;
	ss->str = str;
	return 0;
fail:
	for (unsigned int i = 0; i < count; i++)
		free(str[i]);
	free(str);
	return ret;
}

int kc_parse_strset(struct nlmsghdr *hdr, unsigned int id,
		    struct kc_strset *ss, struct kc_perr *e)
{
	struct nlattr *tb[ETHTOOL_A_STRSET_MAX + 1];
	struct nlattr *set;
	int rem, ret;

	ret = kc_genl_attrs(hdr, tb, ETHTOOL_A_STRSET_MAX, kc_strset_policy,
			    "STRSET reply", e);
	if (ret)
		return ret;
	if (!tb[ETHTOOL_A_STRSET_STRINGSETS])
		return kc_perr_set(e, -EBADMSG,
				   "STRSET reply: no ETHTOOL_A_STRSET_STRINGSETS");
	nla_for_each_nested(set, tb[ETHTOOL_A_STRSET_STRINGSETS], rem) {
		struct nlattr *st[ETHTOOL_A_STRINGSET_MAX + 1];

		if (nla_type(set) != ETHTOOL_A_STRINGSETS_STRINGSET)
			continue;
		ret = kc_nest(st, ETHTOOL_A_STRINGSET_MAX, set,
			      kc_stringset_policy, "STRSET string set", e);
		if (ret)
			return ret;
		if (!st[ETHTOOL_A_STRINGSET_ID])
			return kc_perr_set(e, -EBADMSG,
					   "STRSET reply: a string set without ETHTOOL_A_STRINGSET_ID");
		if (nla_get_u32(st[ETHTOOL_A_STRINGSET_ID]) == id)
			return kc_parse_strings(st, id, ss, e);
	}
	ret = kc_attr_tail(nla_data(tb[ETHTOOL_A_STRSET_STRINGSETS]),
			   nla_len(tb[ETHTOOL_A_STRSET_STRINGSETS]),
			   "STRSET string sets", e);
	if (ret)
		return ret;
	return kc_perr_set(e, -EBADMSG, "STRSET reply: no string set %u", id);
}

/* ------------------------------------------------------------------ */
/* bitsets */

static const struct nla_policy kc_bitset_policy[ETHTOOL_A_BITSET_MAX + 1] = {
	[ETHTOOL_A_BITSET_NOMASK] = KC_POL_FLAG,
	[ETHTOOL_A_BITSET_SIZE] = KC_POL_U32,
	[ETHTOOL_A_BITSET_BITS] = KC_POL_NEST,
	/* u32 words, as many as SIZE needs: checked against SIZE below */
	[ETHTOOL_A_BITSET_VALUE] = { .type = NLA_UNSPEC },
	[ETHTOOL_A_BITSET_MASK] = { .type = NLA_UNSPEC },
};

static const struct nla_policy kc_bit_policy[ETHTOOL_A_BITSET_BIT_MAX + 1] = {
	[ETHTOOL_A_BITSET_BIT_INDEX] = KC_POL_U32,
	[ETHTOOL_A_BITSET_BIT_NAME] = KC_POL_STR(ETH_GSTRING_LEN),
	[ETHTOOL_A_BITSET_BIT_VALUE] = KC_POL_FLAG,
};

static int kc_parse_bits(struct nlattr *bits, const struct kc_strset *names,
			 const char *what, struct kc_bitset *bs,
			 struct kc_perr *e)
{
	struct nlattr *bit;
	int rem, ret;

	bs->named = true;
	nla_for_each_nested(bit, bits, rem) {
		struct nlattr *bt[ETHTOOL_A_BITSET_BIT_MAX + 1];
		unsigned int idx;

		if (nla_type(bit) != ETHTOOL_A_BITSET_BITS_BIT)
			continue;
		ret = kc_nest(bt, ETHTOOL_A_BITSET_BIT_MAX, bit, kc_bit_policy,
			      what, e);
		if (ret)
			return ret;
		if (!bt[ETHTOOL_A_BITSET_BIT_INDEX])
			return kc_perr_set(e, -EBADMSG,
					   "%s: a bit without ETHTOOL_A_BITSET_BIT_INDEX",
					   what);
		idx = nla_get_u32(bt[ETHTOOL_A_BITSET_BIT_INDEX]);
		if (idx >= bs->size)
			return kc_perr_set(e, -ERANGE,
					   "%s: bit index %u outside the bitset's %u bits",
					   what, idx, bs->size);
		if (idx >= KC_LM_NBITS)
			return kc_perr_set(e, -ERANGE,
					   "%s: bit index %u beyond the %u bits of struct kc_lm",
					   what, idx, KC_LM_NBITS);
		if (bt[ETHTOOL_A_BITSET_BIT_NAME] && names &&
		    idx < names->count &&
		    strcmp(nla_get_string(bt[ETHTOOL_A_BITSET_BIT_NAME]),
			   names->str[idx]))
			bs->names_ok = false;
		if (bs->nomask) {
			kc_lm_set(&bs->value, idx);
		} else {
			kc_lm_set(&bs->mask, idx);
			if (bt[ETHTOOL_A_BITSET_BIT_VALUE])
				kc_lm_set(&bs->value, idx);
		}
	}
	return kc_attr_tail(nla_data(bits), nla_len(bits), what, e);
}

/* A compact VALUE or MASK: SIZE bits in u32 words, host byte order. */
static int kc_parse_words(struct nlattr *a, unsigned int size,
			  const char *what, const char *part, struct kc_lm *m,
			  struct kc_perr *e)
{
	unsigned int words = (size + 31) / 32;
	const char *data = nla_data(a);

	if (nla_len(a) != (int)(words * sizeof(uint32_t)))
		return kc_perr_set(e, -EBADMSG,
				   "%s: %s of %d bytes for %u bits (want %zu)",
				   what, part, nla_len(a), size,
				   words * sizeof(uint32_t));
	for (unsigned int i = 0; i < words; i++) {
		uint32_t w;

		memcpy(&w, data + i * sizeof(w), sizeof(w));
		if (i < KC_LM_WORDS)
			m->w[i] = w;
		else if (w)
			return kc_perr_set(e, -ERANGE,
					   "%s: %s has bit %u set, beyond the %u bits of struct kc_lm",
					   what, part,
					   i * 32 + __builtin_ctz(w),
					   KC_LM_NBITS);
	}
	return 0;
}

int kc_parse_bitset(struct nlattr *attr, const struct kc_strset *names,
		    const char *what, struct kc_bitset *bs, struct kc_perr *e)
{
	struct nlattr *tb[ETHTOOL_A_BITSET_MAX + 1];
	int ret;

	memset(bs, 0, sizeof(*bs));
	bs->names_ok = true;
	ret = kc_nest(tb, ETHTOOL_A_BITSET_MAX, attr, kc_bitset_policy, what,
		      e);
	if (ret)
		return ret;
	if (!tb[ETHTOOL_A_BITSET_SIZE])
		return kc_perr_set(e, -EBADMSG, "%s: no ETHTOOL_A_BITSET_SIZE",
				   what);
	bs->size = nla_get_u32(tb[ETHTOOL_A_BITSET_SIZE]);
	bs->nomask = !!tb[ETHTOOL_A_BITSET_NOMASK];
	if (tb[ETHTOOL_A_BITSET_BITS])
		return kc_parse_bits(tb[ETHTOOL_A_BITSET_BITS], names, what,
				     bs, e);

	if (!tb[ETHTOOL_A_BITSET_VALUE])
		return kc_perr_set(e, -EBADMSG,
				   "%s: neither ETHTOOL_A_BITSET_BITS nor ETHTOOL_A_BITSET_VALUE",
				   what);
	if (!bs->nomask && !tb[ETHTOOL_A_BITSET_MASK])
		return kc_perr_set(e, -EBADMSG,
				   "%s: compact, without NOMASK and without ETHTOOL_A_BITSET_MASK",
				   what);
	ret = kc_parse_words(tb[ETHTOOL_A_BITSET_VALUE], bs->size, what,
			     "value", &bs->value, e);
	if (!ret && tb[ETHTOOL_A_BITSET_MASK])
		ret = kc_parse_words(tb[ETHTOOL_A_BITSET_MASK], bs->size, what,
				     "mask", &bs->mask, e);
	return ret;
}

/* ------------------------------------------------------------------ */
/* LINKINFO, LINKMODES, LINKSTATE */

static const struct nla_policy kc_header_policy[ETHTOOL_A_HEADER_MAX + 1] = {
	[ETHTOOL_A_HEADER_DEV_INDEX] = KC_POL_U32,
	[ETHTOOL_A_HEADER_DEV_NAME] = KC_POL_STR(IFNAMSIZ),
	[ETHTOOL_A_HEADER_FLAGS] = KC_POL_U32,
};

/* The reply header's DEV_INDEX, mandatory where the caller needs it. */
static int kc_parse_header(struct nlattr *hdr, const char *what, int *ifindex,
			   struct kc_perr *e)
{
	struct nlattr *tb[ETHTOOL_A_HEADER_MAX + 1];
	int ret;

	if (!hdr)
		return kc_perr_set(e, -EBADMSG, "%s: no header attribute",
				   what);
	ret = kc_nest(tb, ETHTOOL_A_HEADER_MAX, hdr, kc_header_policy, what,
		      e);
	if (ret)
		return ret;
	if (!tb[ETHTOOL_A_HEADER_DEV_INDEX])
		return kc_perr_set(e, -EBADMSG,
				   "%s: header without ETHTOOL_A_HEADER_DEV_INDEX",
				   what);
	*ifindex = nla_get_u32(tb[ETHTOOL_A_HEADER_DEV_INDEX]);
	return 0;
}

static int kc_get_u8(struct nlattr *a)
{
	return a ? nla_get_u8(a) : -1;
}

static const struct nla_policy kc_linkinfo_policy[ETHTOOL_A_LINKINFO_MAX + 1] = {
	[ETHTOOL_A_LINKINFO_HEADER] = KC_POL_NEST,
	[ETHTOOL_A_LINKINFO_PORT] = KC_POL_U8,
	[ETHTOOL_A_LINKINFO_PHYADDR] = KC_POL_U8,
	[ETHTOOL_A_LINKINFO_TP_MDIX] = KC_POL_U8,
	[ETHTOOL_A_LINKINFO_TP_MDIX_CTRL] = KC_POL_U8,
	[ETHTOOL_A_LINKINFO_TRANSCEIVER] = KC_POL_U8,
};

int kc_parse_linkinfo(struct nlmsghdr *hdr, struct kc_linkinfo *li,
		      struct kc_perr *e)
{
	struct nlattr *tb[ETHTOOL_A_LINKINFO_MAX + 1];
	int ret, ifindex;

	memset(li, 0xff, sizeof(*li));
	ret = kc_genl_attrs(hdr, tb, ETHTOOL_A_LINKINFO_MAX,
			    kc_linkinfo_policy, "LINKINFO reply", e);
	if (!ret)
		ret = kc_parse_header(tb[ETHTOOL_A_LINKINFO_HEADER],
				      "LINKINFO reply", &ifindex, e);
	if (ret)
		return ret;
	li->port = kc_get_u8(tb[ETHTOOL_A_LINKINFO_PORT]);
	li->phyaddr = kc_get_u8(tb[ETHTOOL_A_LINKINFO_PHYADDR]);
	li->tp_mdix = kc_get_u8(tb[ETHTOOL_A_LINKINFO_TP_MDIX]);
	li->tp_mdix_ctrl = kc_get_u8(tb[ETHTOOL_A_LINKINFO_TP_MDIX_CTRL]);
	li->transceiver = kc_get_u8(tb[ETHTOOL_A_LINKINFO_TRANSCEIVER]);
	return 0;
}

void kc_linkmodes_init(struct kc_linkmodes *lm)
{
	memset(lm, 0, sizeof(*lm));
	lm->ifindex = -1;
	lm->autoneg = -1;
	lm->speed = -2;
	lm->duplex = -1;
	lm->names_ok = true;
}

static const struct nla_policy kc_linkmodes_policy[ETHTOOL_A_LINKMODES_MAX + 1] = {
	[ETHTOOL_A_LINKMODES_HEADER] = KC_POL_NEST,
	[ETHTOOL_A_LINKMODES_AUTONEG] = KC_POL_U8,
	[ETHTOOL_A_LINKMODES_OURS] = KC_POL_NEST,
	[ETHTOOL_A_LINKMODES_PEER] = KC_POL_NEST,
	[ETHTOOL_A_LINKMODES_SPEED] = KC_POL_U32,
	[ETHTOOL_A_LINKMODES_DUPLEX] = KC_POL_U8,
	[ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG] = KC_POL_U8,
	[ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE] = KC_POL_U8,
	[ETHTOOL_A_LINKMODES_LANES] = KC_POL_U32,
};

int kc_parse_linkmodes(struct nlmsghdr *hdr, const struct kc_strset *names,
		       struct kc_linkmodes *lm, struct kc_perr *e)
{
	struct nlattr *tb[ETHTOOL_A_LINKMODES_MAX + 1];
	struct kc_bitset bs;
	int ret;

	kc_linkmodes_init(lm);
	ret = kc_genl_attrs(hdr, tb, ETHTOOL_A_LINKMODES_MAX,
			    kc_linkmodes_policy, "LINKMODES message", e);
	if (!ret)
		ret = kc_parse_header(tb[ETHTOOL_A_LINKMODES_HEADER],
				      "LINKMODES message", &lm->ifindex, e);
	if (ret)
		return ret;
	lm->autoneg = kc_get_u8(tb[ETHTOOL_A_LINKMODES_AUTONEG]);
	if (tb[ETHTOOL_A_LINKMODES_OURS]) {
		ret = kc_parse_bitset(tb[ETHTOOL_A_LINKMODES_OURS], names,
				      "LINKMODES OURS", &bs, e);
		if (ret)
			return ret;
		lm->have_ours = true;
		lm->ours = bs.value;
		lm->have_supported = !bs.nomask;
		lm->supported = bs.mask;
		lm->ours_named = bs.named;
		lm->nbits = bs.size;
		lm->names_ok &= bs.names_ok;
	}
	if (tb[ETHTOOL_A_LINKMODES_PEER]) {
		ret = kc_parse_bitset(tb[ETHTOOL_A_LINKMODES_PEER], names,
				      "LINKMODES PEER", &bs, e);
		if (ret)
			return ret;
		lm->have_peer = true;
		lm->peer = bs.value;
		lm->names_ok &= bs.names_ok;
	}
	if (tb[ETHTOOL_A_LINKMODES_SPEED])
		lm->speed = (int32_t)nla_get_u32(tb[ETHTOOL_A_LINKMODES_SPEED]);
	lm->duplex = kc_get_u8(tb[ETHTOOL_A_LINKMODES_DUPLEX]);
	return 0;
}

void kc_linkstate_init(struct kc_linkstate *ls)
{
	ls->link = -1;
	ls->ext_state = -1;
	ls->ext_substate = -1;
	ls->sqi = -1;
	ls->sqi_max = -1;
}

static const struct nla_policy kc_linkstate_policy[ETHTOOL_A_LINKSTATE_MAX + 1] = {
	[ETHTOOL_A_LINKSTATE_HEADER] = KC_POL_NEST,
	[ETHTOOL_A_LINKSTATE_LINK] = KC_POL_U8,
	[ETHTOOL_A_LINKSTATE_SQI] = KC_POL_U32,
	[ETHTOOL_A_LINKSTATE_SQI_MAX] = KC_POL_U32,
	[ETHTOOL_A_LINKSTATE_EXT_STATE] = KC_POL_U8,
	[ETHTOOL_A_LINKSTATE_EXT_SUBSTATE] = KC_POL_U8,
};

int kc_parse_linkstate(struct nlmsghdr *hdr, struct kc_linkstate *ls,
		       struct kc_perr *e)
{
	struct nlattr *tb[ETHTOOL_A_LINKSTATE_MAX + 1];
	int ret, ifindex;

	kc_linkstate_init(ls);
	ret = kc_genl_attrs(hdr, tb, ETHTOOL_A_LINKSTATE_MAX,
			    kc_linkstate_policy, "LINKSTATE reply", e);
	if (!ret)
		ret = kc_parse_header(tb[ETHTOOL_A_LINKSTATE_HEADER],
				      "LINKSTATE reply", &ifindex, e);
	if (ret)
		return ret;
	ls->link = kc_get_u8(tb[ETHTOOL_A_LINKSTATE_LINK]);
	if (tb[ETHTOOL_A_LINKSTATE_SQI])
		ls->sqi = nla_get_u32(tb[ETHTOOL_A_LINKSTATE_SQI]);
	if (tb[ETHTOOL_A_LINKSTATE_SQI_MAX])
		ls->sqi_max = nla_get_u32(tb[ETHTOOL_A_LINKSTATE_SQI_MAX]);
	ls->ext_state = kc_get_u8(tb[ETHTOOL_A_LINKSTATE_EXT_STATE]);
	ls->ext_substate = kc_get_u8(tb[ETHTOOL_A_LINKSTATE_EXT_SUBSTATE]);
	return 0;
}

/* ------------------------------------------------------------------ */
/* rtnetlink */

void kc_link_from_rtnl(struct rtnl_link *link, struct kc_link *l)
{
	uint32_t changes;

	l->flags = rtnl_link_get_flags(link);
	l->carrier = rtnl_link_get_carrier(link);
	l->operstate = rtnl_link_get_operstate(link);
	l->carrier_changes = -1;
	if (!rtnl_link_get_carrier_changes(link, &changes))
		l->carrier_changes = changes;
}

struct kc_rtlink_arg {
	int *ifindex;
	struct kc_link *l;
	bool seen;
};

static void kc_rtlink_obj(struct nl_object *obj, void *arg)
{
	struct kc_rtlink_arg *a = arg;
	struct rtnl_link *link = (struct rtnl_link *)obj;

	if (strcmp(nl_object_get_type(obj), "route/link"))
		return;
	*a->ifindex = rtnl_link_get_ifindex(link);
	kc_link_from_rtnl(link, a->l);
	a->seen = true;
}

int kc_parse_rtlink(struct nl_msg *msg, int *ifindex, struct kc_link *l,
		    struct kc_perr *e)
{
	struct kc_rtlink_arg a = { .ifindex = ifindex, .l = l };
	int ret;

	*ifindex = -1;
	ret = nl_msg_parse(msg, kc_rtlink_obj, &a);
	if (ret < 0)
		return kc_perr_set(e, ret == -NLE_NOMEM ? -ENOMEM : -EBADMSG,
				   "rtnetlink link message refused by libnl's parser: %s",
				   nl_geterror(ret));
	if (!a.seen)
		return kc_perr_set(e, -EBADMSG,
				   "rtnetlink message type %u is not a link",
				   nlmsg_hdr(msg)->nlmsg_type);
	return 0;
}

/* ------------------------------------------------------------------ */
/* extended ACK */

static const struct nla_policy kc_extack_policy[NLMSGERR_ATTR_MAX + 1] = {
	[NLMSGERR_ATTR_MSG] = { .type = NLA_STRING },
	[NLMSGERR_ATTR_OFFS] = KC_POL_U32,
};

void kc_parse_extack(struct nlmsghdr *hdr, char *buf, size_t len)
{
	struct nlattr *tb[NLMSGERR_ATTR_MAX + 1];
	struct nlmsgerr *e = NLMSG_DATA(hdr);
	size_t off;

	buf[0] = '\0';
	if (!(hdr->nlmsg_flags & NLM_F_ACK_TLVS) ||
	    hdr->nlmsg_len < NLMSG_HDRLEN + sizeof(*e))
		return;
	off = sizeof(*e);
	if (!(hdr->nlmsg_flags & NLM_F_CAPPED))
		off += NLMSG_ALIGN((size_t)e->msg.nlmsg_len) - NLMSG_HDRLEN;
	if (hdr->nlmsg_len < NLMSG_HDRLEN + off)
		return;
	if (nla_parse(tb, NLMSGERR_ATTR_MAX, (struct nlattr *)((char *)e + off),
		      hdr->nlmsg_len - NLMSG_HDRLEN - off, kc_extack_policy) ||
	    !tb[NLMSGERR_ATTR_MSG])
		return;
	snprintf(buf, len, "%s", nla_get_string(tb[NLMSGERR_ATTR_MSG]));
	/* the kernel's string may end in a newline */
	buf[strcspn(buf, "\n")] = '\0';
}
