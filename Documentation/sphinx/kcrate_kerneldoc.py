# SPDX-License-Identifier: GPL-2.0
"""kcrate's ``kernel-doc`` directive.

    .. kernel-doc:: core/error.h
       :doc: handle lifetime and locking     (optional: one DOC section)

Runs the kernel's own ``scripts/kernel-doc -rst`` on a file of the tree and
parses its reStructuredText into the document. The script comes from the
kernel the project builds against: ``$KC_KERNELDOC`` (set by ``make
htmldocs`` to ``$(KDIR)/scripts/kernel-doc``), else the first
``/usr/src/linux-headers-*/scripts/kernel-doc``. Any warning kernel-doc
prints becomes a Sphinx warning, so ``sphinx-build -W`` fails on it.
"""
import glob
import os
import subprocess

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import ViewList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

import sphinx

logger = logging.getLogger(__name__)


def find_kernel_doc():
    kd = os.environ.get('KC_KERNELDOC')
    if kd and os.path.isfile(kd):
        return kd
    for kd in sorted(glob.glob('/usr/src/linux-headers-*/scripts/kernel-doc')):
        return kd
    return None


class KernelDoc(SphinxDirective):
    required_arguments = 1
    has_content = False
    option_spec = {
        'doc': directives.unchanged_required,
        'functions': directives.unchanged,
    }

    def run(self):
        env = self.state.document.settings.env
        srctree = env.config.kcrate_srctree
        rel = self.arguments[0]
        path = os.path.join(srctree, rel)
        kd = find_kernel_doc()
        if kd is None:
            logger.warning('kernel-doc: no scripts/kernel-doc found (install the '
                           'kernel headers or set KC_KERNELDOC)', location=self.get_location())
            return []
        env.note_dependency(os.path.abspath(path))

        cmd = ['perl', kd, '-rst', '-enable-lineno',
               '-sphinx-version', sphinx.__version__]
        if 'doc' in self.options:
            cmd += ['-function', self.options['doc']]
        elif 'functions' in self.options:
            for f in self.options['functions'].split():
                cmd += ['-function', f]
        else:
            cmd += ['-no-doc-sections']
        cmd.append(path)

        res = subprocess.run(cmd, capture_output=True, text=True, cwd=srctree)
        import re
        known = [k for k in env.config.kcrate_kerneldoc_known if k[0] == rel]
        for line in res.stderr.splitlines():
            if not ('warning' in line or 'error' in line):
                continue
            if any(re.search(k[1], line) for k in known):
                logger.info('kernel-doc (known, see make lint): %s', line)
            else:
                logger.warning('kernel-doc: %s', line, location=self.get_location())
        if res.returncode not in (0,) and not res.stdout:
            logger.warning('kernel-doc failed on %s (%d)', rel, res.returncode,
                           location=self.get_location())
            return []

        # kernel-doc's "#define LINENO n" lines map the output to the source.
        result = ViewList()
        lineno = 0
        for line in res.stdout.splitlines():
            if line.strip().startswith('.. LINENO '):
                lineno = int(line.split()[2]) - 1
                continue
            result.append(line, rel, lineno)
            lineno += 1

        node = nodes.section()
        nested_parse_with_titles(self.state, result, node)
        return node.children


def setup(app):
    app.add_config_value('kcrate_srctree', None, 'env')
    app.add_config_value('kcrate_kerneldoc_known', [], 'env')
    app.add_directive('kernel-doc', KernelDoc)
    return {'parallel_read_safe': True, 'parallel_write_safe': True}
