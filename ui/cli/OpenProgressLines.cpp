#include "OpenProgressLines.h"

#include <QElapsedTimer>

#include <cmath>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace rabeg {

OpenProgressSink openProgressLines(const QString &command, QTextStream &err)
{
    auto since = std::make_shared<QElapsedTimer>();
    auto last = std::make_shared<std::optional<OpenProgress::Step>>();
    return [command, &err, since, last](const OpenProgress &progress) {
        if (*last == progress.step && since->isValid() && since->elapsed() < 10000 && progress.fraction < 1)
            return;
        *last = progress.step;
        since->start();
        QString step;
        switch (progress.step) {
        case OpenProgress::Step::Migrating:
            step = u"migrating the cache to schema %1"_s.arg(progress.toVersion);
            break;
        case OpenProgress::Step::FillingWarnings:
            step = u"computing the deadline warnings"_s;
            break;
        case OpenProgress::Step::DerivingDeadlines:
            step = u"deriving every complaint's deadlines"_s;
            break;
        case OpenProgress::Step::FillingStallSpans:
            step = u"deriving the report's stall spans"_s;
            break;
        }
        err << "rabeg " << command << ": " << step;
        if (progress.fraction >= 0)
            err << ", " << int(std::floor(progress.fraction * 100)) << "%"; // 99.6% is not done
        if (progress.complaints > 0)
            err << " (" << progress.complaints << " complaints)";
        err << "\n";
        err.flush();
    };
}

} // namespace rabeg
