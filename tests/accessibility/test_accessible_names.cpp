// Every widget the keyboard can reach has a name a screen reader says: what Qt's accessibility layer reports as
// the widget's Name (its accessibleName, else its buddy label, else its own text). The walk goes through every
// screen of the main window and every dialog the client opens, in both languages' source (English).
#include "CommandPalette.h"
#include "ComplaintActions.h"
#include "KeymapDialog.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "UiFixture.h"
#include "Workspace.h"
#include "dialogs/DuplicateDialog.h"
#include "dialogs/ReasonDialog.h"
#include "dialogs/ResponseDialog.h"
#include "dialogs/RouteDialog.h"
#include "dialogs/VerifyDialog.h"
#include "routing/BulkDispatchDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QMap>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

// "QLineEdit#searchLineEdit in InboxFilterBar#inboxFilterBar": the widget, and its nearest named ancestor.
QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className()) + u'#' + widget->objectName();
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"_s))
            return text + u" in "_s + QString::fromLatin1(w->metaObject()->className()) + u'#' + w->objectName();
    }
    return text;
}

// The keyboard-reachable widgets under `root` (shown, focusable by Tab, not handing their focus to another) whose
// accessible name is empty.
QStringList unnamedFocusable(QWidget *root)
{
    QApplication::processEvents();
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root) || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const bool named = accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty();
        if (!named)
            unnamed.append(describe(widget));
    }
    return unnamed;
}

void requireNamed(QWidget *root)
{
    root->show();
    const QStringList unnamed = unnamedFocusable(root);
    INFO(describe(root).toStdString() << ": focusable without an accessible name:\n"
                                      << unnamed.join(u'\n').toStdString());
    CHECK(unnamed.isEmpty());
}

struct Offline
{
    DemoCache demo {60, u"a11y-fill"_s};
    QSettings settings {demo.dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    Language language;
    std::unique_ptr<Workspace> workspace;

    explicit Offline(const QString &startLanguage = u"en"_s)
    {
        REQUIRE(language.use(startLanguage));
        demo.cache.close();
        Workspace::Options options;
        options.cachePath = demo.path();
        options.settings = &settings;
        options.cacheDescription = u"a11y.sqlite"_s;
        auto opened = Workspace::open(options, demo.reference, language);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
    }
};

// "MainWindow#mainWindow/QTabWidget#tabs/.../QLineEdit#searchLineEdit[2]": a widget's place in its window, the same
// in two windows built alike.
QString pathOf(const QWidget *widget)
{
    QString path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        const qsizetype index = parent ? parent->children().indexOf(const_cast<QWidget *>(w)) : 0;
        path.prepend(u'/' + QString::fromLatin1(w->metaObject()->className()) + u'#' + w->objectName() + u'['
                     + QString::number(index) + u']');
    }
    return path;
}

// The accessible names the code set explicitly on the widgets of every screen of `window`, by place.
QMap<QString, QString> accessibleNamesOfScreens(MainWindow &window)
{
    QMap<QString, QString> names;
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
    }
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->accessibleName().isEmpty())
            names.insert(pathOf(widget), widget->accessibleName());
    }
    return names;
}

} // namespace

TEST_CASE("accessible names follow a switch of language at runtime, as if the window had been built in it")
{
    Offline switched(u"en"_s);
    switched.workspace->window().show();
    const QMap<QString, QString> english = accessibleNamesOfScreens(switched.workspace->window());
    REQUIRE(switched.language.use(u"id"_s));
    QApplication::processEvents();
    const QMap<QString, QString> afterSwitch = accessibleNamesOfScreens(switched.workspace->window());

    Offline built(u"id"_s);
    built.workspace->window().show();
    const QMap<QString, QString> indonesian = accessibleNamesOfScreens(built.workspace->window());

    REQUIRE_FALSE(indonesian.isEmpty());
    REQUIRE(english.keys() == indonesian.keys());
    // The languages really differ for these names, so an untranslated name cannot pass.
    CHECK(english != indonesian);
    for (auto it = indonesian.cbegin(); it != indonesian.cend(); ++it) {
        INFO(it.key().toStdString() << ": English \"" << english.value(it.key()).toStdString() << "\"");
        CHECK(afterSwitch.value(it.key()).toStdString() == it.value().toStdString());
    }
}

TEST_CASE("every focusable widget of every screen of the main window has an accessible name")
{
    Offline offline;
    MainWindow &window = offline.workspace->window();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        tabs->setCurrentIndex(i);
        // A complaint selected, so that the detail beside the list shows its controls too.
        if (auto *table = tabs->currentWidget()->findChild<QTableView *>();
            table && table->model() && table->model()->rowCount() > 0)
            table->selectRow(0);
        INFO("screen " << tabs->tabText(i).toStdString());
        requireNamed(&window);
    }
}

TEST_CASE("every focusable widget of the login, settings, keymap and palette dialogs has an accessible name")
{
    Offline offline;
    MainWindow &window = offline.workspace->window();
    LoginDialog login(offline.settings, offline.language);
    requireNamed(&login);
    login.setRenewal(true);
    requireNamed(&login);
    SettingsDialog settings(offline.settings, offline.language);
    requireNamed(&settings);
    KeymapDialog keymap(window.allActions());
    requireNamed(&keymap);
    CommandPalette palette(window.allActions());
    requireNamed(&palette);
}

TEST_CASE("every focusable widget of the triage and liaison dialogs has an accessible name")
{
    Offline offline;
    const ReferenceData &reference = offline.demo.reference;
    const auto page = ComplaintRepository(offline.workspace->cache()).page(std::nullopt, 5);
    REQUIRE(page.ok());
    REQUIRE_FALSE(page->isEmpty());
    const auto complaint = ComplaintRepository(offline.workspace->cache()).find(QUuid::fromString(page->first().id));
    REQUIRE(complaint.ok());
    REQUIRE(complaint.value());
    const Complaint &c = *complaint.value();

    VerifyDialog verify(reference, c);
    requireNamed(&verify);
    ReasonDialog reason(ReasonList::Reject, u"Reject"_s, u"Reject"_s);
    requireNamed(&reason);
    DuplicateCandidate candidate {
        c.id.toString(QUuid::WithoutBraces), c.trackingId, c.title, c.receivedAt, ComplaintState::Received, -3.0};
    DuplicateDialog duplicate(c.trackingId, {candidate});
    requireNamed(&duplicate);
    RouteDialog route(u"Dispatch"_s, u"Dispatch"_s, {{u"DISHUB"_s, u"Dinas Perhubungan"_s}});
    requireNamed(&route);
    ResponseDialog response(c.trackingId);
    requireNamed(&response);
    BulkDispatchDialog bulk(offline.workspace->session(), {{c.id, c.trackingId, c.title, u"DISHUB"_s}});
    requireNamed(&bulk);
}

} // namespace rabeg::test
