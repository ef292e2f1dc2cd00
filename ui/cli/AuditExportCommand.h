#pragma once

#include <QStringList>
#include <QTextStream>

namespace rabeg {

// `rabeg audit-export --in EXPORT.json --out FILE.pdf [--language id|en]`: the PDF of an audit export that
// `rabeg-hub audit export` wrote as JSON (the hub links no Qt Gui), without a display (docs/security.md).
// Exit codes: 0 written, 1 the input or the output cannot be used, 2 wrong usage.
class AuditExportCommand
{
public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

    // `arguments` as a program's: the program name, "audit-export", then options. Needs a QGuiApplication.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // From main: offscreen unless a platform is given, then run().
    static int main(int argc, char *argv[]);
};

} // namespace rabeg
