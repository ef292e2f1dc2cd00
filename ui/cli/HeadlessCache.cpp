#include "HeadlessCache.h"

#include "refdata/ReferenceLoader.h"
#include "routing/CachedReference.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QFileInfo>
#include <QStandardPaths>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Without --cache: the only cache in the client's data folder (one per hub and user, as the GUI names them).
QString defaultCache()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    const QStringList caches = dir.entryList({u"*.sqlite"_s}, QDir::Files);
    return caches.size() == 1 ? dir.filePath(caches.first()) : QString();
}

// A line on `err` when the open starts a step and every ten seconds within one: a cache upgrade takes minutes at
// 1,000,000 complaints, and a command that says nothing for that long looks hung (OpenProgress.h).
OpenProgressSink progressLines(const QString &command, QTextStream &err)
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
            err << ", " << qRound(progress.fraction * 100) << "%";
        if (progress.complaints > 0)
            err << " (" << progress.complaints << " complaints)";
        err << "\n";
        err.flush();
    };
}

} // namespace

HeadlessCache HeadlessCache::open(const QString &command, const QString &named, const QString &connection,
                                  QTextStream &err)
{
    HeadlessCache opened;
    opened.path = named.isEmpty() ? defaultCache() : named;
    if (opened.path.isEmpty()) {
        err << "rabeg " << command << ": name the cache with --cache PATH (there is not exactly one in "
            << QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) << ")\n";
        opened.exitCode = 2;
        return opened;
    }
    opened.exitCode = 1;
    if (!QFileInfo(opened.path).isFile()) {
        err << "rabeg " << command << ": " << opened.path << ": no such cache file\n";
        return opened;
    }
    auto reference = loadBuiltinReferenceData();
    if (!reference) {
        err << "rabeg " << command << ": " << reference.error().message << "\n";
        return opened;
    }
    opened.reference = std::move(reference).value();
    opened.cache = std::make_unique<LocalCache>();
    opened.cache->setProgressSink(progressLines(command, err));
    if (Status status = opened.cache->open(opened.path, connection)) {
        err << "rabeg " << command << ": " << opened.path << ": " << status->message << "\n";
        opened.cache.reset();
        return opened;
    }
    // The OPDs, agencies, tree and routing table the admins left, as far as this cache has synced them: a report
    // or an export names a renamed OPD as the workstation's screens do.
    const auto inForce = cachedReferenceVersions(*opened.cache, opened.reference);
    if (!inForce.ok()) {
        err << "rabeg " << command << ": " << opened.path << ": " << inForce.error().message << "\n";
        opened.cache.reset();
        return opened;
    }
    opened.cache->setProgressSink({});
    opened.reference = inForce->reference();
    opened.exitCode = 0;
    return opened;
}

} // namespace rabeg
