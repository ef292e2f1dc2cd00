#include "HeadlessCache.h"

#include "OpenProgressLines.h"
#include "refdata/ReferenceLoader.h"
#include "routing/CachedReference.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

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
    opened.cache->setProgressSink(openProgressLines(command, err));
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
