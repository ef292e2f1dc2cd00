#include <catch2/catch.hpp>

#include "InboxModel.h"
#include "InboxView.h"
#include "Labels.h"
#include "Language.h"
#include "MainWindow.h"
#include "SearchHighlightDelegate.h"
#include "UiFixture.h"
#include "deadline/Deadlines.h"
#include "store/ComplaintRepository.h"
#include "store/InboxQuery.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

using Fixture = rabeg::test::DemoCache;

QStringList columnValues(InboxModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("the inbox model passes QAbstractItemModelTester over every row and through a reload")
{
    Fixture f(650);
    InboxModel model(f.cache, f.reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.totalCount() == 650);
    CHECK(model.rowCount() == 650); // counted in SQL; pages of 200 are read as rows are asked for
    CHECK(model.index(649, InboxModel::Title).data().toString().size() > 0); // the fourth, short page
    model.reload();
    CHECK(model.rowCount() == 650);
}


TEST_CASE("the inbox filters by state, kecamatan and escalation in SQL, and each filtered model passes the tester")
{
    Fixture f(400);
    InboxModel model(f.cache, f.reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The state and kecamatan of a complaint that has both, so that the filter has something to find.
    ComplaintRepository repository(f.cache);
    const auto rows = repository.page(std::nullopt, 400);
    REQUIRE(rows.ok());
    const auto sample = std::find_if(rows->begin(), rows->end(), [](const InboxRow &row) {
        return !row.kecamatan.isEmpty() && row.state != ComplaintState::Received;
    });
    REQUIRE(sample != rows->end());
    InboxCriteria criteria;
    criteria.state = toCode(sample->state);
    criteria.kecamatan = sample->kecamatan;
    model.setCriteria(criteria);
    const QStringList states = columnValues(model, InboxModel::State);
    REQUIRE_FALSE(states.isEmpty());
    CHECK(states.count(Labels::state(sample->state)) == states.size());
    CHECK(columnValues(model, InboxModel::Kecamatan).count(f.reference.kecamatanByCode(sample->kecamatan)->name)
          == states.size());
    CHECK(states.size() < 400);
    CHECK(model.totalCount() == states.size());

    criteria = {};
    criteria.escalatedOnly = true;
    model.setCriteria(criteria);
    const QStringList flags = columnValues(model, InboxModel::Flags);
    CHECK(model.totalCount() == flags.size());
    CHECK(flags.filter(u"Ombudsman"_s).size() == flags.size());
    CHECK(model.totalCount() < 400);
}

TEST_CASE("a search finds complaints by a word of their title and marks the matched word")
{
    Fixture f(300);
    InboxModel model(f.cache, f.reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // A long word of some title: rarer than "jalan", so the search really narrows.
    QString word;
    for (const QString &title : columnValues(model, InboxModel::Title)) {
        for (const QString &w : title.split(u' ')) {
            if (w.size() >= 8 && w.front().isLetter() && w.back().isLetter())
                word = w;
        }
        if (!word.isEmpty())
            break;
    }
    REQUIRE_FALSE(word.isEmpty());
    InboxCriteria criteria;
    criteria.text = word.left(word.size() - 2); // a prefix finds the whole word
    model.setCriteria(criteria);
    REQUIRE(model.rowCount() > 0);
    CHECK(model.totalCount() < 300);
    bool someTitleMarked = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        QList<SearchHighlightDelegate::Span> spans;
        const QString marked = model.index(row, InboxModel::Title).data(InboxModel::MarkedTitleRole).toString();
        const QString plain = SearchHighlightDelegate::plainText(marked, &spans);
        CHECK(plain == model.index(row, InboxModel::Title).data().toString());
        for (const auto &span : spans) {
            CHECK(plain.mid(span.start, span.length).startsWith(criteria.text, Qt::CaseInsensitive));
            someTitleMarked = true;
        }
    }
    CHECK(someTitleMarked);
}

TEST_CASE("what a person types never reaches FTS5 as syntax")
{
    CHECK(ftsQueryFor(u"lampu jalan"_s) == u"\"lampu\"* \"jalan\"*"_s);
    CHECK(ftsQueryFor(u"\"jalan rusak\" Kasemen"_s) == u"\"jalan rusak\" \"Kasemen\"*"_s);
    CHECK(ftsQueryFor(u"NEAR(a b) OR title:x \""_s) == u"\"NEAR\"* \"a\"* \"b\"* \"OR\"* \"title\"* \"x\"*"_s);
    CHECK(ftsQueryFor(u" -- ** "_s).isEmpty());
    Fixture f(50);
    InboxQuery query(f.cache);
    InboxCriteria criteria;
    criteria.text = u"\"unclosed (phrase* OR"_s;
    CHECK(query.count(criteria).ok());
}

TEST_CASE("the countdown column names the nearest clock still running: a clock that stopped late is history")
{
    Fixture f(400, u"inbox-countdown"_s);
    InboxModel model(f.cache, f.reference);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setHubClock([now] { return now; });
    ComplaintRepository repository(f.cache);
    int running = 0;
    int stoppedLate = 0; // rows whose only late clocks have stopped: before the fix they showed "overdue"
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.complaintIdAt(row);
        const auto history = repository.history(QUuid::fromString(id));
        REQUIRE(history.ok());
        std::optional<QDateTime> nearest;
        bool lateAndStopped = false;
        for (const Deadline &d : computeDeadlines(history.value(), f.cache.deadlinePolicy().clocks(),
                                                  f.cache.deadlinePolicy().calendar(), now)) {
            const bool stillRunning = !d.stoppedAt.isValid()
                                      && (d.state == DeadlineState::Running || d.state == DeadlineState::Warning
                                          || d.state == DeadlineState::Breached);
            if (stillRunning && (!nearest || d.dueAt < *nearest))
                nearest = d.dueAt;
            lateAndStopped = lateAndStopped || (d.state == DeadlineState::Breached && d.stoppedAt.isValid());
        }
        const QString shown = model.index(row, InboxModel::NextDeadline).data().toString();
        CAPTURE(id, shown);
        CHECK(shown == (nearest ? Labels::timeLeft(now, *nearest) : QString()));
        running += nearest ? 1 : 0;
        stoppedLate += !nearest && lateAndStopped ? 1 : 0;
    }
    CHECK(running > 0);
    CHECK(stoppedLate > 0); // the demo has finished complaints that were answered late
}
