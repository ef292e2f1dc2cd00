#pragma once

#include <QStringList>
#include <QTextStream>

namespace rabeg {

// `rabeg routing evaluate --cache PATH [--min-top1 FRACTION] FILE.jsonl`: trains the routing suggestion on the
// cache's resolved history (plus the reference seed), suggests every labelled complaint of FILE with its service
// hidden, and prints top-1 and top-3 accuracy and the most frequent confusion pairs.
// Exit codes: 0 done (and top-1 >= --min-top1 when given), 1 a file or the cache cannot be used (the message names
// the file and line), 2 wrong usage, 3 top-1 below --min-top1.
class RoutingEvaluateCommand
{
public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2, BelowThreshold = 3 };

    // `arguments` as a program's: the first is the program name, then "routing", "evaluate", options and FILE.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // From main: creates the QCoreApplication and writes to stdout/stderr.
    static int main(int argc, char *argv[]);
};

} // namespace rabeg
