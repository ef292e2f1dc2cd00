#include "WireTime.h"

#include <QTimeZone>

namespace rabeg {

QString toWireTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseWireTime(const QString &text)
{
    const bool zoned = text.endsWith(u'Z') || (text.size() > 6 && (text.at(text.size() - 6) == u'+'
                                                                    || text.at(text.size() - 6) == u'-'));
    if (!zoned)
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    return at.toUTC();
}

} // namespace rabeg
