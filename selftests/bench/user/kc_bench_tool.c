// SPDX-License-Identifier: GPL-2.0
/*
 * kc_bench_tool: the guest-side timer of `make bench`, with a nanosecond
 * clock that busybox lacks.
 *
 *   kc_bench_tool load PATH      finit_module(PATH); print the ns it took
 *   kc_bench_tool unload NAME    delete_module(NAME); print the ns it took
 *   kc_bench_tool linkup IFACE   set IFACE up, wait for carrier (polled
 *                                back to back, yielding the CPU between
 *                                reads: a 1 ms sleep would round every
 *                                sample up by up to 1 ms, 1.5 % of a link-up
 *                                under TCG; 10 s at most); print the ns it
 *                                took. The start waits for a timer tick
 *                                (see tick_aligned()). Where tracefs is
 *                                mounted, writes "kc-bench t0" and
 *                                "kc-bench carrier" to its trace_marker
 *                                just outside the timed span,
 *                                so that bench.sh can place the MDIO
 *                                accesses of the link-up between them.
 *
 * Exit status 0 on success, 1 with a message on stderr otherwise.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define KC_MODULE_INIT_COMPRESSED_FILE	4

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int read_carrier(const char *ifname)
{
	char path[128], c = '0';
	int fd;

	snprintf(path, sizeof(path), "/sys/class/net/%s/carrier", ifname);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	if (read(fd, &c, 1) != 1)
		c = '0';
	close(fd);
	return c == '1';
}

static int cmd_load(const char *path)
{
	size_t n = strlen(path);
	int flags = n > 3 && !strcmp(path + n - 3, ".xz") ? KC_MODULE_INIT_COMPRESSED_FILE : 0;
	long long t0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		perror(path);
		return 1;
	}
	t0 = now_ns();
	if (syscall(SYS_finit_module, fd, "", flags)) {
		perror("finit_module");
		close(fd);
		return 1;
	}
	printf("%lld\n", now_ns() - t0);
	close(fd);
	return 0;
}

static int cmd_unload(const char *name)
{
	long long t0 = now_ns();

	if (syscall(SYS_delete_module, name, O_NONBLOCK)) {
		perror("delete_module");
		return 1;
	}
	printf("%lld\n", now_ns() - t0);
	return 0;
}

/*
 * Wait for the next timer tick: spin until CLOCK_MONOTONIC_COARSE, which
 * the tick advances, moves. phylib's settle after a reset, msleep(1), ends
 * on the jiffy clock, so a link-up's length depends on where in a jiffy it
 * starts: up to one jiffy (4 ms at HZ=250, 7 % of a link-up under TCG) of
 * spread, the same for every driver, which a ratio of 41 rounds cannot
 * tell from a driver's cost. Started on a tick, most link-ups meet the
 * jiffy clock at the same phase (on 6.12, 13 to 26 of 82 still took the
 * settle's long mode, against 39 to 50 unaligned). At most 100 ms: a
 * clock that does not move only loses the alignment.
 */
static void tick_aligned(void)
{
	struct timespec a, b;
	long long t0 = now_ns();

	clock_gettime(CLOCK_MONOTONIC_COARSE, &a);
	do {
		clock_gettime(CLOCK_MONOTONIC_COARSE, &b);
	} while (b.tv_nsec == a.tv_nsec && b.tv_sec == a.tv_sec &&
		 now_ns() - t0 < 100000000LL);
}

/* The trace marker, or -1 where tracefs is not mounted (no phases then). */
static int open_trace_marker(void)
{
	int fd = open("/sys/kernel/tracing/trace_marker", O_WRONLY | O_CLOEXEC);

	if (fd < 0)
		fd = open("/sys/kernel/debug/tracing/trace_marker", O_WRONLY | O_CLOEXEC);
	return fd;
}

static void trace_mark(int fd, const char *what)
{
	if (fd >= 0 && write(fd, what, strlen(what)) < 0)
		perror("trace_marker");
}

/*
 * Bring IFNAME up on socket S and time it until carrier, with the markers
 * on either side of the timed span; the caller owns S and MARKER.
 */
static int linkup_timed(int s, int marker, const char *ifname)
{
	struct ifreq ifr = { 0 };
	long long t0, t1;

	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", ifname);
	if (ioctl(s, SIOCGIFFLAGS, &ifr)) {
		perror(ifname);
		return 1;
	}
	ifr.ifr_flags |= IFF_UP;
	if (!getenv("KC_BENCH_UNALIGNED"))
		tick_aligned();
	trace_mark(marker, "kc-bench t0");
	t0 = now_ns();
	if (ioctl(s, SIOCSIFFLAGS, &ifr)) {
		perror("SIOCSIFFLAGS");
		return 1;
	}
	while (read_carrier(ifname) != 1) {
		if (now_ns() - t0 > 10000000000LL) {
			fprintf(stderr, "%s: no carrier within 10 s\n", ifname);
			return 1;
		}
		sched_yield();
	}
	t1 = now_ns();
	trace_mark(marker, "kc-bench carrier");
	printf("%lld\n", t1 - t0);
	return 0;
}

static int cmd_linkup(const char *ifname)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	int marker, ret;

	if (s < 0) {
		perror("socket");
		return 1;
	}
	marker = open_trace_marker();
	ret = linkup_timed(s, marker, ifname);
	if (marker >= 0)
		close(marker);
	close(s);
	return ret;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "load"))
		return cmd_load(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "unload"))
		return cmd_unload(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "linkup"))
		return cmd_linkup(argv[2]);
	fprintf(stderr, "usage: kc_bench_tool load PATH | unload NAME | linkup IFACE\n");
	return 1;
}
