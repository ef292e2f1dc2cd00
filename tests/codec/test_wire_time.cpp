#include <catch2/catch.hpp>

#include "codec/WireTime.h"
#include "demo/Prng.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// What WireTime did before its hand-written fast paths, and still does for anything not canonical.
QString qtWireTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime qtParse(const QString &text)
{
    const bool zoned = text.endsWith(u'Z')
        || (text.size() > 6 && (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'));
    if (!zoned)
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

void requireSame(const QDateTime &fast, const QDateTime &reference, const QString &text)
{
    INFO(text.toStdString());
    REQUIRE(fast.isValid() == reference.isValid());
    if (reference.isValid()) {
        CHECK(fast.toMSecsSinceEpoch() == reference.toMSecsSinceEpoch());
        CHECK(fast.timeSpec() == reference.timeSpec());
        CHECK(qtWireTime(fast) == qtWireTime(reference));
    }
}

} // namespace

TEST_CASE("wire times are written and read as Qt's ISO 8601 code writes and reads them", "[codec][time]")
{
    Prng prng(20261201);
    // From 0001-01-01 to 9999-12-31, and the years a store really holds, with every millisecond of a day.
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    const qint64 recent = QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = i % 2 == 0 ? first + qint64(prng.below(std::uint64_t(last - first + 1)))
                                     : recent + qint64(prng.below(std::uint64_t(80) * 365 * 86'400'000));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString text = toWireTime(at);
        REQUIRE(text == qtWireTime(at));
        requireSame(parseWireTime(text), qtParse(text), text);
        // The same instant seen from another zone is written in UTC all the same.
        REQUIRE(toWireTime(at.toOffsetFromUtc(7 * 3600)) == text);
    }
    for (const QDateTime &edge :
         {QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
          QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
          QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC), QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
          QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
          QDateTime(QDate(0, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(-44, 3, 15), QTime(10, 0), Qt::UTC),
          QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), QDateTime()}) {
        INFO(edge.toString(Qt::ISODateWithMs).toStdString());
        CHECK(toWireTime(edge) == qtWireTime(edge));
    }
}

TEST_CASE("wire times that are not canonical are read as Qt reads them, or refused alike", "[codec][time]")
{
    for (const QString &text : {
             u"2026-11-30T04:58:29.123Z"_s,
             u"2026-11-30T04:58:29Z"_s,
             u"2026-11-30T11:58:29.123+07:00"_s,
             u"2026-11-30T04:58:29.123-03:30"_s,
             u"2026-11-30T04:58:29.123"_s,
             u"2026-11-30T04:58:29.123z"_s,
             u"2026-02-29T04:58:29.123Z"_s,
             u"2024-02-29T04:58:29.123Z"_s,
             u"2026-13-01T04:58:29.123Z"_s,
             u"2026-00-10T04:58:29.123Z"_s,
             u"2026-11-00T04:58:29.123Z"_s,
             u"2026-11-31T04:58:29.123Z"_s,
             u"2026-11-30T24:00:00.000Z"_s,
             u"2026-11-30T23:60:00.000Z"_s,
             u"2026-11-30T23:59:60.000Z"_s,
             u"0000-01-01T00:00:00.000Z"_s,
             u"2026-11-30 04:58:29.123Z"_s,
             u"2026-11-30T04:58:29,123Z"_s,
             u"+026-11-30T04:58:29.123Z"_s,
             u"2026-1a-30T04:58:29.123Z"_s,
             u"２０２６-11-30T04:58:29.123Z"_s,
             u"2026-11-30T04:58:29.12Z"_s,
             u"2026-11-30T04:58:29.1234Z"_s,
             u""_s,
             u"Z"_s,
             u"garbage garbage garbageZ"_s,
         }) {
        requireSame(parseWireTime(text), qtParse(text), text);
    }
}
