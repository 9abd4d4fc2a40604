# SPDX-License-Identifier: GPL-2.0
#
# kcrate: user-facing targets. The kbuild part lives in ./Kbuild.
#
#   make                      build kcrate.ko, the drivers and the sample against the
#                             running kernel's build tree (or KDIR=, KERNEL_SRC=)
#   make KDIR=... ARCH=... CROSS_COMPILE=...   build for a vendor kernel
#   make modules_install [INSTALL_MOD_PATH=...]  install those to .../updates/
#   make test-modules         also the simulated board, test and bench modules
#   make clean
#   make run                  the main job: boot the simulated board, show the link
#   make shell                interactive guest shell with everything loaded
#   make check                the CI plan: every kernel built and tested, every tier on
#                             the default; ends with "N passed, N failed, N skipped"
#   make check KERNELS=...    every tier on the kernels named; KERNELS=all: the full matrix
#   make check-quick          host, build and guest tiers on the default kernel only
#   make check-debug          the same tiers on a KASAN/kmemleak/lockdep kernel (slow)
#   make bench [KERNELS=...]  sizes, MDIO accesses and timings against upstream
#   make mutants              how many deliberate bugs the tests catch (long)
#   make setup                install the Debian packages kcrate needs (root)
#   make install-dev [DESTDIR=... PREFIX=/usr]  kcrate for drivers outside this tree
#   make deb                  the Debian packages kcrate-dkms and kcrate-dev, in build/deb/

TOP := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))

# The kernel to build against, as every out-of-tree module finds it: KDIR,
# else KERNEL_SRC (Yocto's module.bbclass), else the running kernel's build
# tree. `make run` and `make check` choose their own kernels
# (scripts/kc-kernel); nothing here installs anything.
KERNEL_SRC ?= /lib/modules/$(shell uname -r)/build
KDIR ?= $(KERNEL_SRC)

KBUILD_ARGS := -C $(KDIR) M=$(TOP)

.PHONY: all kdir-check modules test-modules modules_install install-dev clean setup run shell check check-quick lint selftests bench help htmldocs deb

all: modules

setup:
	@$(TOP)/scripts/kc-setup

# The kernel's features are probed by ./Kbuild, once per kernel.
kdir-check:
	@test -f $(KDIR)/Makefile || { 		echo "make: no kernel build tree at $(KDIR): install the running kernel's headers" 			"(Debian: apt install linux-headers-$$(uname -r)) or pass KDIR=" >&2; exit 1; }

modules: kdir-check
	$(MAKE) $(KBUILD_ARGS) modules

# The product modules and the test modules (simulated board, USB gadget,
# in-kernel tests, benchmarks), for the guests of `make check`.
test-modules: kdir-check
	$(MAKE) $(KBUILD_ARGS) KC_TEST_MODULES=y modules

# INSTALL_MOD_DIR defaults to "updates", which depmod ranks above the
# distribution's own modules: our ax88796b.ko takes precedence.
# modprobe.d/kcrate.conf keeps the Rust twin (ax88796b_rust) from loading by
# alias beside ours, on kernels that ship it.
modules_install: modules
	$(MAKE) $(KBUILD_ARGS) INSTALL_MOD_DIR=$(or $(INSTALL_MOD_DIR),updates) modules_install
	install -D -m644 $(TOP)/modprobe.d/kcrate.conf $(INSTALL_MOD_PATH)/etc/modprobe.d/kcrate.conf

# kbuild's own clean deletes every object file under M=, the kernels and
# trees of build/ included (their .ko and .a files): clean the folders the
# top Kbuild builds instead, the same kinds of files, whatever the KDIR.
KC_BUILT_DIRS := core samples drivers selftests/sim selftests/simgpio selftests/ktest \
		 selftests/bench selftests/usb
clean:
	cd $(TOP) && rm -f Module.symvers modules.order .Module.symvers.cmd .modules.order.cmd && \
	find $(KC_BUILT_DIRS) -type f \( -name '*.o' -o -name '*.ko' -o -name '*.mod' \
		-o -name '*.mod.c' -o -name '.*.cmd' -o -name '*.a' -o -name '*.symvers' \
		-o -name modules.order -o -name '*.dwo' -o -name '.*.o.d' \
		-o -name 'kc_doctest_*.c' \) -delete
	rm -rf $(TOP)/helpers/generated
	@if [ -f $(TOP)/selftests/net/Makefile ]; then $(MAKE) -C $(TOP)/selftests/net clean; fi

# User-space kselftest programs (static, for the guest). A foreign-arch
# guest's go elsewhere: make selftests CC=<cross gcc> KC_USER=<absolute dir>
KC_USER ?= $(TOP)/build/user
selftests: | setup
	@if [ -f $(TOP)/selftests/net/Makefile ]; then \
		$(MAKE) -C $(TOP)/selftests/net KSFT_DIR=$(TOP)/build/ksft OUTPUT=$(KC_USER)/net; fi
	@$(MAKE) -s -C $(TOP)/selftests/bench/user OUTPUT=$(KC_USER)/bench
	@$(MAKE) -s -C $(TOP)/selftests/stress OUTPUT=$(KC_USER)/stress
	@$(MAKE) -s -C $(TOP)/selftests/usb/user OUTPUT=$(KC_USER)/usb

run:
	@$(TOP)/scripts/kc-vm --mode run

shell:
	@$(TOP)/scripts/kc-vm --mode shell

check:
	@$(TOP)/scripts/kc-check $(KERNELS)

check-quick:
	@KC_TIERS=quick $(TOP)/scripts/kc-check $(or $(KERNELS),default)

# The debug lane: every tier on 6.12 built with KASAN, kmemleak, lockdep,
# DEBUG_ATOMIC_SLEEP and fault injection (scripts/kc-debug-kernel; the first
# run builds that kernel). Not part of `make check`: too slow for CI. The
# guests run several times slower there: scripts/kc-kernel gives its longer
# bounds for a guest and a test, and the stress budgets.
.PHONY: check-debug
check-debug:
	@$(TOP)/scripts/kc-check 6.12-debug

lint:
	@$(TOP)/scripts/kc-lint

bench:
	@$(TOP)/scripts/kc-bench $(KERNELS)

# Not part of `make check`: about 45 minutes (Documentation/testing.rst).
.PHONY: mutants
mutants: | setup
	@$(TOP)/scripts/kc-mutants

# Sphinx, warnings as errors; the API reference comes from the kernel's own
# scripts/kernel-doc in KDIR (Documentation/sphinx/kcrate_kerneldoc.py).
htmldocs:
	KC_KERNELDOC=$(KDIR)/scripts/kernel-doc sphinx-build -W -q -b html \
		-d $(TOP)/build/htmldocs/.doctrees $(TOP)/Documentation $(TOP)/build/htmldocs
	@echo "  DOCS    $(TOP)/build/htmldocs/index.html"

# kcrate as a library: the headers, the probes and kcrate.mk, which an
# out-of-tree module's Kbuild includes, and the template driver
# (samples/out-of-tree/). The kcrate-dev package installs the same.
PREFIX ?= /usr
KC_DEV_DIR = $(DESTDIR)$(PREFIX)/share/kcrate
install-dev:
	install -d $(KC_DEV_DIR)/helpers/probes $(KC_DEV_DIR)/samples/out-of-tree
	install -p -m644 $(TOP)/kcrate.mk $(KC_DEV_DIR)/
	set -e; for d in core abstractions helpers; do \
		install -d $(KC_DEV_DIR)/$$d; install -p -m644 $(TOP)/$$d/*.h $(KC_DEV_DIR)/$$d/; done
	install -p -m755 $(TOP)/helpers/probe.sh $(KC_DEV_DIR)/helpers/
	install -p -m644 $(TOP)/helpers/probes/*.c $(KC_DEV_DIR)/helpers/probes/
	install -p -m644 $(addprefix $(TOP)/samples/out-of-tree/,README Makefile Kbuild kc_example_phy.c) \
		$(KC_DEV_DIR)/samples/out-of-tree/

# kcrate-dkms and kcrate-dev (debian/), built from a copy of the sources so
# that nothing is written next to the repository. The version is dkms.conf's
# PACKAGE_VERSION; debian/changelog's newest entry must say the same.
KC_VERSION = $(shell sed -n 's/^PACKAGE_VERSION="\(.*\)"$$/\1/p' $(TOP)/dkms.conf)
KC_DEB_DIR := $(TOP)/build/deb

KC_DEB_SRC := Makefile Kbuild kcrate.mk dkms.conf modprobe.d debian core abstractions helpers drivers samples

deb:
	@test -n "$(KC_VERSION)" || { echo "make: no PACKAGE_VERSION in dkms.conf" >&2; exit 1; }
	@test "$$(dpkg-parsechangelog -l $(TOP)/debian/changelog -S Version)" = "$(KC_VERSION)" || { \
		echo "make: debian/changelog's newest version is not dkms.conf's $(KC_VERSION)" >&2; exit 1; }
	@grep -q '^$(KC_VERSION) ' $(TOP)/NEWS || { echo "make: NEWS has no entry for $(KC_VERSION)" >&2; exit 1; }
	rm -rf $(KC_DEB_DIR)
	mkdir -p $(KC_DEB_DIR)/kcrate-$(KC_VERSION)
	# What git tracks, never a build artifact (a checkout without git: the
	# same directories as they are, without helpers/generated).
	cd $(TOP) && if git rev-parse --git-dir >/dev/null 2>&1; then \
		git ls-files -z -- $(KC_DEB_SRC) | xargs -0 cp -a --parents -t $(KC_DEB_DIR)/kcrate-$(KC_VERSION)/; \
	else \
		cp -a --parents $(KC_DEB_SRC) $(KC_DEB_DIR)/kcrate-$(KC_VERSION)/; \
		rm -rf $(KC_DEB_DIR)/kcrate-$(KC_VERSION)/helpers/generated; \
	fi
	cd $(KC_DEB_DIR)/kcrate-$(KC_VERSION) && dpkg-buildpackage -b -us -uc
	@echo "  DEB     $$(ls $(KC_DEB_DIR)/kcrate-*_$(KC_VERSION)_all.deb)"

help:
	@sed -n '3,22p' $(TOP)/Makefile | sed 's/^# \{0,1\}//'

FORCE:
