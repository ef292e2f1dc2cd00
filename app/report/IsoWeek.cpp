#include "IsoWeek.h"

#include "deadline/WorkingCalendar.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {

std::optional<IsoWeek> IsoWeek::parse(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-?W(\\d{1,2})$"_s);
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    // 28 December is always in the last ISO week of its year.
    const int weeksInYear = QDate(year, 12, 28).weekNumber();
    if (year < 1 || week < 1 || week > weeksInYear)
        return std::nullopt;
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    return containing(jan4.addDays(1 - jan4.dayOfWeek() + 7 * qint64(week - 1)));
}

IsoWeek IsoWeek::containing(const QDate &date)
{
    IsoWeek week;
    if (!date.isValid())
        return week;
    week.m_week = date.weekNumber(&week.m_year);
    week.m_monday = date.addDays(1 - date.dayOfWeek());
    return week;
}

IsoWeek IsoWeek::containingInstant(const QDateTime &utc)
{
    return containing(WorkingCalendar::wibDate(utc));
}

QString IsoWeek::code() const
{
    return isValid() ? u"%1-W%2"_s.arg(m_year, 4, 10, QChar(u'0')).arg(m_week, 2, 10, QChar(u'0')) : QString();
}

QDateTime IsoWeek::start() const
{
    return WorkingCalendar::startOfWibDay(m_monday);
}

QDateTime IsoWeek::end() const
{
    return WorkingCalendar::startOfWibDay(m_monday.addDays(7));
}

} // namespace rabeg
