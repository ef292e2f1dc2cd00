#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rabeg {

// An ISO 8601 week ("2026-W48": Monday 23 to Sunday 29 November 2026) in Western Indonesian Time. Weeks start on
// Monday at 00:00 WIB (Sunday 17:00 UTC: WIB is UTC+7 all year) and end at the next Monday's 00:00 WIB; an instant
// belongs to the week when start() <= t < end().
class IsoWeek
{
public:
    IsoWeek() = default;

    // "2026-W48" (also "2026W48"); nothing for a week the year does not have.
    static std::optional<IsoWeek> parse(QStringView text);
    static IsoWeek containing(const QDate &date);
    // The week a UTC instant falls in, read on the WIB clock.
    static IsoWeek containingInstant(const QDateTime &utc);

    bool isValid() const { return m_year > 0; }
    int year() const { return m_year; }
    int number() const { return m_week; }
    QString code() const; // "2026-W48"

    QDate monday() const { return m_monday; }
    QDate sunday() const { return m_monday.addDays(6); }
    QDateTime start() const; // UTC
    QDateTime end() const; // UTC, exclusive
    IsoWeek addWeeks(int weeks) const { return containing(m_monday.addDays(7 * qint64(weeks))); }

    friend bool operator==(const IsoWeek &, const IsoWeek &) = default;

private:
    int m_year = 0;
    int m_week = 0;
    QDate m_monday;
};

} // namespace rabeg
