#include "AlertMutes.h"

#include "store/LocalCache.h"

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

const QString kMetaKey = u"alerts_muted"_s;

} // namespace

AlertMutes AlertMutes::load(const LocalCache &cache)
{
    AlertMutes mutes;
    for (const QString &code : cache.meta(kMetaKey).split(u',', Qt::SkipEmptyParts)) {
        if (alertKindFromCode(code))
            mutes.m_muted.insert(code);
    }
    return mutes;
}

Status AlertMutes::save(LocalCache &cache) const
{
    QStringList codes;
    for (AlertKind kind : allAlertKinds()) {
        if (m_muted.contains(toCode(kind)))
            codes.append(toCode(kind));
    }
    return cache.setMeta(kMetaKey, codes.isEmpty() ? u""_s : codes.join(u',')); // a null value is refused
}

void AlertMutes::setMuted(AlertKind kind, bool muted)
{
    if (muted)
        m_muted.insert(toCode(kind));
    else
        m_muted.remove(toCode(kind));
}

} // namespace rabeg
