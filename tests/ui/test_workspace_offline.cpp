// The operator workspace over a local cache without a hub: the window, the detail, keys, the palette, the local
// refusals, saved filters. Commands stay in the outbox (pending) because nothing sends them.
#include "ComplaintActions.h"
#include "DeadlineBars.h"
#include "HistoryTimeline.h"
#include "Language.h"
#include "LogView.h"
#include "OperatorSession.h"
#include "UiFixture.h"
#include "WorkspaceDriver.h"
#include "Workspace.h"
#include "deadline/EscalationPacket.h"
#include "store/ComplaintRepository.h"
#include "store/DuplicateFinder.h"
#include "store/OutboxView.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

struct OfflineWorkspace
{
    DemoCache demo{300, u"ui-offline-fill"_s};
    QSettings settings{demo.dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    Language language;
    std::unique_ptr<Workspace> workspace;

    OfflineWorkspace()
    {
        REQUIRE(language.use(u"en"_s));
        demo.cache.close();
        Workspace::Options options;
        options.cachePath = demo.path();
        options.settings = &settings;
        options.cacheDescription = u"ui.sqlite"_s;
        auto opened = Workspace::open(options, demo.reference, language);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
    }
    MainWindow &window() { return workspace->window(); }

    // A complaint in `state` that a search for its title (newest first) lists first, so that the search selects
    // it. Titles repeat in demo data, and which complaints are in which state shifts whenever the demo data does:
    // any complaint the search finds first will do, not only one whose title is unique.
    Complaint complaintIn(ComplaintState state)
    {
        const auto found = findIn(state);
        if (!found)
            FAIL("no complaint in this state that a search for its title lists first");
        return found.value_or(Complaint());
    }

    // The same, for a complaint whose history fits; none when there is no such complaint in that state.
    std::optional<Complaint> findIn(ComplaintState state,
                                    const std::function<bool(const QList<Event> &)> &historyFits = {})
    {
        InboxModel model(workspace->cache(), demo.reference);
        InboxCriteria criteria;
        criteria.state = toCode(state);
        model.setCriteria(criteria);
        while (model.canFetchMore({}))
            model.fetchMore({});
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, 0).data(InboxModel::ComplaintIdRole).toString();
            if (historyFits && !historyFits(ComplaintRepository(workspace->cache()).history(QUuid::fromString(id)).value()))
                continue;
            InboxModel same(workspace->cache(), demo.reference);
            InboxCriteria byTitle;
            byTitle.text = u'"' + model.index(row, InboxModel::Title).data().toString() + u'"';
            same.setCriteria(byTitle);
            if (same.rowCount() > 0 && same.index(0, 0).data(InboxModel::ComplaintIdRole).toString() == id)
                return workspace->session().complaint(QUuid::fromString(id)).value()->cached;
        }
        return std::nullopt;
    }
};

} // namespace

TEST_CASE("the detail shows text, classification, deadline bars, history in words and the reporter withheld")
{
    OfflineWorkspace w;
    WorkspaceDriver driver(w.window());
    const Complaint c = w.complaintIn(ComplaintState::Dispatched);
    driver.search(u'"' + c.title + u'"');
    REQUIRE(driver.selected() == c.id);
    const QString text = driver.detailText();
    CHECK(text.contains(c.trackingId));
    CHECK(text.contains(u"Classification"_s));
    CHECK(text.contains(u"Reporter identity: withheld"_s));
    auto *bars = w.window().inbox()->detail()->findChild<DeadlineBars *>(u"deadlineBars"_s);
    REQUIRE(bars);
    REQUIRE_FALSE(bars->bars().isEmpty());
    CHECK(bars->describe(0).contains(u':'));
    auto *timeline = w.window().inbox()->detail()->findChild<HistoryTimeline *>(u"historyTimeline"_s);
    REQUIRE(timeline);
    REQUIRE(timeline->topLevelItemCount() >= 3);
    CHECK(timeline->topLevelItem(0)->text(2) == u"Complaint received"_s);
    bool dispatched = false;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        dispatched = dispatched || timeline->topLevelItem(i)->text(2).startsWith(u"Dispatched to "_s);
    CHECK(dispatched);
}

TEST_CASE("an OPD's follow-up that ended with a return in time says returned, not met")
{
    OfflineWorkspace w;
    WorkspaceDriver driver(w.window());
    const auto returned = [](const QList<Event> &history) {
        return std::any_of(history.cbegin(), history.cend(), [](const Event &e) { return e.type == EventType::Returned; });
    };
    // Back in the dispatch queue after the return: each clock shows its latest cycle, the returned one until the
    // complaint goes out again.
    const std::optional<Complaint> found = w.findIn(ComplaintState::Verified, returned);
    REQUIRE(found); // the demo's lifecycle returns some complaints to the command center
    const Complaint c = *found;
    driver.search(u'"' + c.title + u'"');
    REQUIRE(driver.selected() == c.id);
    auto *bars = w.window().inbox()->detail()->findChild<DeadlineBars *>(u"deadlineBars"_s);
    REQUIRE(bars);
    const QList<Event> history = ComplaintRepository(w.workspace->cache()).history(c.id).value();
    QDateTime returnedAt;
    for (const Event &e : history) {
        if (e.type == EventType::Returned)
            returnedAt = e.at;
    }
    int said = 0;
    for (qsizetype i = 0; i < bars->bars().size(); ++i) {
        const DeadlineBars::Bar &bar = bars->bars().at(i);
        CAPTURE(bars->describe(int(i)));
        const bool endedByReturn = bar.deadline.stoppedAt == returnedAt;
        CHECK(bar.returned == endedByReturn);
        if (endedByReturn && bar.deadline.state == DeadlineState::Met) {
            CHECK(bars->describe(int(i)).startsWith(bar.name + u": returned · due "_s));
            ++said;
        } else {
            CHECK_FALSE(bars->describe(int(i)).contains(u"returned"_s));
        }
    }
    CHECK(said >= 1); // the returned cycle's follow-up, at least
}

TEST_CASE("verify then dispatch by keys alone show at once as pending, without a hub")
{
    OfflineWorkspace w;
    WorkspaceDriver driver(w.window());
    const Complaint c = w.complaintIn(ComplaintState::Received);
    driver.search(u'"' + c.title + u'"');
    REQUIRE(driver.selected() == c.id);

    driver.key(Qt::Key_V);
    driver.dialog("verifyDialog");
    if (c.service.isEmpty()) {
        // Enter alone does not verify an unknown service: the dialog asks for one.
        driver.key(Qt::Key_Return);
        REQUIRE(QApplication::activeModalWidget());
        REQUIRE(QApplication::focusWidget()->objectName() == u"serviceComboBox"_s);
        driver.key(Qt::Key_Down);
    }
    driver.key(Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(driver.detailText().contains(u"Verified (pending: not yet confirmed by the hub)"_s));

    driver.key(Qt::Key_D);
    driver.dialog("routeDialog");
    driver.key(Qt::Key_Return);
    const auto shown = w.workspace->session().complaint(c.id).value();
    REQUIRE(shown);
    CHECK(shown->shown.state == ComplaintState::Dispatched);
    CHECK(shown->cached.state == ComplaintState::Received);
    CHECK_FALSE(shown->shown.opd.isEmpty());
    CHECK(driver.detailText().contains(u"Dispatched · "_s));
    CHECK(driver.detailText().contains(u"pending"_s));
    CHECK(OutboxView(w.workspace->cache()).counts().value().pending == 2);
    auto *timeline = w.window().inbox()->detail()->findChild<HistoryTimeline *>(u"historyTimeline"_s);
    const int last = timeline->topLevelItemCount() - 1;
    CHECK(timeline->topLevelItem(last)->text(2).startsWith(u"Dispatched to "_s));
    CHECK(timeline->topLevelItem(last)->text(2).endsWith(u"pending"_s));
    const QString log = w.window().findChild<LogView *>(u"logView"_s)->text();
    CHECK(log.contains(u"Queued: dispatch to an OPD"_s));
    // Each line at its WIB time, as the rest of the screen; an information line without the logging category.
    const QRegularExpression queued(u"^(\\d\\d)\\.(\\d\\d)\\.\\d\\d WIB info: Queued: dispatch to an OPD"_s,
                                    QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = queued.match(log);
    REQUIRE(match.hasMatch());
    const QTime wibNow = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).time();
    const int minutes = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    const int nowMinutes = wibNow.hour() * 60 + wibNow.minute();
    CHECK((nowMinutes - minutes + 1440) % 1440 <= 5); // written during this test, on the WIB clock
}

TEST_CASE("an action the state machine refuses here says why and queues nothing")
{
    OfflineWorkspace w;
    WorkspaceDriver driver(w.window());
    const Complaint c = w.complaintIn(ComplaintState::Received);
    driver.search(u'"' + c.title + u'"');
    driver.key(Qt::Key_D); // dispatch needs a verified complaint
    CHECK(QApplication::activeModalWidget() == nullptr);
    auto *message = w.window().inbox()->detail()->findChild<QLabel *>(u"detailMessageLabel"_s);
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->text() == u"You cannot dispatch to an OPD while the complaint is \"Received\"."_s);
    CHECK(OutboxView(w.workspace->cache()).counts().value().pending == 0);
}

// Without a hub there is no user to own a complaint: the claim (M) of an unowned one was refused as "You already own
// this complaint" (its empty assignee matched the empty user name). It says why it cannot be done, and queues nothing.
TEST_CASE("a claim without a signed-in user says it needs one, not that you own the complaint")
{
    OfflineWorkspace w;
    WorkspaceDriver driver(w.window());
    const Complaint c = w.complaintIn(ComplaintState::Received);
    REQUIRE(c.assignee.isEmpty());
    driver.search(u'"' + c.title + u'"');
    driver.key(Qt::Key_M);
    auto *message = w.window().inbox()->detail()->findChild<QLabel *>(u"detailMessageLabel"_s);
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->text() == u"Claiming needs a user signed in to a hub: this cache was opened without one."_s);
    CHECK(OutboxView(w.workspace->cache()).counts().value().pending == 0);
}

TEST_CASE("the command palette reaches every action, and F1 lists the keys")
{
    OfflineWorkspace w;
    WorkspaceDriver driver(w.window());
    const Complaint c = w.complaintIn(ComplaintState::Received);
    driver.search(u'"' + c.title + u'"');
    driver.key(Qt::Key_K, Qt::ControlModifier);
    QWidget *palette = driver.dialog("commandPalette");
    auto *list = palette->findChild<QListWidget *>(u"commandPaletteListWidget"_s);
    REQUIRE(list);
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    for (QAction *action : w.window().allActions()) {
        if (!action->text().isEmpty())
            CHECK(texts.filter(action->text().remove(u'&')).size() >= 1);
    }
    driver.type(u"reject"_s);
    driver.key(Qt::Key_Return);
    QWidget *reason = driver.dialog("reasonDialog");
    CHECK(reason->windowTitle().contains(c.trackingId));
    driver.key(Qt::Key_Escape);

    driver.key(Qt::Key_F1);
    QWidget *keymap = driver.dialog("keymapDialog");
    auto *table = keymap->findChild<QTableWidget *>(u"keymapTableWidget"_s);
    REQUIRE(table);
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.append(table->item(row, 0)->text() + u' ' + table->item(row, 1)->text());
    CHECK(keys.contains(u"V Verify…"_s));
    CHECK(keys.contains(u"D Dispatch to an OPD…"_s));
    CHECK(keys.contains(u"Ctrl+K Command palette…"_s));
}

TEST_CASE("saved filters come back when the window opens again")
{
    OfflineWorkspace w;
    InboxFilterBar *bar = w.window().inbox()->filterBar();
    InboxCriteria criteria;
    criteria.state = u"verified"_s;
    criteria.kecamatan = w.demo.reference.kecamatan.at(1).code;
    bar->setCriteria(criteria);
    bar->saveAs(u"Verified in one kecamatan"_s);
    bar->setCriteria({});
    CHECK(w.window().inbox()->model()->criteria().isEmpty());

    SavedFilters again(w.settings, QString());
    REQUIRE(again.entries().size() == 1);
    CHECK(again.entries().first().name == u"Verified in one kecamatan"_s);
    CHECK(again.entries().first().criteria == criteria);
    auto *saved = bar->findChild<QComboBox *>(u"savedFiltersComboBox"_s);
    REQUIRE(saved);
    const int index = saved->findText(u"Verified in one kecamatan"_s);
    REQUIRE(index > 0);
    saved->setCurrentIndex(index);
    emit saved->activated(index);
    CHECK(w.window().inbox()->model()->criteria() == criteria);
}

TEST_CASE("duplicate candidates share the service and kecamatan and are ranked by likeness")
{
    DemoCache demo(600);
    ComplaintRepository repository(demo.cache);
    const auto rows = repository.page(std::nullopt, 50);
    REQUIRE(rows.ok());
    int checked = 0;
    for (const InboxRow &row : rows.value()) {
        const Complaint c = *repository.find(QUuid::fromString(row.id)).value();
        if (c.service.isEmpty() || c.kecamatan.isEmpty())
            continue; // nothing to narrow by: candidates come from the whole cache
        const auto candidates = DuplicateFinder(demo.cache).candidates(c, 5);
        REQUIRE(candidates.ok());
        for (const DuplicateCandidate &candidate : candidates.value()) {
            const Complaint other = *repository.find(QUuid::fromString(candidate.id)).value();
            CHECK(other.service == c.service);
            CHECK(other.kecamatan == c.kecamatan);
            CHECK(other.id != c.id);
        }
        for (qsizetype i = 1; i < candidates->size(); ++i)
            CHECK(candidates->at(i - 1).score <= candidates->at(i).score);
        checked += candidates->isEmpty() ? 0 : 1;
    }
    CHECK(checked > 0);
}

TEST_CASE("a deadline bar says how late a clock stopped, fixed from then on; a running one counts to now")
{
    DeadlineBars bars;
    // Due Mon 2 Nov 2026 24:00 WIB.
    const QDateTime due(QDate(2026, 11, 2), QTime(17, 0), Qt::UTC);
    // Answered Sat 7 Nov 10:00 WIB: late on 3 to 7 Nov, 5 days as the escalation packet counts them (4 days and
    // 10 hours of elapsed time, which the bar said until the bar and the packet were made to agree).
    const QDateTime answered(QDate(2026, 11, 7), QTime(3, 0), Qt::UTC);
    Deadline stopped{u"followup"_s, 1, due.addDays(-14), due, answered, DeadlineState::Breached};
    Deadline running{u"completion"_s, 1, due.addDays(-30), due, {}, DeadlineState::Breached};
    Deadline met{u"triage"_s, 1, due.addDays(-3), due, due.addDays(-1), DeadlineState::Met};
    // Thu 12 Nov 15:00 WIB: late on 3 to 12 Nov, 10 days; Sat 12 Dec 15:00 WIB: 40 days.
    for (const auto &[now, late] : {std::pair{QDateTime(QDate(2026, 11, 12), QTime(8, 0), Qt::UTC), 10},
                                    std::pair{QDateTime(QDate(2026, 12, 12), QTime(8, 0), Qt::UTC), 40}}) {
        bars.setBars({{stopped, u"Follow-up"_s, {}}, {running, u"Completion"_s, {}}, {met, u"Triage"_s, {}}}, now);
        CAPTURE(now);
        CHECK(bars.describe(0).startsWith(u"Follow-up: overdue, stopped 5 days late · due "_s));
        CHECK(bars.describe(1).startsWith(u"Completion: overdue, %1 days late · due "_s.arg(late)));
        CHECK(daysOverdue(due, now) == late); // what the packet says beside it
        CHECK(bars.describe(2).startsWith(u"Triage: met · due "_s));
    }
    // On the first late day, hours: Tue 3 Nov 10:00 WIB, 10 hours late (the packet: 1 day).
    const QDateTime morning(QDate(2026, 11, 3), QTime(3, 0), Qt::UTC);
    bars.setBars({{running, u"Completion"_s, {}}}, morning);
    CHECK(bars.describe(0).startsWith(u"Completion: overdue, 10 hours late · due "_s));
}
