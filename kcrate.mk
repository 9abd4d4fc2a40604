# SPDX-License-Identifier: GPL-2.0
#
# kcrate for a module's Kbuild: include this file, then list the objects.
#
#   KCRATE ?= /usr/share/kcrate       # where kcrate is installed (kcrate-dev)
#   include $(KCRATE)/kcrate.mk
#   obj-m += my_driver.o
#
# For the including directory and every directory below it, this adds
# kcrate's include path (<core/...>, <abstractions/...>), the features of
# the kernel being built against, and the compiler flags kcrate's rules
# rely on. kcrate's own Kbuild includes it too.
#
# The features are probed by helpers/probe.sh once per kernel tree and
# cached by its identity in KC_FEATURES_DIR (default: .kcrate in the
# module's build directory). The probe is a separate kbuild run, hence the
# clean environment and the toolchain passed by name. Nothing is probed
# when cleaning.

KCRATE_DIR := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
KC_FEATURES_DIR ?= $(abspath $(obj))/.kcrate

ifeq ($(filter __clean,$(MAKECMDGOALS)),)
KC_PROBE_ARGS := ARCH=$(ARCH) CROSS_COMPILE=$(CROSS_COMPILE) \
	$(if $(LLVM),LLVM=$(LLVM)) \
	$(if $(filter command line,$(origin CC)),CC='$(CC)')
KC_FEATURES := $(shell env -i PATH="$$PATH" HOME="$$HOME" TMPDIR="$${TMPDIR:-/tmp}" \
	$(CONFIG_SHELL) $(KCRATE_DIR)/helpers/probe.sh --cache $(KC_FEATURES_DIR) \
	$(abspath $(objtree)) $(KC_PROBE_ARGS))
$(if $(KC_FEATURES),,$(error kcrate: the feature probes failed against $(abspath $(objtree)) (reason above)))
subdir-ccflags-y += -include $(KC_FEATURES)
endif
clean-files += .kcrate

subdir-ccflags-y += -I$(KCRATE_DIR)
# A goto or switch case that jumps over a __attribute__((cleanup)) variable
# must not compile.
subdir-ccflags-y += -Werror=jump-misses-init
# A sealed value built by a positional initialiser must not compile (see
# core/check.h), as in the kernel's own Makefile.
subdir-ccflags-y += $(call cc-option,-Werror=designated-init)
# A field initialised twice in a descriptor (an id, a table or a slot
# given again by hand after the kcrate macro that sets it) must not compile.
subdir-ccflags-y += -Werror=override-init
# A pointer used after kc_free() must not compile (gcc 11 and later; see
# core/alloc.h).
subdir-ccflags-y += $(call cc-option,-Werror=use-after-free)
