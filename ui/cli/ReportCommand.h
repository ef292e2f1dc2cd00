#pragma once

#include <QStringList>
#include <QTextStream>

namespace rabeg {

// `rabeg report weekly [--week 2026-W48] --format pdf|csv --out FILE [--cache PATH] [--signer-name NAME]
// [--signer-nip NIP] [--notes TEXT] [--language id|en]`: the weekly report without a display, for cron
// (docs/reports.md). The week defaults to the last whole week; the signer defaults to the settings' report/signer_*.
// CSV writes one file per table beside FILE (FILE-figures.csv, FILE-opd.csv, ...).
// Exit codes: 0 written, 1 the cache or the output cannot be used, 2 wrong usage.
class ReportCommand
{
public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

    // `arguments` as a program's: the first is the program name, then "report", "weekly" and options. Needs a
    // QGuiApplication (fonts for the PDF).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // From main: sets QT_QPA_PLATFORM=offscreen unless a platform is given, creates the QGuiApplication.
    static int main(int argc, char *argv[]);
};

} // namespace rabeg
