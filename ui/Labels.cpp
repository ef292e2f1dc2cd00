#include "Labels.h"

#include "deadline/EscalationPacket.h"
#include "domain/DomainText.h"

#include <QLocale>
#include <QTimeZone>

namespace rabeg {

QString Labels::state(ComplaintState state) { return stateText(state); }

QString Labels::channel(Channel channel)
{
    switch (channel) {
    case Channel::Lapor:
        return tr("LAPOR!");
    case Channel::WalkIn:
        return tr("Walk-in");
    case Channel::Phone:
        return tr("Phone");
    case Channel::Email:
        return tr("E-mail");
    case Channel::SocialMedia:
        return tr("Social media");
    case Channel::Sms:
        return tr("SMS 1708");
    }
    return {};
}

QString Labels::classification(Classification classification)
{
    switch (classification) {
    case Classification::Unset:
        return tr("Not classified");
    case Classification::Aspirasi:
        return tr("Aspiration");
    case Classification::Pengaduan:
        return tr("Complaint");
    case Classification::PermintaanInformasi:
        return tr("Information request");
    }
    return {};
}

QString Labels::role(Role role) { return roleText(role); }

QString Labels::wib(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // WIB is UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no tz database.
    const QDateTime local = utc.toTimeZone(QTimeZone(7 * 3600));
    return QLocale().toString(local, QLocale::ShortFormat) + QLatin1Char(' ') + tr("WIB");
}

} // namespace rabeg

namespace rabeg {

QString Labels::span(qint64 seconds)
{
    const qint64 hours = qAbs(seconds) / 3600;
    return hours >= 48 ? tr("%n days", nullptr, int(hours / 24)) : tr("%n hours", nullptr, int(hours));
}

QString Labels::lateSpan(const QDateTime &due, const QDateTime &until)
{
    const int days = daysOverdue(due, until);
    return days >= 2 ? tr("%n days", nullptr, days) : span(due.secsTo(until));
}

QString Labels::timeLeft(const QDateTime &now, const QDateTime &due)
{
    const qint64 seconds = now.secsTo(due);
    return seconds >= 0 ? tr("%1 left").arg(span(seconds)) : tr("%1 late").arg(lateSpan(due, now));
}

QString Labels::stoppedLate(const QDateTime &due, const QDateTime &stopped)
{
    //: A deadline bar of a clock that stopped after its due time ("stopped 5 days late")
    return tr("stopped %1 late").arg(lateSpan(due, stopped));
}

QString Labels::wibDue(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(QTimeZone(7 * 3600));
    if (local.time() != QTime(0, 0))
        return wib(utc);
    return QLocale().toString(local.date().addDays(-1), QLocale::ShortFormat) + QStringLiteral(" 24.00 ") + tr("WIB");
}

} // namespace rabeg
