#include "WireTime.h"

#include <QTimeZone>

namespace rabeg {
namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

// Two to four ASCII digits at `from`, or -1.
int digits(const char16_t *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void putDigits(char16_t *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

// Every time a sync stores passes through here several times (events, states, derived facts), so the canonical
// form "2026-11-30T04:58:29.123Z" is written and read by hand; anything else goes through Qt's ISO 8601 code,
// whose results the fast paths equal (tests/codec, test_wire_time).
QString toWireTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 day = ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
    const QDate date = QDate::fromJulianDay(day + kUnixEpochJulianDay);
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs);
    const int inDay = int(ms - day * kMsPerDay);
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, date.year(), 4);
    out[4] = u'-';
    putDigits(out + 5, date.month(), 2);
    out[7] = u'-';
    putDigits(out + 8, date.day(), 2);
    out[10] = u'T';
    putDigits(out + 11, inDay / 3'600'000, 2);
    out[13] = u':';
    putDigits(out + 14, inDay / 60'000 % 60, 2);
    out[16] = u':';
    putDigits(out + 17, inDay / 1000 % 60, 2);
    out[19] = u'.';
    putDigits(out + 20, inDay % 1000, 3);
    out[23] = u'Z';
    return text;
}

QDateTime parseWireTime(const QString &text)
{
    if (text.size() == 24) {
        const char16_t *t = reinterpret_cast<const char16_t *>(text.constData());
        if (t[4] == u'-' && t[7] == u'-' && t[10] == u'T' && t[13] == u':' && t[16] == u':' && t[19] == u'.'
            && t[23] == u'Z') {
            const int year = digits(t, 0, 4);
            const int month = digits(t, 5, 2);
            const int dayOfMonth = digits(t, 8, 2);
            const int hour = digits(t, 11, 2);
            const int minute = digits(t, 14, 2);
            const int second = digits(t, 17, 2);
            const int milli = digits(t, 20, 3);
            const QDate date(year, month, dayOfMonth);
            if (year >= 1 && date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0
                && second < 60 && milli >= 0) {
                const qint64 ms = (date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay
                    + ((hour * 60 + minute) * 60 + second) * 1000 + milli;
                return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            }
        }
    }
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
