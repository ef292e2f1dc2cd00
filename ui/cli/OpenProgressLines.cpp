#include "OpenProgressLines.h"

#include <QElapsedTimer>
#include <QHash>

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
        static const QHash<OpenProgress::Step, QString> kSteps = {
            {OpenProgress::Step::Migrating, u"migrating the cache to schema %1"_s},
            {OpenProgress::Step::FillingWarnings, u"computing the deadline warnings"_s},
            {OpenProgress::Step::DerivingDeadlines, u"deriving every complaint's deadlines"_s},
            {OpenProgress::Step::FillingStallSpans, u"deriving the report's stall spans"_s},
        };
        QString step = kSteps.value(progress.step);
        if (progress.step == OpenProgress::Step::Migrating)
            step = step.arg(progress.toVersion);
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
