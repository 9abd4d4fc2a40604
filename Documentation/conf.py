# SPDX-License-Identifier: GPL-2.0
#
# Sphinx configuration of kcrate's documentation: `make htmldocs`.
# The API reference is generated at build time by the kernel's own
# scripts/kernel-doc (from the kernel headers package), through the small
# extension in sphinx/kcrate_kerneldoc.py.
import os
import sys

sys.path.insert(0, os.path.join(os.path.abspath(os.path.dirname(__file__)), 'sphinx'))

project = 'kcrate'
copyright = 'kcrate developers'
author = 'kcrate developers'

extensions = ['kcrate_kerneldoc']
master_doc = 'index'
exclude_patterns = ['_build', 'sphinx']
html_theme = 'alabaster'
html_static_path = []
primary_domain = 'c'
highlight_language = 'none'

# Kernel annotations the C domain must accept in declarations.
c_id_attributes = [
    '__must_check', '__always_inline', '__init', '__exit', '__maybe_unused',
    '__printf', '__cold', '__pure', 'noinline', 'notrace', 'inline',
    '__malloc', '__attribute_const__', '__kc_cold',
    '__kc_might_sleep', '__kc_atomic_context', '__kc_context_unchecked',
]
c_paren_attributes = ['__printf', '__aligned', '__section']

# Where the tree is: kernel-doc paths in the .rst files are relative to it.
# kernel-doc findings in files this documentation does not own, tolerated
# (logged, not warned) so that -W stays usable while their owners fix them;
# `make lint` still reports every one of them. (file, regex) pairs.
kcrate_kerneldoc_known = [
]

kcrate_srctree = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))


def _optional_toc(app, docname, source):
    # Documentation/simulator.rst is written by the simulator's engineer;
    # list it in the index's toctree only when it exists, so the build
    # stays free of warnings either way.
    if docname == 'index' and os.path.exists(os.path.join(app.srcdir, 'simulator.rst')):
        source[0] = source[0].replace('   testing\n', '   testing\n   simulator\n', 1)


def setup(app):
    app.connect('source-read', _optional_toc)
