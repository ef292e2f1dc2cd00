#include "AxisOrigins.h"

#include "LocalCache.h"
#include "RunningCycleRows.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rabeg {

QString axisOriginsText(const QHash<QString, qint64> &origins)
{
    QStringList lines;
    for (auto it = origins.cbegin(); it != origins.cend(); ++it) {
        if (it.value() != 0)
            lines.append(axisColumn(it.key()) + u'=' + QString::number(it.value()));
    }
    lines.sort();
    return lines.join(u'\n');
}

std::optional<QHash<QString, qint64>> axisOriginsFromText(const QString &text)
{
    QHash<QString, qint64> origins;
    if (text.isEmpty())
        return origins;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype equals = line.lastIndexOf(u'=');
        bool ok = false;
        const qint64 origin = line.mid(equals + 1).toLongLong(&ok);
        if (equals <= 0 || !ok)
            return std::nullopt;
        origins.insert(axisOfColumn(line.left(equals)), origin);
    }
    return origins;
}

std::shared_ptr<const DeadlinePolicy> withAxisOrigins(std::shared_ptr<const DeadlinePolicy> policy,
                                                      const QHash<QString, qint64> &origins)
{
    if (!policy || policy->calendar().axisOrigins() == origins)
        return policy;
    auto counted = std::make_shared<DeadlinePolicy>(*policy);
    counted->setAxisOrigins(origins);
    return counted;
}

Status loadAxisOrigins(LocalCache &cache)
{
    const auto origins = axisOriginsFromText(cache.meta(kAxisOriginsMeta));
    if (origins) {
        cache.useAxisOrigins(*origins);
        return std::nullopt;
    }
    cache.useAxisOrigins({});
    if (Status status = cache.removeMeta(u"deadline_policy"_s))
        return status;
    return cache.removeMeta(kAxisOriginsMeta);
}

} // namespace rabeg
