#!/usr/bin/env python3
"""The arrows point one way (DESIGN.md, "Layout"): ui -> app, hub -> app.

- app/ (rabeg_core) never includes Gui or Widgets headers, nor anything from ui/ or hub/;
- hub/ never includes Gui or Widgets headers, nor anything from ui/;
- SQL text stays in the store layers: ui/ never includes QSqlQuery.
Usage: check_layers.py REPO_ROOT ; exits 1 and lists the places when a rule is broken.
"""
import pathlib
import re
import sys

GUI = re.compile(r'#\s*include\s*[<"](Qt(Gui|Widgets|PrintSupport|Charts)/|Q(Widget|Application|MainWindow|Painter|'
                 r'Pixmap|Image|Color|Font|Icon|Brush|Dialog|Label|TableView|PdfWriter|Printer|GuiApplication)\b)')
UI_INCLUDE = re.compile(r'#\s*include\s*"(ui/|InboxView|MainWindow)')
SQL = re.compile(r'#\s*include\s*<(QtSql/)?QSql(Query|Database)>')


def main(root):
    root = pathlib.Path(root)
    problems = []
    rules = [('app', [GUI, UI_INCLUDE]), ('hub', [GUI, UI_INCLUDE]), ('ui', [SQL])]
    for folder, patterns in rules:
        for path in sorted((root / folder).rglob('*')):
            if path.suffix not in ('.cpp', '.h'):
                continue
            for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
                for pattern in patterns:
                    if pattern.search(line):
                        problems.append(f'{path.relative_to(root)}:{number}: {line.strip()} breaks the {folder}/ layer rule')
    for p in problems:
        print(p)
    print(f'check_layers: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
