#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Read the console log of a kcrate test guest and report its KTAP results.

The guest prints "kc-guest: begin", one KTAP document whose top-level tests
are the scripts in /kc/tests.d (each script's own KTAP/TAP nested two spaces
deeper), then "kc-guest: end". Kernel messages may interleave: lines that
are not KTAP are ignored.

Counting: every leaf result is one test (a script without sub-results counts
as one). A parent that failed although none of its children did (a timeout,
a kernel splat, a bad exit status) adds one failure of its own, so nothing is
lost. A SKIP is never counted as a pass. Top-level tests the guest announced
but never reported (it hung or crashed) count as failures, and the tail of
the console is shown.

Prints one line per test and, last, "COUNTS passed failed skipped".
Exit status: 0 if nothing failed, 1 otherwise.
"""
import argparse
import re
import sys

RESULT = re.compile(r'^( *)(ok|not ok) +(\d+)(?: +(?:- +)?([^#]*?))? *(?:#\s*(.*))?$')
PLAN = re.compile(r'^ *1\.\.(\d+)')
ANSI = re.compile(r'\x1b\[[0-9;?]*[a-zA-Z]|\x1bc')
DIAG = re.compile(r'^( *)# ?(.*)$')
MAX_DIAG = 8
ANNOUNCE = re.compile(r'^# kc-plan: (.*)$')


class Node:
    def __init__(self, name, ok, directive, depth, diag=None):
        self.diag = diag or []
        self.name = name
        self.ok = ok
        self.directive = directive or ''
        self.depth = depth
        self.children = []

    @property
    def skipped(self):
        return self.ok and self.directive.upper().startswith('SKIP')


def parse(lines, whole=False):
    """Return (top-level nodes, announced names, saw_begin, saw_end)."""
    pending = {}            # depth -> results not yet adopted by a parent
    diag = {}               # depth -> diagnostic lines since the last result
    announced = []
    begin = end = whole
    for raw in lines:
        line = ANSI.sub('', raw.rstrip('\r\n'))
        if not begin:
            if 'kc-guest: begin' in line:
                begin = True
            continue
        if not whole and line.startswith('kc-guest: end'):
            end = True
            break
        m = ANNOUNCE.match(line)
        if m:
            announced = m.group(1).split()
            continue
        m = RESULT.match(line)
        if not m:
            d = DIAG.match(line)
            if d:
                lines_at = diag.setdefault(len(d.group(1)) // 2, [])
                lines_at.append(d.group(2))
                del lines_at[:-MAX_DIAG]
            continue
        indent, status, _num, desc, directive = m.groups()
        depth = len(indent) // 2
        node = Node((desc or '').strip() or ('#' + _num), status == 'ok', directive, depth,
                    diag.pop(depth, []))
        node.children = pending.pop(depth + 1, [])
        # Results deeper than a child, with no parent line of their own
        # between (a sub-test that died before its summary): still counted,
        # so that a nested "not ok" is never lost under an "ok" parent.
        for deeper in sorted(d for d in pending if d > depth + 1):
            node.children.extend(pending.pop(deeper))
        pending.setdefault(depth, []).append(node)
    return pending.get(0, []), announced, begin, end


def leaves(node, path):
    """Yield (path, verdict, note) for each counted result under node."""
    here = path + [node.name]
    if not node.children:
        if node.skipped:
            yield '/'.join(here), 'SKIP', node.directive[4:].strip(), []
        elif node.ok:
            yield '/'.join(here), 'PASS', '', []
        else:
            yield '/'.join(here), 'FAIL', node.directive, node.diag
        return
    child_failed = False
    for child in node.children:
        for res in leaves(child, here):
            child_failed |= res[1] == 'FAIL'
            yield res
    if not node.ok and not child_failed:
        yield ('/'.join(here), 'FAIL', node.directive or 'failed with all sub-tests passing',
               node.diag)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('log', help='console log of the guest')
    ap.add_argument('--prefix', default='', help='label printed before each test name')
    ap.add_argument('--whole', action='store_true',
                    help='the whole file is one KTAP document (no kc-guest markers)')
    ap.add_argument('--tail', type=int, default=40, help='console lines shown when the guest died')
    args = ap.parse_args()

    with open(args.log, errors='replace') as f:
        lines = f.readlines()
    top, announced, begin, end = parse(lines, args.whole)

    counts = {'PASS': 0, 'FAIL': 0, 'SKIP': 0}
    prefix = args.prefix + '/' if args.prefix else ''

    def report(name, verdict, note='', diag=()):
        counts[verdict] += 1
        print(f'{verdict:4}  {prefix}{name}' + (f'  ({note})' if note else ''))
        for d in diag:
            print(f'        # {d}')

    for node in top:
        for name, verdict, note, diag in leaves(node, []):
            report(name, verdict, note, diag)

    seen = {n.name for n in top}
    missing = [n for n in announced if n not in seen]
    # Where a guest killed at its bound was (scripts/kc-qemu-stall).
    # kc-vm appends it to the console, maybe after a partial line.
    stall = [ln[ln.index('kc-vm: stall:'):].strip() for ln in lines if 'kc-vm: stall:' in ln]
    if not begin:
        report('guest', 'FAIL', 'the guest never started its tests', stall)
    for name in missing:
        report(name, 'FAIL', 'no result: the guest hung or crashed', stall)
    if begin and not end and not missing:
        report('guest', 'FAIL', 'the guest did not finish its run', stall)
    if not begin or not end:
        print(f'----- last {args.tail} lines of the console ({args.log}) -----')
        for line in lines[-args.tail:]:
            print('| ' + line.rstrip('\r\n'))
        print('-----')

    print(f"COUNTS {counts['PASS']} {counts['FAIL']} {counts['SKIP']}")
    return 1 if counts['FAIL'] else 0


if __name__ == '__main__':
    sys.exit(main())
