// SPDX-License-Identifier: GPL-2.0
/*
 * kc_usb_flood: a bounded frame flood through an interface whose frames
 * come back to it (the emulated AX88772 adapter in loopback), counted end
 * to end.
 *
 *   kc_usb_flood [-n FRAMES] [-s BYTES] [-w WINDOW] [-t TIMEOUT_MS]
 *                [-d SECONDS] [-k] IFACE
 *
 * Frames of ethertype 0x88b5 (IEEE local experimental) carry a run id and
 * a sequence number; they are sent on an AF_PACKET socket and read back on
 * it (incoming frames only). At most WINDOW frames are in flight: the
 * window stays below the depth of every queue on the path (qdisc, usbnet's
 * URBs, the gadget's IN requests), so no queue can overflow and a frame
 * that does not come back within TIMEOUT_MS is a real loss. -d bounds the
 * run in time, -k ends it quietly when the interface goes away (USB
 * unplug) instead of failing, and rides out the ENOBUFS of its way down.
 *
 * Prints one line: sent, received, lost, dup, bad (wrong size or
 * content), out-of-order, elapsed time, frames/s and Mbit/s (frame bytes
 * from the Ethernet header on, both directions not summed).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netpacket/packet.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <linux/if_ether.h>

#define KC_ETH_P_TEST	0x88b5
#define KC_MAX_FRAME	1514
#define KC_HDR		(ETH_HLEN + 8)	/* + run id, sequence number */

static uint64_t now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void fill(uint8_t *f, unsigned int len, const uint8_t *mac,
		 uint32_t run, uint32_t seq)
{
	unsigned int i;

	memcpy(f, mac, 6);		/* to ourselves: looped back as PACKET_HOST */
	memcpy(f + 6, mac, 6);
	f[12] = KC_ETH_P_TEST >> 8;
	f[13] = KC_ETH_P_TEST & 0xff;
	memcpy(f + 14, &run, 4);
	memcpy(f + 18, &seq, 4);
	for (i = KC_HDR; i < len; i++)
		f[i] = (uint8_t)(seq + i);
}

static int gone(int err)
{
	return err == ENETDOWN || err == ENODEV || err == ENXIO;
}

int main(int argc, char **argv)
{
	unsigned int frames = 1000, size = 1000, window = 8, tmo_ms = 2000;
	unsigned int duration = 0, keep = 0, sent = 0, rcvd = 0, lost = 0;
	unsigned int dup = 0, bad = 0, ooo = 0, stopped_err = 0, nobufs = 0;
	uint8_t mac[6], tx[KC_MAX_FRAME], rx[KC_MAX_FRAME + 64], *seen;
	uint64_t t0, t_last_rx, bytes = 0, el;
	uint32_t run, expect_min = 0;
	struct sockaddr_ll sll = { 0 };
	struct ifreq ifr = { 0 };
	int fd, opt, idx;

	while ((opt = getopt(argc, argv, "n:s:w:t:d:k")) != -1) {
		switch (opt) {
		case 'n':
			frames = strtoul(optarg, NULL, 0);
			break;
		case 's':
			size = strtoul(optarg, NULL, 0);
			break;
		case 'w':
			window = strtoul(optarg, NULL, 0);
			break;
		case 't':
			tmo_ms = strtoul(optarg, NULL, 0);
			break;
		case 'd':
			duration = strtoul(optarg, NULL, 0);
			break;
		case 'k':
			keep = 1;
			break;
		default:
			goto usage;
		}
	}
	if (optind != argc - 1)
		goto usage;
	if (size < KC_HDR + 2 || size > KC_MAX_FRAME || !window || !frames ||
	    frames > 10000000) {
		fprintf(stderr, "kc_usb_flood: size %u..%u, window and frames > 0\n",
			KC_HDR + 2, KC_MAX_FRAME);
		return 2;
	}
	idx = if_nametoindex(argv[optind]);
	if (!idx) {
		fprintf(stderr, "kc_usb_flood: %s: %s\n", argv[optind], strerror(errno));
		return 2;
	}
	fd = socket(AF_PACKET, SOCK_RAW, htons(KC_ETH_P_TEST));
	if (fd < 0) {
		perror("kc_usb_flood: socket");
		return 1;
	}
	snprintf(ifr.ifr_name, IFNAMSIZ, "%s", argv[optind]);
	if (ioctl(fd, SIOCGIFHWADDR, &ifr) < 0) {
		perror("kc_usb_flood: SIOCGIFHWADDR");
		return 1;
	}
	memcpy(mac, ifr.ifr_hwaddr.sa_data, 6);
	sll.sll_family = AF_PACKET;
	sll.sll_protocol = htons(KC_ETH_P_TEST);
	sll.sll_ifindex = idx;
	if (bind(fd, (struct sockaddr *)&sll, sizeof(sll)) < 0) {
		perror("kc_usb_flood: bind");
		return 1;
	}
	seen = calloc(frames, 1);
	if (!seen) {
		perror("kc_usb_flood: calloc");
		return 1;
	}
	run = (uint32_t)now_us() ^ (uint32_t)getpid();

	t0 = now_us();
	t_last_rx = t0;
	while (rcvd + lost < frames || sent < frames) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		struct sockaddr_ll from;
		socklen_t flen = sizeof(from);
		uint32_t r, seq;
		ssize_t n;

		if (duration && now_us() - t0 >= (uint64_t)duration * 1000000)
			break;
		/* Send while the window has room. */
		while (sent < frames && sent - rcvd - lost < window) {
			fill(tx, size, mac, run, sent);
			if (send(fd, tx, size, 0) != (ssize_t)size) {
				if (keep && gone(errno)) {
					stopped_err = errno;
					goto out;
				}
				/*
				 * On the way down (unplug, carrier off) the qdisc
				 * is deactivated before the interface is: it drops
				 * the frame (NET_XMIT_DROP), which send() returns as
				 * ENOBUFS. With -k, the same frame again, for up to
				 * a second, until the interface is gone or back.
				 */
				if (keep && errno == ENOBUFS && nobufs < 100) {
					nobufs++;
					poll(NULL, 0, 10);
					continue;
				}
				fprintf(stderr, "kc_usb_flood: send frame %u: %s\n",
					sent, strerror(errno));
				return 1;
			}
			nobufs = 0;
			sent++;
		}
		if (poll(&p, 1, 100) < 0 && errno != EINTR) {
			perror("kc_usb_flood: poll");
			return 1;
		}
		if (p.revents & POLLERR) {
			int err = 0;
			socklen_t el2 = sizeof(err);

			getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el2);
			if (keep && gone(err)) {
				stopped_err = err;
				goto out;
			}
			fprintf(stderr, "kc_usb_flood: socket error: %s\n", strerror(err));
			return 1;
		}
		while ((n = recvfrom(fd, rx, sizeof(rx), MSG_DONTWAIT,
				     (struct sockaddr *)&from, &flen)) >= 0) {
			flen = sizeof(from);
			if (from.sll_pkttype == PACKET_OUTGOING)
				continue;
			memcpy(&r, rx + 14, 4);
			memcpy(&seq, rx + 18, 4);
			if (n < KC_HDR || r != run)
				continue;	/* not this run's frame */
			if (seq >= sent) {
				bad++;
				continue;
			}
			fill(tx, size, mac, run, seq);
			if (n != (ssize_t)size || memcmp(rx, tx, size)) {
				bad++;
				continue;
			}
			if (seen[seq]) {
				dup++;
				continue;
			}
			if (seq < expect_min)
				ooo++;
			seen[seq] = 1;
			rcvd++;
			bytes += n;
			t_last_rx = now_us();
			/* Frames ahead of it came back: it is overdue, not lost yet. */
			while (expect_min < sent && seen[expect_min])
				expect_min++;
		}
		if (errno != EAGAIN && errno != EWOULDBLOCK) {
			if (keep && gone(errno)) {
				stopped_err = errno;
				goto out;
			}
			perror("kc_usb_flood: recvfrom");
			return 1;
		}
		/* The oldest outstanding frame is lost after TIMEOUT_MS of silence. */
		if (expect_min < sent && now_us() - t_last_rx > tmo_ms * 1000ULL) {
			seen[expect_min] = 2;
			lost++;
			t_last_rx = now_us();
			while (expect_min < sent && seen[expect_min])
				expect_min++;
		}
	}
out:
	el = now_us() - t0;
	if (!el)
		el = 1;
	/* One line; the guest tests read the fields by position. */
	printf("sent %u received %u lost %u dup %u bad %u ooo %u inflight %u ",
	       sent, rcvd, lost, dup, bad, ooo, sent - rcvd - lost);
	printf("size %u window %u elapsed_ms %llu fps %llu mbit %.2f%s%s\n",
	       size, window, (unsigned long long)(el / 1000),
	       (unsigned long long)(rcvd * 1000000ULL / el),
	       bytes * 8.0 / el, stopped_err ? " stopped " : "",
	       stopped_err ? strerror(stopped_err) : "");
	free(seen);
	close(fd);
	return 0;
usage:
	fprintf(stderr, "usage: kc_usb_flood [-n FRAMES] [-s BYTES] [-w WINDOW]\n"
		"                    [-t TIMEOUT_MS] [-d SECONDS] [-k] IFACE\n");
	return 2;
}
