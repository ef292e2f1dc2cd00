#pragma once

#include <QStringList>
#include <QTextStream>

namespace rabeg {

// `rabeg escalation-packet --complaint TRACKING_OR_ID --out FILE [--cache PATH] [--language id|en]
// [--at TIME]`: the
// escalation packet for the Ombudsman of one cached complaint as PDF, without a display (docs/deadlines.md).
// Exit codes: 0 written, 1 the cache, the complaint or the output cannot be used, 2 wrong usage.
class EscalationPacketCommand
{
public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

    // `arguments` as a program's: the program name, "escalation-packet", then options. Needs a QGuiApplication.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // From main: offscreen unless a platform is given, then run().
    static int main(int argc, char *argv[]);
};

} // namespace rabeg
