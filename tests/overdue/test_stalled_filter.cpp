// The inbox's "stalled" quick filter and column agree with the shared core: the complaints it lists at hub time T
// are exactly those whose SOP checklist, derived by checklistOf from their whole cached history at T, is stalled
// (the stall board's computation), and the column names the step the core names.
#include <catch2/catch.hpp>

#include "../sopui/SopDemoCache.h"
#include "InboxFilterBar.h"
#include "InboxModel.h"
#include "SavedFilters.h"
#include "codec/WireTime.h"
#include "refdata/ReferenceLoader.h"
#include "sop/Checklists.h"
#include "store/ComplaintRepository.h"
#include "store/InboxQuery.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

struct StallCache
{
    QTemporaryDir dir;
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();
    WorkingCalendar calendar{reference.calendar};
    QDateTime hubTime = parseWireTime(u"2026-11-30T03:00:00Z"_s);

    StallCache()
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(dir.filePath(u"stalled.sqlite"_s), u"inbox-stalled"_s));
        DemoOptions options;
        options.count = 1200;
        options.end = hubTime;
        REQUIRE_FALSE(sopdemo::fillCache(cache, reference, options));
    }

    // Every cached complaint's checklist from its whole history, by the core alone.
    QHash<QString, Checklist> coreChecklists(const QDateTime &t)
    {
        QHash<QString, Checklist> out;
        QSqlQuery q(cache.database());
        REQUIRE(q.exec(u"SELECT id FROM complaints"_s));
        ComplaintRepository repository(cache);
        while (q.next()) {
            const QString id = q.value(0).toString();
            const auto history = repository.history(QUuid::fromString(id));
            REQUIRE(history.ok());
            out.insert(id, checklistOf(history.value(), *reference.sopCatalog(), calendar, t));
        }
        return out;
    }
};

QSet<QString> stalledOf(const QHash<QString, Checklist> &checklists)
{
    QSet<QString> out;
    for (auto it = checklists.cbegin(); it != checklists.cend(); ++it) {
        if (it->stalled())
            out.insert(it.key());
    }
    return out;
}

QSet<QString> listed(const InboxModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.complaintIdAt(row));
    return ids;
}

} // namespace

TEST_CASE("the stalled filter lists exactly the complaints the core finds stalled at hub time, at the step it names")
{
    StallCache f;
    for (const QDateTime &t : {f.hubTime, f.hubTime.addDays(9)}) {
        CAPTURE(t.toString(Qt::ISODate).toStdString());
        const QHash<QString, Checklist> core = f.coreChecklists(t);
        const QSet<QString> expected = stalledOf(core);
        CHECK(expected.size() >= 30); // worth something only if many stall
        CHECK(expected.size() < core.size());

        InboxModel model(f.cache, f.reference);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setHubClock([t] { return t; });
        InboxCriteria criteria;
        criteria.stalledOnly = true;
        model.setCriteria(criteria);
        CHECK(model.totalCount() == expected.size());
        CHECK(listed(model) == expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Checklist &checklist = core.value(model.complaintIdAt(row));
            const int step = checklist.steps.at(checklist.stalledStep - 1).number;
            const QString text = model.index(row, InboxModel::Stalled).data().toString();
            CAPTURE(text.toStdString(), describeStall(checklist).toStdString());
            CHECK(text.startsWith(u"stalled: step %1 for "_s.arg(step)));
            CHECK(text.contains(u"%1 working day"_s.arg(checklist.daysAtStep)));
            CHECK(model.index(row, InboxModel::Stalled).data(Qt::ToolTipRole).toString() == describeStall(checklist));
        }

        // Without the filter the column is empty exactly for the complaints that are not stalled.
        model.setCriteria({});
        int stalledRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool shown = !model.index(row, InboxModel::Stalled).data().toString().isEmpty();
            CHECK(shown == expected.contains(model.complaintIdAt(row)));
            stalledRows += shown;
        }
        CHECK(stalledRows == expected.size());
    }
}

TEST_CASE("the stalled filter narrows other filters and a drill-down, and the filter bar's box sets it")
{
    StallCache f;
    const QHash<QString, Checklist> core = f.coreChecklists(f.hubTime);
    const QSet<QString> stalled = stalledOf(core);
    REQUIRE_FALSE(stalled.isEmpty());
    const QString opd = core.value(*stalled.cbegin()).opd;
    QSet<QString> ofOpd;
    for (const QString &id : stalled) {
        if (core.value(id).opd == opd)
            ofOpd.insert(id);
    }

    InboxModel model(f.cache, f.reference);
    model.setHubClock([&f] { return f.hubTime; });
    QSettings settings(f.dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    InboxFilterBar bar(f.reference, std::make_unique<SavedFilters>(settings, u"op"_s));
    QObject::connect(&bar, &InboxFilterBar::criteriaChanged, &model, &InboxModel::setCriteria);
    bar.findChild<QCheckBox *>(u"stalledOnlyCheckBox"_s)->setChecked(true);
    CHECK(model.criteria().stalledOnly);
    CHECK(listed(model) == stalled);

    InboxCriteria criteria = model.criteria();
    criteria.opd = opd;
    model.setCriteria(criteria);
    CHECK(listed(model) == ofOpd);

    // A drill-down of one stalled and one other complaint: only the stalled one stays.
    QString notStalled;
    for (auto it = core.cbegin(); it != core.cend() && notStalled.isEmpty(); ++it) {
        if (!it->stalled())
            notStalled = it.key();
    }
    criteria = {};
    criteria.stalledOnly = true;
    criteria.onlyIds = {QUuid::fromString(*stalled.cbegin()), QUuid::fromString(notStalled)};
    criteria.onlyLabel = u"two"_s;
    model.setCriteria(criteria);
    CHECK(listed(model) == QSet<QString>{*stalled.cbegin()});
}

TEST_CASE("the stalled filter alone pages, jumps and places a row in the list's order, newest or oldest first")
{
    StallCache f;
    const QSet<QString> stalled = stalledOf(f.coreChecklists(f.hubTime));
    REQUIRE(stalled.size() >= 30);
    // The core's stalled complaints in the list's order: received_at, then id (the complaints' own columns).
    QList<std::pair<QString, QString>> order;
    QSqlQuery q(f.cache.database());
    REQUIRE(q.exec(u"SELECT received_at, id FROM complaints ORDER BY received_at, id"_s));
    while (q.next()) {
        if (stalled.contains(q.value(1).toString()))
            order.append({q.value(0).toString(), q.value(1).toString()});
    }
    REQUIRE(order.size() == stalled.size());

    const InboxQuery query(f.cache);
    for (const bool oldestFirst : {false, true}) {
        CAPTURE(oldestFirst);
        InboxCriteria criteria;
        criteria.stalledOnly = true;
        criteria.hubNow = f.hubTime;
        criteria.oldestFirst = oldestFirst;
        QList<std::pair<QString, QString>> expected = order;
        if (!oldestFirst)
            std::reverse(expected.begin(), expected.end());
        CHECK(query.count(criteria).value() == expected.size());

        // Pages of 7 after each page's last row: every stalled complaint once, in order.
        QList<std::pair<QString, QString>> paged;
        std::optional<InboxCursor> after;
        for (;;) {
            const auto page = query.page(after, 7, criteria, expected.size());
            REQUIRE(page.ok());
            if (page->isEmpty())
                break;
            for (const InboxListRow &line : page.value())
                paged.append({toWireTime(line.row.receivedAt), line.row.id});
            after = InboxCursor {paged.last().first, paged.last().second};
        }
        CHECK(paged == expected);

        // A jump to row k starts after row k - 1; each complaint's place is its index.
        for (const qsizetype k : {qsizetype(0), qsizetype(1), qsizetype(13), expected.size() - 1}) {
            CAPTURE(k);
            const auto cursor = query.cursorBefore(k, criteria);
            REQUIRE(cursor.ok());
            if (k == 0)
                CHECK_FALSE(cursor->has_value());
            else
                CHECK((cursor->value().receivedAt == expected.at(k - 1).first
                       && cursor->value().id == expected.at(k - 1).second));
            CHECK(query.rowOf(expected.at(k).second, criteria).value() == std::optional<qint64>(k));
        }
    }
}
