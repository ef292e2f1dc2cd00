#include <catch2/catch.hpp>

#include "codec/WireTime.h"
#include "refdata/ReferenceLoader.h"
#include "routing/RoutingDryRun.h"
#include "store/ComplaintRepository.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// The fixture week: ISO week 47 of 2026, Monday 16 to Sunday 22 November in WIB (UTC+7).
Complaint complaint(const QString &tracking, const QString &title, const QString &service, const QString &kecamatan,
                    const QString &receivedUtc, const QString &opd)
{
    Complaint c;
    c.id = QUuid::createUuid();
    c.trackingId = tracking;
    c.title = title;
    c.body = title;
    c.channel = Channel::WalkIn;
    c.service = service;
    c.kecamatan = kecamatan;
    c.receivedAt = parseWireTime(receivedUtc);
    c.updatedAt = c.receivedAt;
    c.state = opd.isEmpty() ? ComplaintState::Verified : ComplaintState::Dispatched;
    c.opd = opd;
    c.version = opd.isEmpty() ? 2 : 3;
    return c;
}

void writeFixtureWeek(LocalCache &cache)
{
    ComplaintRepository complaints(cache);
    REQUIRE_FALSE(complaints.begin());
    const QList<Complaint> week {
        // Sunday 15 November 23:59 WIB: the week before.
        complaint(u"SRG-2026-000100"_s, u"Lampu jalan mati di Kaligandu"_s, u"pju"_s, u"SERANG"_s,
                  u"2026-11-15T16:59:00.000Z"_s, u"DISHUB"_s),
        // Monday 16 November 00:30 WIB: the week's first.
        complaint(u"SRG-2026-000101"_s, u"Lampu jalan mati di Jl. Ahmad Yani"_s, u"pju"_s, u"SERANG"_s,
                  u"2026-11-15T17:30:00.000Z"_s, u"DISHUB"_s),
        complaint(u"SRG-2026-000102"_s, u"Sampah menumpuk di Pasar Rau"_s, u"sampah"_s, u"SERANG"_s,
                  u"2026-11-17T02:00:00.000Z"_s, u"DLH"_s),
        complaint(u"SRG-2026-000103"_s, u"KTP-el belum jadi tiga bulan"_s, u"ktp-el"_s, u"KASEMEN"_s,
                  u"2026-11-18T03:00:00.000Z"_s, u"DISDUKCAPIL"_s),
        complaint(u"SRG-2026-000104"_s, u"KTP-el rusak tidak terbaca"_s, u"ktp-el"_s, u"CURUG"_s,
                  u"2026-11-19T04:00:00.000Z"_s, u"DISDUKCAPIL"_s),
        complaint(u"SRG-2026-000106"_s, u"Parkir liar di depan Royal"_s, u"parkir"_s, u"CIPOCOKJAYA"_s,
                  u"2026-11-20T05:00:00.000Z"_s, QString()),
        // Sunday 22 November 23:59 WIB: the week's last.
        complaint(u"SRG-2026-000105"_s, u"Jalan berlubang di Taktakan"_s, u"jalan-rusak"_s, u"TAKTAKAN"_s,
                  u"2026-11-22T16:59:00.000Z"_s, u"PUPR"_s),
        // Monday 23 November 00:00 WIB: the week after.
        complaint(u"SRG-2026-000107"_s, u"Banjir di Kasemen"_s, u"banjir"_s, u"KASEMEN"_s,
                  u"2026-11-22T17:00:00.000Z"_s, u"PUPR"_s),
    };
    for (const Complaint &c : week)
        REQUIRE_FALSE(complaints.put(c, {}));
    REQUIRE_FALSE(complaints.commit());
}

// The draft an admin is trying: street lights to Perkim, KTP-el in Kasemen to the kecamatan office, no rule yet for
// city roads.
RoutingTable draftTable()
{
    RoutingTable draft;
    draft.add({u"pju"_s, {}, u"PERKIM"_s, 2});
    draft.add({u"sampah"_s, {}, u"DLH"_s, 2});
    draft.add({u"ktp-el"_s, {}, u"DISDUKCAPIL"_s, 2});
    draft.add({u"ktp-el"_s, u"KASEMEN"_s, u"KEC-KASEMEN"_s, 2});
    draft.add({u"parkir"_s, {}, u"DISHUB"_s, 2});
    return draft;
}

} // namespace

TEST_CASE("the last ISO week in WIB of a Wednesday is the Monday to Sunday before, from Sunday 17:00 UTC")
{
    const WibWeek week = WibWeek::before(parseWireTime(u"2026-11-25T03:00:00.000Z"_s));
    CHECK(week.monday == QDate(2026, 11, 16));
    CHECK(week.isoWeek() == 47);
    CHECK(week.isoYear() == 2026);
    CHECK(toWireTime(week.fromUtc) == u"2026-11-15T17:00:00.000Z"_s);
    CHECK(toWireTime(week.toUtc) == u"2026-11-22T17:00:00.000Z"_s);
    // Monday 23 November 05:00 WIB is already the next week in Serang, though still Sunday in UTC.
    CHECK(WibWeek::before(parseWireTime(u"2026-11-22T22:00:00.000Z"_s)).monday == QDate(2026, 11, 16));
    CHECK(WibWeek::before(parseWireTime(u"2026-11-22T16:00:00.000Z"_s)).monday == QDate(2026, 11, 9));
}

TEST_CASE("the dry run of a draft table over the fixture week gives the expected OPD for each complaint")
{
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"dry-run"_s));
    writeFixtureWeek(cache);

    const auto result = RoutingDryRun::run(cache, WibWeek::before(parseWireTime(u"2026-11-25T03:00:00.000Z"_s)),
                                           draftTable());
    REQUIRE(result.ok());
    const QList<DryRunRow> &rows = result->rows;
    REQUIRE(rows.size() == 6);
    const auto check = [&](int i, const char16_t *tracking, const char16_t *wentTo, const char16_t *pick,
                           bool changed) {
        INFO(rows.at(i).trackingId.toStdString());
        CHECK(rows.at(i).trackingId == QStringView(tracking));
        CHECK(rows.at(i).wentTo == QStringView(wentTo));
        CHECK(rows.at(i).draftPick == QStringView(pick));
        CHECK(rows.at(i).changed == changed);
    };
    check(0, u"SRG-2026-000101", u"DISHUB", u"PERKIM", true);
    check(1, u"SRG-2026-000102", u"DLH", u"DLH", false);
    check(2, u"SRG-2026-000103", u"DISDUKCAPIL", u"KEC-KASEMEN", true);
    check(3, u"SRG-2026-000104", u"DISDUKCAPIL", u"DISDUKCAPIL", false);
    check(4, u"SRG-2026-000106", u"", u"DISHUB", false); // never dispatched: nothing to change
    check(5, u"SRG-2026-000105", u"PUPR", u"", true);    // the draft has no rule for city roads
    CHECK(rows.at(0).title == u"Lampu jalan mati di Jl. Ahmad Yani"_s);
    CHECK(result->changed == 3);
    CHECK(result->unrouted == 1);
    CHECK_FALSE(result->truncated);
}

TEST_CASE("a dry run stops at its limit and says the list is cut")
{
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"dry-run-limit"_s));
    writeFixtureWeek(cache);
    const auto result = RoutingDryRun::run(cache, WibWeek::containing(QDate(2026, 11, 18)), draftTable(), 4);
    REQUIRE(result.ok());
    CHECK(result->truncated);
    REQUIRE(result->rows.size() == 4);
    CHECK(result->rows.constLast().trackingId == u"SRG-2026-000105"_s); // the newest four, oldest first
    CHECK(result->rows.constFirst().trackingId == u"SRG-2026-000103"_s);
}
