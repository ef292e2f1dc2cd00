// The routing queue over a local cache: verified complaints with a suggestion, the model checked by the tester,
// and a bulk dispatch with its preview and a result per complaint.
#include "Language.h"
#include "OperatorSession.h"
#include "RoutingAdvice.h"
#include "UiFixture.h"
#include "Workspace.h"
#include "WorkspaceDriver.h"
#include "routing/BulkDispatchDialog.h"
#include "routing/RoutingQueueModel.h"
#include "routing/RoutingQueueView.h"
#include "store/OutboxView.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("the routing queue lists verified complaints with a suggested route, confidence and reason")
{
    DemoCache demo(800);
    RoutingAdvice advice(demo.reference);
    RoutingQueueModel model(demo.cache, demo.reference, advice);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() > 0);
    CHECK(model.totalCount() == model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const RoutingQueueModel::Row &r = model.at(row);
        CHECK(r.item.complaint.state == ComplaintState::Verified);
        if (r.item.complaint.service.isEmpty())
            continue;
        REQUIRE(r.suggestion);
        CHECK(r.suggestion->confidence > 0);
        // A percentage only for what the history suggests; the table's rule says so instead.
        const QString confidence = model.index(row, RoutingQueueModel::Confidence).data().toString();
        if (r.suggestion->tableRule)
            CHECK(confidence == u"table rule"_s);
        else
            CHECK(confidence == QString::number(qRound(r.suggestion->confidence * 100)) + u'%');
        CHECK_FALSE(model.index(row, RoutingQueueModel::Why).data().toString().isEmpty());
        if (!r.item.returnedBy.isEmpty()) {
            CHECK(r.suggestion->route != r.item.returnedBy); // an OPD that returned it is never suggested first
            CHECK(model.index(row, RoutingQueueModel::Why).data().toString().startsWith(u"Returned by "_s));
        }
    }
    bool anyRule = false;
    for (int row = 0; row < model.rowCount(); ++row)
        anyRule = anyRule || (model.at(row).suggestion && model.at(row).suggestion->tableRule);
    CHECK(anyRule); // demo complaints with a known service follow the table
    model.reload();
    CHECK(model.rowCount() > 0);
}

TEST_CASE("a bulk dispatch shows a preview, then queues each complaint and says each one's result")
{
    DemoCache demo(800, u"routing-fill"_s);
    demo.cache.close();
    QSettings settings(demo.dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Language language;
    REQUIRE(language.use(u"en"_s));
    Workspace::Options options;
    options.cachePath = demo.path();
    options.settings = &settings;
    auto opened = Workspace::open(options, demo.reference, language);
    REQUIRE(opened.ok());
    MainWindow &window = opened.value()->window();
    WorkspaceDriver driver(window);
    driver.key(Qt::Key_2, Qt::ControlModifier);
    RoutingQueueView *queue = window.routing();
    REQUIRE(window.tabs()->currentWidget() == queue);
    // Three rows with an OPD suggested, selected together.
    QList<int> rows;
    for (int row = 0; row < queue->model()->rowCount() && rows.size() < 3; ++row) {
        const auto &s = queue->model()->at(row).suggestion;
        if (s && !s->external)
            rows.append(row);
    }
    REQUIRE(rows.size() == 3);
    for (int row : std::as_const(rows))
        queue->table()->selectionModel()->select(queue->model()->index(row, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    queue->table()->setFocus();
    driver.key(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget *dialog = driver.dialog("bulkDispatchDialog");
    auto *table = dialog->findChild<QTableWidget *>(u"bulkDispatchTableWidget"_s);
    REQUIRE(table);
    REQUIRE(table->rowCount() == 3);
    auto *bulk = static_cast<BulkDispatchDialog *>(dialog);
    bulk->findChild<QPushButton *>(u"bulkDispatchPushButton"_s)->click();
    const QStringList results = bulk->results();
    REQUIRE(results.size() == 3);
    for (const QString &result : results)
        CHECK(result == u"queued: pending until the hub confirms"_s);
    CHECK(OutboxView(opened.value()->cache()).counts().value().pending == 3);
    for (int row : std::as_const(rows)) {
        const QUuid id = queue->model()->at(row).item.complaint.id;
        CHECK(opened.value()->session().complaint(id).value()->shown.state == ComplaintState::Dispatched);
    }
    SECTION("a second bulk dispatch of the same complaints is refused one by one, with the reason")
    {
        BulkDispatchDialog again(opened.value()->session(),
                                 {{queue->model()->at(rows.first()).item.complaint.id, u"x"_s, u"x"_s, u"DISHUB"_s}});
        again.dispatchAll();
        CHECK(again.results().first().startsWith(u"You cannot dispatch to an OPD while the complaint is"_s));
    }
}
