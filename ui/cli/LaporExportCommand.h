#pragma once

#include <QStringList>
#include <QTextStream>

namespace rabeg {

// `rabeg lapor-export [--cache PATH] --since DATE --out FILE.csv`: what the city did since DATE (a day, WIB, or an
// ISO 8601 time) about complaints that came from LAPOR!, keyed by LAPOR! tracking id, for upload to LAPOR!
// (columns in docs/lapor.md). Only what the cache has synced is exported: sync first.
// Exit codes: 0 written, 1 the cache or the file cannot be used, 2 wrong usage.
class LaporExportCommand
{
public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int main(int argc, char *argv[]);
};

} // namespace rabeg
