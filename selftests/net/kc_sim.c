// SPDX-License-Identifier: GPL-2.0
/*
 * kc_sim: control files of the simulated PHY board; see kc_sim.h.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
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

int kc_write_file(const char *path, const char *s)
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
	return kc_dut_open_mode(dut, phyid, addr, NULL);
}

int kc_dut_open_mode(struct kc_dut *dut, uint32_t phyid, int addr, const char *mode)
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
			snprintf(buf, sizeof(buf), "%u 0x%08x %d %s", dut->id,
				 phyid, addr, mode ? mode : "");
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

/* The PHY kc_phy_find() found for NETIF, once the program has looked. */
static char kc_found_phydev[256];

void kc_phydev_remember(const char *dir)
{
	snprintf(kc_found_phydev, sizeof(kc_found_phydev), "%s", dir);
}

const char *kc_phydev_dir(const char *ifname, char *buf, int len)
{
	const char *netif = getenv("NETIF"), *dir = getenv("NETIF_PHYDEV");
	bool board = netif && !strcmp(netif, ifname);

	/*
	 * A MAC driver that attaches its PHY before registering the
	 * net_device (asix) leaves no phydev link: NETIF_PHYDEV names the
	 * PHY's sysfs directory, or kc_phy_find() found it.
	 */
	if (board && dir && *dir)
		snprintf(buf, len, "%s", dir);
	else if (board && kc_found_phydev[0])
		snprintf(buf, len, "%s", kc_found_phydev);
	else
		snprintf(buf, len, "/sys/class/net/%s/phydev", ifname);
	return buf;
}

#define KC_PATH_LEN 512

/* The MDIO address of a PHY directory "<bus id>:<addr in hex>", or -1. */
static int kc_phy_dir_addr(const char *dir)
{
	const char *colon = strrchr(dir, ':');
	char *end;
	long addr;

	if (!colon || !colon[1])
		return -1;
	addr = strtol(colon + 1, &end, 16);
	return *end || addr < 0 || addr > 31 ? -1 : (int)addr;
}

/*
 * PHYs on the MDIO bus whose sysfs directory is bus: its children with a
 * phy_id. Appends to found[] (n entries so far), returns the new count.
 */
static int kc_phys_on(const char *bus, char found[][KC_PATH_LEN], int n,
		      int max)
{
	char id[KC_PATH_LEN + 16];
	struct dirent *p;
	DIR *phys = opendir(bus);

	if (!phys)
		return n;
	while ((p = readdir(phys)) && n < max) {
		if (p->d_name[0] == '.')
			continue;
		/* a path too long for us is not a PHY we can use */
		if (snprintf(id, sizeof(id), "%s/%s/phy_id", bus,
			     p->d_name) >= (int)sizeof(id) ||
		    access(id, R_OK) ||
		    snprintf(found[n], KC_PATH_LEN, "%s/%s", bus,
			     p->d_name) >= KC_PATH_LEN)
			continue;
		n++;
	}
	closedir(phys);
	return n;
}

/* PHYs in DEV/mdio_bus/<bus>/: the buses registered with DEV as parent. */
static int kc_phys_under(const char *dev, char found[][KC_PATH_LEN], int n,
			 int max)
{
	char path[KC_PATH_LEN];
	struct dirent *b;
	DIR *buses;

	snprintf(path, sizeof(path), "%s/mdio_bus", dev);
	buses = opendir(path);
	if (!buses)
		return n;
	while ((b = readdir(buses))) {
		if (b->d_name[0] == '.')
			continue;
		if (snprintf(path, sizeof(path), "%s/mdio_bus/%s", dev,
			     b->d_name) < (int)sizeof(path))
			n = kc_phys_on(path, found, n, max);
	}
	closedir(buses);
	return n;
}

/*
 * PHYs on the MDIO bus a USB MAC driver registered for the USB device usb
 * (the net_device's parent is one of its interfaces): asix, lan78xx and
 * smsc95xx name it "usb-<busnum>:<devnum>" and give it no parent, so it
 * is /sys/devices/virtual/mdio_bus/usb-BBB:DDD, nowhere under the device.
 * Writes the bus name to name.
 */
static int kc_phys_usb(const char *usb, char found[][KC_PATH_LEN], int n,
		       int max, char *name, int nlen)
{
	char path[PATH_MAX + 16], buf[16];
	int busnum, devnum;

	snprintf(path, sizeof(path), "%s/busnum", usb);
	if (kc_read_file(path, buf, sizeof(buf)) <= 0)
		return n;
	busnum = atoi(buf);
	snprintf(path, sizeof(path), "%s/devnum", usb);
	if (kc_read_file(path, buf, sizeof(buf)) <= 0)
		return n;
	devnum = atoi(buf);
	snprintf(name, nlen, "usb-%03d:%03d", busnum, devnum);
	snprintf(path, sizeof(path), "/sys/class/mdio_bus/%s", name);
	return kc_phys_on(path, found, n, max);
}

int kc_phy_find(const char *ifname, int addr, char *dir, int len,
		char *how, int hlen)
{
	const char *netif = getenv("NETIF"), *env = getenv("NETIF_PHYDEV");
	char path[KC_PATH_LEN], dev[PATH_MAX], parent[PATH_MAX + 4];
	char found[8][KC_PATH_LEN], real[PATH_MAX], usb_bus[32] = "";
	int n, match = -1;

	if (env && *env && netif && !strcmp(netif, ifname)) {
		snprintf(dir, len, "%s", env);
		snprintf(how, hlen, "NETIF_PHYDEV");
		return access(dir, F_OK) ? -ENOENT : 0;
	}
	snprintf(path, sizeof(path), "/sys/class/net/%s/phydev", ifname);
	if (!access(path, F_OK)) {
		snprintf(dir, len, "%s", path);
		snprintf(how, hlen, "its phydev link");
		return 0;
	}
	/*
	 * No phydev link: the MAC driver attached its PHY before registering
	 * the net_device (asix does so in its bind), so phylib had no
	 * net_device in sysfs to link, or it attaches the PHY only in
	 * ndo_open and the interface is down. The PHY sits on an MDIO bus the
	 * MAC driver registered with the net_device's parent device, or that
	 * device's parent, as the bus's parent (a platform MAC, the
	 * simulator), or, for a USB MAC, on the bus named after the USB
	 * device (asix: the net_device's parent is the USB interface, its
	 * parent the USB device).
	 */
	snprintf(path, sizeof(path), "/sys/class/net/%s/device", ifname);
	if (!realpath(path, dev)) {
		snprintf(how, hlen, "no phydev link and no parent device (%s)",
			 path);
		return -ENODEV;
	}
	n = kc_phys_under(dev, found, 0, 8);
	snprintf(parent, sizeof(parent), "%s/..", dev);
	n = kc_phys_under(parent, found, n, 8);
	n = kc_phys_usb(parent, found, n, 8, usb_bus, sizeof(usb_bus));
	if (n == 0) {
		snprintf(how, hlen, "no phydev link, no PHY under %s or its parent%s%s",
			 dev, usb_bus[0] ? " nor on MDIO bus " : "", usb_bus);
		return -ENODEV;
	}
	/* Several: the one at the MDIO address LINKINFO reported. */
	if (n == 1)
		match = 0;
	for (int i = 0; n > 1 && addr >= 0 && i < n; i++)
		if (kc_phy_dir_addr(found[i]) == addr)
			match = match == -1 ? i : -2;
	if (match < 0) {
		snprintf(how, hlen, "%d PHYs under %s and its parent, %s: %s",
			 n, dev, addr < 0 ? "no MDIO address from LINKINFO" :
			 "not one alone at LINKINFO's MDIO address",
			 "name one with NETIF_PHYDEV");
		return -ENODEV;
	}
	snprintf(dir, len, "%s", realpath(found[match], real) ? real : found[match]);
	if (!strncmp(found[match], "/sys/class/mdio_bus/", 20))
		snprintf(how, hlen, "%s %s/..: MDIO bus %s (no phydev link)",
			 "the net_device's parent USB device", dev, usb_bus);
	else
		snprintf(how, hlen, "the net_device's parent device %s (no phydev link)",
			 dev);
	return 0;
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
