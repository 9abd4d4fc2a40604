#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""kcrate's one KTAP reader: validate a KTAP document, count its results.

Every producer of kcrate's tests prints KTAP version 1
(Documentation/dev-tools/ktap.rst): the shell writer selftests/lib/ktap.sh,
the C ones (selftests/ktest/ktap.h, the kselftest harness), emit() below
for Python. This reader is the only one.

  ktap.py [--subtest N NAME] LOG   LOG is one KTAP document
  ktap.py --guest LOG              LOG is a guest's console: the document
                                   between "kc-guest: begin" and "kc-guest:
                                   end", kernel messages interleaved
  ktap.py --summary LOG            the failed results with their first
                                   diagnostic lines, "# Totals:", then
                                   "N passed, N failed, N skipped"
  ktap.py --failed LOG             the failed results' paths, one a line

The first two print the document again, normalised (lines that are not
KTAP left out, diagnostic lines kept for failed results only), with what
validation found added as failed results, and a "# Totals:" line as
kselftest's ktap_helpers.sh writes it. --subtest prints it indented as
subtest N of a bigger document, followed by its result line.

Counting: every leaf result is one test (a test without sub-results counts
as one). A parent that failed although none of its children did (a timeout,
a kernel splat, a bad exit status) adds one failure of its own, so nothing
is lost; a "not ok" nested under an "ok" parent is a failure. A SKIP is
never a pass.

Validation, each finding one failure: a document that printed no result,
has no "KTAP version" line or no plan, gives fewer or more results than its
plan (truncated), or says "Bail out!". A subtest's document is judged the
same way when its parent says "ok" (a failed or skipped parent answers for
it). In a guest's console, top-level tests the guest announced ("#
kc-plan:") but never reported (it hung or crashed) are failures, with the
tail of the console and where QEMU found the vCPUs (kc-vm: stall).

Exit status: 0 if nothing failed, 1 otherwise.
"""
import argparse
import re
import sys

RESULT = re.compile(r'^( *)(ok|not ok) +(\d+)(?: +(?:- +)?([^#]*?))? *(?:#\s*(.*))?$')
PLAN = re.compile(r'^( *)1\.\.(\d+)')
VERSION = re.compile(r'^( *)(?:KTAP version 1|TAP version 1[34])\s*$')
BAIL = re.compile(r'^( *)Bail out!\s*(.*)$')
ANSI = re.compile(r'\x1b\[[0-9;?]*[a-zA-Z]|\x1bc')
DIAG = re.compile(r'^( *)# ?(.*)$')
MAX_DIAG = 12
ANNOUNCE = re.compile(r'^# kc-plan: (.*)$')


class Node:
    def __init__(self, name, ok, directive='', diag=None, children=None):
        self.diag = diag or []
        self.name = name
        self.ok = ok
        self.directive = directive or ''
        self.children = children or []

    @property
    def skipped(self):
        return self.ok and self.directive.upper().startswith('SKIP')


class Doc:
    """What a (sub)document said about itself."""
    def __init__(self, version=False):
        self.version = version
        self.plan = None
        self.bail = None


def problems(doc, n):
    """Findings about a document of n results."""
    out = []
    if doc is None:
        doc = Doc()
    if doc.bail is not None:
        out.append('Bail out! ' + doc.bail)
    if n == 0 and doc.plan is None:
        return out + ['printed no result']
    if not doc.version:
        out.append('no "KTAP version 1" line')
    if doc.plan is None:
        out.append('no plan')
    elif doc.plan != n and doc.bail is None:
        out.append(f'truncated: planned {doc.plan} results, got {n}')
    return out


def finding(reason, diag=None):
    return Node('KTAP', False, reason, diag)


def parse(lines, guest=False):
    """Return (top-level nodes, top Doc, announced names, saw_begin, saw_end)."""
    pending = {}            # depth -> results not yet adopted by a parent
    diag = {}               # depth -> diagnostic lines since the last result
    docs = {}               # depth -> Doc
    announced = []
    begin = end = not guest
    for raw in lines:
        line = ANSI.sub('', raw.rstrip('\r\n'))
        if not begin:
            if 'kc-guest: begin' in line:
                begin = True
            continue
        if guest and line.startswith('kc-guest: end'):
            end = True
            break
        m = ANNOUNCE.match(line)
        if m:
            announced = m.group(1).split()
            continue
        m = VERSION.match(line)
        if m:
            docs[len(m.group(1)) // 2] = Doc(True)
            continue
        m = PLAN.match(line)
        if m:
            doc = docs.setdefault(len(m.group(1)) // 2, Doc())
            if doc.plan is None:
                doc.plan = int(m.group(2))
            continue
        m = BAIL.match(line)
        if m:
            doc = docs.setdefault(len(m.group(1)) // 2, Doc())
            doc.bail = m.group(2).strip()
            continue
        m = RESULT.match(line)
        if not m:
            d = DIAG.match(line)
            if d:
                lines_at = diag.setdefault(len(d.group(1)) // 2, [])
                lines_at.append(d.group(2))
                del lines_at[:-MAX_DIAG]
            continue
        indent, status, num, desc, directive = m.groups()
        depth = len(indent) // 2
        node = Node((desc or '').strip() or ('test-' + num), status == 'ok', directive,
                    diag.pop(depth, []))
        node.children = pending.pop(depth + 1, [])
        sub, n = docs.pop(depth + 1, None), len(node.children)
        # Results deeper than a child, with no parent line of their own
        # between (a sub-test that died before its summary): still counted,
        # so that a nested "not ok" is never lost under an "ok" parent.
        for deeper in sorted(d for d in pending if d > depth + 1):
            node.children.extend(pending.pop(deeper))
        # What is wrong with the subtest's document counts where nothing
        # else would: under an "ok" parent, among children that all passed.
        if node.ok and not node.skipped and (node.children or sub is not None) and \
                not any(failed(c) for c in node.children):
            node.children += [finding(p) for p in problems(sub, n)]
        for deeper in [d for d in list(docs) + list(diag) if d > depth]:
            docs.pop(deeper, None)
            diag.pop(deeper, None)
        pending.setdefault(depth, []).append(node)
    return pending.get(0, []), docs.get(0), announced, begin, end


def leaves(node, path):
    """Yield (path, verdict, note, diag) for each counted result under node."""
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


def count(nodes):
    counts = {'PASS': 0, 'FAIL': 0, 'SKIP': 0}
    for node in nodes:
        for res in leaves(node, []):
            counts[res[1]] += 1
    return counts


def totals(counts):
    """The "# Totals:" line of kselftest's ktap_helpers.sh."""
    return (f"# Totals: pass:{counts['PASS']} fail:{counts['FAIL']} xfail:0 xpass:0 "
            f"skip:{counts['SKIP']} error:0")


def failed(node):
    """Whether node counts a failure."""
    return any(res[1] == 'FAIL' for res in leaves(node, []))


def result_line(node, num):
    return (('ok' if node.ok else 'not ok') + f' {num} {node.name}' +
            (f' # {node.directive}' if node.directive else ''))


def emit_nodes(nodes, ind, out):
    """The document of nodes, normalised, at indentation ind."""
    out.append(ind + 'KTAP version 1')
    out.append(ind + f'1..{len(nodes)}')
    for num, node in enumerate(nodes, 1):
        if node.children:
            emit_nodes(node.children, ind + '  ', out)
        if failed(node):
            out.extend(ind + '# ' + d for d in node.diag)
        out.append(ind + result_line(node, num))


def emit(results, head=(), out=sys.stdout):
    """The KTAP writer for Python producers: one document of results, each
    (verdict, name, note, diag), verdict PASS, FAIL or SKIP; the diagnostic
    lines come before their result, those of head after the plan. Returns
    1 if one failed, else 0."""
    print('KTAP version 1', file=out)
    print(f'1..{len(results)}', file=out)
    for d in head:
        print(f'# {d}'.rstrip(), file=out)
    counts = {'PASS': 0, 'FAIL': 0, 'SKIP': 0}
    for num, (verdict, name, note, diag) in enumerate(results, 1):
        counts[verdict] += 1
        for d in diag or ():
            print(f'# {d}', file=out)
        if verdict == 'SKIP':
            print(f'ok {num} {name} # SKIP {note}'.rstrip(), file=out)
        else:
            print(('ok' if verdict == 'PASS' else 'not ok') + f' {num} {name}' +
                  (f' # {note}' if note else ''), file=out)
    print(totals(counts), file=out)
    return 1 if counts['FAIL'] else 0


def read(path, guest, tail):
    """The document of path as top-level nodes, findings added."""
    with open(path, errors='replace') as f:
        lines = f.readlines()
    top, doc, announced, begin, end = parse(lines, guest)
    if not guest:
        if not any(failed(n) for n in top):
            top += [finding(p, [ln.rstrip('\r\n') for ln in lines[-tail:]] if not top else None)
                    for p in problems(doc, len(top))]
        return top
    # A guest that died: the tests it announced and never reported.
    if doc is not None and doc.bail is not None:
        top.append(finding('Bail out! ' + doc.bail))
    seen = {n.name for n in top}
    missing = [n for n in announced if n not in seen]
    # Where a guest killed at its bound was (scripts/kc-qemu-stall).
    # kc-vm appends it to the console, maybe after a partial line.
    stall = [ln[ln.index('kc-vm: stall:'):].strip() for ln in lines if 'kc-vm: stall:' in ln]
    console = []
    if not begin or not end:
        console = [f'----- last {tail} lines of the console ({path}) -----'] + \
            ['| ' + ln.rstrip('\r\n') for ln in lines[-tail:]] + ['-----']
    if not begin:
        top.append(Node('guest', False, 'the guest never started its tests', console + stall))
    for name in missing:
        top.append(Node(name, False, 'no result: the guest hung or crashed', stall))
    if begin and not end and not missing:
        top.append(Node('guest', False, 'the guest did not finish its run', console + stall))
    elif begin and not end:
        top[-1].diag = console + top[-1].diag
    return top


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('log', help='the KTAP document, or the console log of a guest')
    ap.add_argument('--guest', action='store_true',
                    help='a guest console: the document between the kc-guest markers')
    ap.add_argument('--subtest', nargs=2, metavar=('N', 'NAME'),
                    help='print the document as subtest N, NAME, of a bigger one')
    ap.add_argument('--summary', action='store_true',
                    help='the failed results, the totals and "N passed, N failed, N skipped"')
    ap.add_argument('--failed', action='store_true', help="the failed results' paths")
    ap.add_argument('--tail', type=int, default=40,
                    help='console lines shown when a guest died (a document: when it gave no result)')
    args = ap.parse_args()

    top = read(args.log, args.guest, args.tail if args.guest else min(args.tail, 6))
    counts = count(top)
    out = []
    if args.failed:
        out = [r[0] for n in top for r in leaves(n, []) if r[1] == 'FAIL']
    elif args.summary:
        group = None
        for node in top:
            for name, verdict, note, diag in leaves(node, []):
                if verdict != 'FAIL':
                    continue
                if group != node.name:
                    group = node.name
                    out.append(f'# === failed in {group}')
                out.append(f'# not ok {name}' + (f' # {note}' if note else ''))
                out.extend(f'#     {d}' for d in diag)
        out.append(totals(counts))
        out.append(f"{counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped")
    elif args.subtest:
        num, name = args.subtest
        only = top[0] if len(top) == 1 and top[0].name == 'KTAP' and not top[0].ok else None
        if only and only.directive == 'printed no result':
            # Nothing to nest: the tier's result says so, with its last lines.
            out.extend('# ' + d for d in only.diag)
            out.append(f'not ok {num} {name} # printed no result')
        else:
            emit_nodes(top, '  ', out)
            out.append('  ' + totals(counts))
            out.append(result_line(Node(name, not counts['FAIL']), num))
    else:
        emit_nodes(top, '', out)
        out.append(totals(counts))
    for line in out:
        print(line)
    return 1 if counts['FAIL'] else 0


if __name__ == '__main__':
    sys.exit(main())
