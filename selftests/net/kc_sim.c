// SPDX-License-Identifier: GPL-2.0
/*
 * kc_sim: control files of the simulated PHY board; see kc_sim.h.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kc_sim.h"

static void kc_sleep(int ms)
{
	usleep((useconds_t)ms * 1000);
}

int kc_read_file(const char *path, char *buf, int len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), n, off = 0;

	if (fd < 0)
		return -errno;
	while (off < len - 1) {
		n = read(fd, buf + off, len - 1 - off);
		if (n < 0) {
			n = -errno;
			close(fd);
			return n;
		}
		if (!n)
			break;
		off += n;
	}
	buf[off] = '\0';
	close(fd);
	return off;
}

static int kc_write_file(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), ret = 0;
	size_t len = strlen(s);

	if (fd < 0)
		return -errno;
	if (write(fd, s, len) != (ssize_t)len)
		ret = -errno ? -errno : -EIO;
	if (close(fd) && !ret)
		ret = -errno;
	return ret;
}

bool kc_sim_present(void)
{
	return access(KC_SIM_DIR "/new_device", W_OK) == 0;
}

const char *kc_phy_model(uint32_t phyid)
{
	switch (phyid) {
	case KC_PHYID_AX88772A: return "AX88772A";
	case KC_PHYID_AX88772C: return "AX88772C";
	case KC_PHYID_AX88796B: return "AX88796B";
	}
	return "unknown";
}

static int kc_ifindex(const char *ifname)
{
	char path[128], buf[32];

	snprintf(path, sizeof(path), "/sys/class/net/%s/ifindex", ifname);
	if (kc_read_file(path, buf, sizeof(buf)) < 0)
		return -ENODEV;
	return atoi(buf);
}

int kc_dut_open(struct kc_dut *dut, uint32_t phyid, int addr)
{
	const char *netif = getenv("NETIF");
	char buf[64];
	int ret;

	memset(dut, 0, sizeof(*dut));
	dut->phyid = phyid;
	dut->addr = addr;
	dut->ifindex = -1;

	/* NETIF names the device under test, as in drivers/net selftests. */
	if (kc_sim_present() && (!netif || !*netif)) {
		/* IDs are 0..255; start somewhere per process, skip taken ones. */
		unsigned int base = 100 + (unsigned int)getpid() % 150;

		ret = -EEXIST;
		for (unsigned int i = 0; i < 256 && ret == -EEXIST; i++) {
			dut->id = (base + i) % 256;
			snprintf(buf, sizeof(buf), "%u 0x%08x %d", dut->id,
				 phyid, addr);
			ret = kc_write_file(KC_SIM_DIR "/new_device", buf);
		}
		if (ret < 0)
			return ret;
		snprintf(dut->ifname, sizeof(dut->ifname), "kcsim%u", dut->id);
		snprintf(dut->dir, sizeof(dut->dir), KC_SIM_DIR "/%u", dut->id);
		dut->sim = true;
		for (int i = 0; i < 100; i++) {
			dut->ifindex = kc_ifindex(dut->ifname);
			if (dut->ifindex > 0)
				return 0;
			kc_sleep(50);
		}
		return -ENODEV;
	}

	if (!netif || !*netif) {
		snprintf(dut->skip, sizeof(dut->skip),
			 "no simulator (%s) and no NETIF=<iface>", KC_SIM_DIR);
		return -ENODEV;
	}
	snprintf(dut->ifname, sizeof(dut->ifname), "%s", netif);
	dut->ifindex = kc_ifindex(netif);
	if (dut->ifindex <= 0) {
		snprintf(dut->skip, sizeof(dut->skip), "NETIF=%s: no such interface",
			 netif);
		return -ENODEV;
	}
	return 0;
}

void kc_dut_close(struct kc_dut *dut)
{
	char buf[32];

	if (!dut->sim)
		return;
	snprintf(buf, sizeof(buf), "%u", dut->id);
	kc_write_file(KC_SIM_DIR "/del_device", buf);
	dut->sim = false;
}

int kc_sim_write(const struct kc_dut *dut, const char *file, const char *fmt, ...)
{
	char path[160], buf[128];
	va_list ap;

	if (!dut->sim)
		return -ENODEV;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	snprintf(path, sizeof(path), "%s/%s", dut->dir, file);
	return kc_write_file(path, buf);
}

int kc_sim_read(const struct kc_dut *dut, const char *file, char *buf, int len)
{
	char path[160];

	if (!dut->sim)
		return -ENODEV;
	snprintf(path, sizeof(path), "%s/%s", dut->dir, file);
	return kc_read_file(path, buf, len);
}

int kc_sim_regs(const struct kc_dut *dut, uint16_t regs[32])
{
	char buf[2048], *line, *save = NULL;
	int ret = kc_sim_read(dut, "regs", buf, sizeof(buf)), seen = 0;

	if (ret < 0)
		return ret;
	memset(regs, 0, 32 * sizeof(regs[0]));
	for (line = strtok_r(buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		unsigned int reg, val;

		if (sscanf(line, "%u 0x%x", &reg, &val) == 2 && reg < 32) {
			regs[reg] = (uint16_t)val;
			seen++;
		}
	}
	return seen ? 0 : -EPROTO;
}

int kc_sim_trace(const struct kc_dut *dut, struct kc_trace_ent *ents, int max)
{
	static char buf[1 << 20];
	char *line, *save = NULL;
	int ret = kc_sim_read(dut, "trace", buf, sizeof(buf)), n = 0;

	if (ret < 0)
		return ret;
	for (line = strtok_r(buf, "\n", &save); line && n < max;
	     line = strtok_r(NULL, "\n", &save)) {
		struct kc_trace_ent e;

		if (sscanf(line, "%lu %c %u 0x%x %d", &e.seq, &e.op, &e.reg,
			   &e.val, &e.ret) == 5)
			ents[n++] = e;
	}
	return n;
}

int kc_sim_trace_clear(const struct kc_dut *dut)
{
	return kc_sim_write(dut, "trace", "clear");
}

void kc_sim_trace_dump(const struct kc_trace_ent *ents, int n)
{
	static const char *const names[] = {
		"BMCR", "BMSR", "PHYSID1", "PHYSID2", "ADVERTISE", "LPA",
		"EXPANSION",
	};

	for (int i = 0; i < n; i++)
		printf("#   %lu %c %-9s 0x%04x %d\n", ents[i].seq, ents[i].op,
		       ents[i].reg < 7 ? names[ents[i].reg] : "reg",
		       ents[i].val, ents[i].ret);
	fflush(stdout);
}

const char *kc_phydev_dir(const char *ifname, char *buf, int len)
{
	const char *netif = getenv("NETIF"), *dir = getenv("NETIF_PHYDEV");

	/*
	 * A MAC driver that attaches its PHY before registering the
	 * net_device (asix) leaves no phydev link: NETIF_PHYDEV names the
	 * PHY's sysfs directory instead.
	 */
	if (dir && *dir && netif && !strcmp(netif, ifname))
		snprintf(buf, len, "%s", dir);
	else
		snprintf(buf, len, "/sys/class/net/%s/phydev", ifname);
	return buf;
}

int kc_phy_driver_name(const char *ifname, char *buf, int len)
{
	char path[192], dir[128], target[256];
	ssize_t n;

	snprintf(path, sizeof(path), "%s/driver",
		 kc_phydev_dir(ifname, dir, sizeof(dir)));
	n = readlink(path, target, sizeof(target) - 1);
	if (n < 0)
		return -errno;
	target[n] = '\0';
	snprintf(buf, len, "%s", basename(target));
	return 0;
}
