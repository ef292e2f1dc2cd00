// The stall board counts "working days at the step" with the calendar the workstation adopted, not the shipped one:
// an admin's published day off reaches the cache by a sync page (SyncRepository::applyEventPage), and both the
// board screen's loader (its own connection, opened before the page) and the board view on the GUI's connection
// then agree with the core's per-complaint stall computation under the published calendar (docs/sop.md).
#include "CalendarPage.h"
#include "SopDemoCache.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "deadline/PolicyJson.h"
#include "refdata/ReferenceLoader.h"
#include "sop/Checklists.h"
#include "sop/StallBoardLoader.h"
#include "sop/StallBoardModel.h"
#include "sop/StallBoardView.h"
#include "store/ComplaintRepository.h"
#include "store/PublishedPolicy.h"
#include "store/SyncRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::adoptCalendarByPage;

namespace {

struct CalendarFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"stall-calendar.sqlite"_s);
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();
    // Monday 30 November 2026, 10:00 WIB: the demo's end.
    QDateTime hubTime = parseWireTime(u"2026-11-30T03:00:00Z"_s);

    CalendarFixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(path, u"stall-calendar-test"_s));
        DemoOptions options;
        options.count = 900;
        options.end = hubTime;
        REQUIRE_FALSE(sopdemo::fillCache(cache, reference, options));
    }

    // The board the core makes from every cached history on its own, under `calendar`.
    QList<StallCell> expectedCells(const WorkingCalendar &calendar) const
    {
        ComplaintRepository repository(const_cast<LocalCache &>(cache));
        StallBoard board;
        std::optional<InboxCursor> after;
        for (;;) {
            const auto page = repository.page(after, 500);
            REQUIRE(page.ok());
            if (page->isEmpty())
                break;
            for (const InboxRow &row : page.value()) {
                const QUuid id = QUuid::fromString(row.id);
                board.add(id, checklistOf(repository.history(id).value(), *reference.sopCatalog(), calendar, hubTime));
            }
            after = InboxCursor {toWireTime(page->last().receivedAt), page->last().id};
        }
        QList<StallCell> cells = board.cells();
        for (StallCell &cell : cells)
            cell.complaints.clear(); // the board holds counts; a cell's ids are read on drill-down
        return cells;
    }

    // An admin's calendar, version 1, as a sync page brings it: the reference event, applied with its cursor.
    void adoptByPage(const QList<CalendarDay> &days) { adoptCalendarByPage(cache, days); }
};

} // namespace

namespace Catch {
template <> struct StringMaker<rabeg::StallCell>
{
    static std::string convert(const rabeg::StallCell &c)
    {
        return QStringLiteral("%1 x %2 (step %3): %4 stalled, median %5, max %6")
            .arg(c.opd, c.stepKey)
            .arg(c.stepNumber)
            .arg(c.count)
            .arg(c.medianDaysStuck)
            .arg(c.maxDaysStuck)
            .toStdString();
    }
};
} // namespace Catch

namespace {

QList<StallCell> withoutIds(QList<StallCell> cells)
{
    for (StallCell &cell : cells)
        cell.complaints.clear();
    return cells;
}

} // namespace

TEST_CASE("the stall board counts days at a step with the calendar an admin published, on the loader's connection "
          "and on the GUI's",
          "[sopui][board][calendar]")
{
    CalendarFixture f;
    // The board screen's loader opens its connection now, under the shipped calendar.
    StallBoardLoader loader(f.path, f.reference);
    QList<StallCell> shown;
    QObject context;
    QObject::connect(&loader, &StallBoardLoader::computed, &context,
                     [&shown](const StallBoardSnapshot &board) { shown = board.cells; });
    QObject::connect(&loader, &StallBoardLoader::failed, &context,
                     [](const QString &message) { FAIL(message.toStdString()); });
    loader.compute(f.hubTime);
    const WorkingCalendar shipped(f.reference.calendar);
    CHECK(shown == f.expectedCells(shipped));

    // Three working days of the fortnight before closed at short notice: a step's days over shrink.
    QList<CalendarDay> days = f.reference.calendar;
    for (const QDate date : {QDate(2026, 11, 20), QDate(2026, 11, 26), QDate(2026, 11, 27)})
        days.append({date, CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 12/2026"_s, {}, false});
    f.adoptByPage(days);
    const WorkingCalendar published(days);
    const QList<StallCell> expected = f.expectedCells(published);
    REQUIRE_FALSE(expected.isEmpty());
    // The test bites: the two calendars give different boards for these complaints.
    REQUIRE(expected != f.expectedCells(shipped));

    loader.compute(f.hubTime);
    CHECK(shown == expected);

    // The board view on the GUI's connection, as Workspace::cacheChanged leaves it after the sync.
    REQUIRE_FALSE(usePublishedPolicy(f.cache));
    StallBoardView view;
    view.setSource(f.cache, f.reference, [&f] { return f.hubTime; });
    view.refresh();
    CHECK(withoutIds(view.model()->snapshot().cells) == expected);
}
