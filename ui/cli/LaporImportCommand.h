#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace rabeg {

// `rabeg lapor-import [--cache PATH] [--mapping FILE.json] FILE.csv`: queues a LAPOR! export's reports and status
// changes in the cache's outbox (docs/lapor.md); the next sync (`rabeg sync`, or the GUI) sends them. Prints what
// was queued, what was unchanged, what was skipped and why, and every row that could not be read, by row number.
// Exit codes: 0 done, 1 the cache, the file or the mapping cannot be used, 2 wrong usage, 3 done but some rows could
// not be read (they are listed; the others were imported).
class LaporImportCommand
{
public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2, RowsLeftOut = 3 };

    // `arguments` as a program's: the program name, then "lapor-import", options and FILE. `hubNow`: the clock a
    // report's date is bounded by.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const std::function<QDateTime()> &hubNow);
    static int main(int argc, char *argv[]);
};

} // namespace rabeg
