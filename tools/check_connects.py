#!/usr/bin/env python3
"""Every lambda connect has a context object.

Qt 6.4 has no QT_NO_CONTEXTLESS_CONNECT (it arrived in 6.7), so this check enforces the rule: a call
connect(sender, signal, [..](..){..}) -- a lambda as the third argument, with no receiver before it -- is
refused, because the lambda outlives whatever it captured. Write connect(sender, signal, context, lambda).
Usage: check_connects.py DIR... ; exits 1 and lists the places when it finds one.
"""
import pathlib
import re
import sys

CALL = re.compile(r'\b(?:QObject::)?connect\s*\(')


def split_arguments(text, start):
    """Top-level arguments of the call whose '(' is at text[start-1]; None if unbalanced."""
    depth, args, current, i = 0, [], [], start
    pairs = {'(': ')', '[': ']', '{': '}'}
    closing = set(pairs.values())
    in_string = None
    while i < len(text):
        c = text[i]
        if in_string:
            current.append(c)
            if c == '\\':
                current.append(text[i + 1]); i += 2; continue
            if c == in_string:
                in_string = None
        elif c in '"\'':
            in_string = c; current.append(c)
        elif c in pairs:
            depth += 1; current.append(c)
        elif c in closing:
            if depth == 0:
                args.append(''.join(current).strip())
                return args
            depth -= 1; current.append(c)
        elif c == ',' and depth == 0:
            args.append(''.join(current).strip()); current = []
        else:
            current.append(c)
        i += 1
    return None


def main(roots):
    problems = []
    for root in roots:
        for path in sorted(pathlib.Path(root).rglob('*')):
            if path.suffix not in ('.cpp', '.h'):
                continue
            text = path.read_text(encoding='utf-8')
            for match in CALL.finditer(text):
                args = split_arguments(text, match.end())
                if args and len(args) >= 3 and args[2].startswith('['):
                    line = text.count('\n', 0, match.start()) + 1
                    problems.append(f'{path}:{line}: lambda connect without a context object')
    for p in problems:
        print(p)
    print(f'check_connects: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
