#include "LaporIds.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg::laporIds {

QUuid laporNamespace()
{
    static const QUuid ns
        = QUuid::createUuidV5(QUuid(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s), u"https://www.lapor.go.id/"_s);
    return ns;
}

QString normalizedTrackingId(const QString &raw)
{
    static const QRegularExpression pattern(u"^#?\\s*(\\d{4,12})$"_s);
    const auto match = pattern.match(raw.trimmed());
    return match.hasMatch() ? u'#' + match.captured(1) : QString();
}

QUuid complaintId(const QString &trackingId)
{
    return QUuid::createUuidV5(laporNamespace(), u"complaint:"_s + trackingId);
}

QUuid intakeCommandId(const QString &trackingId)
{
    return QUuid::createUuidV5(laporNamespace(), u"intake:"_s + trackingId);
}

QUuid statusCommandId(const QString &trackingId, const QString &statusCode, qint64 baseVersion)
{
    return QUuid::createUuidV5(laporNamespace(), u"status:%1:%2:%3"_s.arg(trackingId, statusCode).arg(baseVersion));
}

} // namespace rabeg::laporIds
