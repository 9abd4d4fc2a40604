# SPDX-License-Identifier: GPL-2.0
"""What kbuild compiled in a module tree, read from its .o.cmd files.

Shared by scripts/kc-context (the context checker) and
scripts/kc-compile-commands (the compilation database for editors).
"""
import os
import re


def command(cmdfile):
    """The compiler command kbuild saved in a .o.cmd file, or None."""
    with open(cmdfile, errors="replace") as f:
        for line in f:
            m = re.match(r"^(?:saved)?cmd_\S+ := *(.*)$", line)
            if m:
                # kbuild chains objtool and the like after a ';'
                return m.group(1).split(";")[0].strip()
    return None


def compiled(tree, kdir=""):
    """(source, command, directory) of each C file kbuild compiled in TREE.

    kbuild ran the compiler in the kernel tree KDIR, or (from 6.13) in the
    module's tree, naming the source relative to it.
    """
    out = []
    for d, _, names in os.walk(tree):
        for n in names:
            if not (n.startswith(".") and n.endswith(".o.cmd")) or n.endswith(".mod.o.cmd"):
                continue
            src = os.path.join(d, n[1:-len(".o.cmd")] + ".c")
            if not os.path.exists(src):
                continue
            cmd = command(os.path.join(d, n))
            if cmd:
                out.append((src, cmd, kdir if src in cmd and kdir else tree))
    return sorted(out)
