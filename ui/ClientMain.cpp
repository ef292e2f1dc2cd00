#include "ClientMain.h"

#include "CachePreparation.h"
#include "ClientSettings.h"
#include "HeadlessSync.h"
#include "InboxView.h"
#include "Language.h"
#include "LogBook.h"
#include "LoginDialog.h"
#include "LoginFlow.h"
#include "MainWindow.h"
#include "SecretFile.h"
#include "SessionKeychain.h"
#include "StartupProbe.h"
#include "Workspace.h"
#include "cli/AuditExportCommand.h"
#include "cli/EscalationPacketCommand.h"
#include "cli/LaporExportCommand.h"
#include "cli/LaporImportCommand.h"
#include "cli/ReportCommand.h"
#include "cli/RoutingEvaluateCommand.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoSopTicks.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"
#include "wall/WallDisplay.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace rabeg {
namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "rabeg: %s\n", qPrintable(message));
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) && !qEnvironmentVariableIsSet("RABEG_NO_DIALOGS"))
        QMessageBox::critical(nullptr, QStringLiteral("Rabeg"), message);
}

// Saves a picture of `widget` after `delayMs` and quits (--screenshot: the README's and the guides' pictures).
void screenshotAndQuit(QWidget *widget, const QString &file, int delayMs, int row)
{
    QTimer::singleShot(delayMs, widget, [widget, row, file] {
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            if (auto *table = window->tabs()->currentWidget()->findChild<QTableView *>())
                table->selectRow(row);
        }
        QTimer::singleShot(600, widget, [widget, file] {
            if (!widget->grab().save(file))
                std::fprintf(stderr, "rabeg: cannot write %s\n", qPrintable(file));
            QApplication::quit();
        });
    });
}

// Offline, without a hub: a demo cache (or the one named), filled with demo complaints when asked and empty.
Result<std::unique_ptr<Workspace>> openOffline(QString cachePath, const QCommandLineParser &parser,
                                               const QCommandLineOption &demoOption, const ReferenceData &reference,
                                               Language &language)
{
    if (cachePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QDir().mkpath(dir);
        cachePath = dir + QStringLiteral("/demo-cache.sqlite");
    }
    // A cache of an older version is upgraded first, with a window saying so while it takes long.
    if (Status status = CachePreparation::prepare(cachePath))
        return *status;
    {
        LocalCache cache;
        if (Status status = cache.open(cachePath, QStringLiteral("rabeg-gui-start")))
            return *status;
        if (parser.isSet(demoOption) && ComplaintRepository(cache).count().value_or(0) == 0) {
            const auto corpus = DemoCorpus::loadBuiltin();
            if (!corpus.ok())
                return corpus.error();
            DemoOptions options;
            options.count = parser.value(demoOption).toLongLong();
            options.end = QDateTime::currentDateTimeUtc();
            DemoSopTicks ticks(reference, options); // the OPDs' SOP progress, as in a demo hub's store
            DemoFillHooks hooks;
            hooks.amend = [&ticks](DemoComplaint &demo) { return ticks.add(demo); };
            if (Status status = fillWithDemoData(cache, reference, corpus.value(), options, hooks))
                return *status;
        }
    } // closed: the workspace opens its own connection
    Workspace::Options options;
    options.cachePath = cachePath;
    options.cacheDescription = QDir::toNativeSeparators(cachePath);
    return Workspace::open(options, reference, language);
}

} // namespace

int clientMain(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc > 1 && qstrcmp(argv[1], "sync") == 0)
        return headlessSync(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "routing") == 0)
        return RoutingEvaluateCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return ReportCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "escalation-packet") == 0)
        return EscalationPacketCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "audit-export") == 0)
        return AuditExportCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "lapor-import") == 0)
        return LaporImportCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "lapor-export") == 0)
        return LaporExportCommand::main(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rabeg"));
    QApplication::setOrganizationName(QStringLiteral("Diskominfo Kota Serang"));
    QApplication::setApplicationVersion(QStringLiteral(RABEG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rabeg.svg")));
    LogBook::instance(); // from the start, so the in-app log holds what happened before the window opened

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rabeg, the complaint command center of Kota Serang"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("The local cache file."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Fill an empty cache with N demo complaints (default 2000)."),
                                        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("id or en (default: the last one chosen, else id)."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to FILE and quit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption hubOption(QStringLiteral("hub"), QStringLiteral("The hub to sync with."),
                                       QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Your user name on the hub."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"),
        QStringLiteral("A file holding your password (owner-readable only). Without it: the session kept in the "
                       "system keychain, else the login dialog."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenOption(QStringLiteral("screen"),
                                          QStringLiteral("The screen to open: inbox (default), routing, stalls "
                                                         "(the stall board), sop (the SOP templates), dashboard "
                                                         "or log."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          QStringLiteral("With --screenshot: the row to select first (default 0)."),
                                          QStringLiteral("ROW"), QStringLiteral("0"));
    const QCommandLineOption caOption(QStringLiteral("ca"),
                                      QStringLiteral("Trust only this certificate authority (PEM) for an https hub."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption wallOption(QStringLiteral("wall"),
                                        QStringLiteral("Open the wall display (full screen) beside the main window."));
    parser.addOptions({cacheOption, demoOption, languageOption, screenshotOption, hubOption, userOption, passwordOption,
                       screenOption, selectOption, caOption, wallOption});
    parser.process(app);

    QSettings settings;
    const ClientSettings remembered(settings);
    Language language;
    const QString languageCode = parser.isSet(languageOption) ? parser.value(languageOption) : remembered.language();
    if (!language.use(languageCode)) {
        fail(QStringLiteral("Unknown language \"%1\": use id or en.").arg(languageCode));
        return 2;
    }
    const QString screen = parser.value(screenOption);
    if (parser.isSet(screenOption)
        && !QStringList {QStringLiteral("inbox"), QStringLiteral("routing"), QStringLiteral("stalls"),
                         QStringLiteral("sop"), QStringLiteral("dashboard"), QStringLiteral("log")}
                .contains(screen)) {
        fail(QStringLiteral("Unknown screen \"%1\": use inbox, routing, stalls, sop, dashboard or log.").arg(screen));
        return 2;
    }

    const auto reference = loadBuiltinReferenceData();
    if (!reference.ok()) {
        fail(reference.error().message);
        return 1;
    }

    const QString screenshot = parser.value(screenshotOption);
    const int selectRow = parser.value(selectOption).toInt();
    const bool withHub = parser.isSet(hubOption);
    const auto showWindow = [&](Workspace &workspace) {
        MainWindow &window = workspace.window();
        if (!screen.isEmpty())
            window.showScreen(screen);
        // The screen's room (up to a large desktop), not a fixed size: the inbox has many columns.
        if (const QScreen *display = window.QWidget::screen())
            window.resize(display->availableGeometry().size().boundedTo(QSize(1680, 1050)));
        if (StartupProbe::wanted() && window.inbox())
            StartupProbe::watch(window.inbox()->table(), sinceMain);
        window.show();
        QApplication::setQuitOnLastWindowClosed(true);
        QWidget *shown = &window;
        if (parser.isSet(wallOption))
            shown = workspace.openWall();
        // With a hub, give the first sync a few seconds to land before taking the picture.
        if (!screenshot.isEmpty())
            screenshotAndQuit(shown, screenshot, withHub ? 8000 : shown == &window ? 600 : 3000, selectRow);
    };

    // Offline without a hub only when asked for a cache or demo data; otherwise the login.
    if (!withHub && (parser.isSet(cacheOption) || parser.isSet(demoOption))) {
        auto workspace = openOffline(parser.value(cacheOption), parser, demoOption, reference.value(), language);
        if (!workspace.ok()) {
            fail(workspace.error().message);
            return 1;
        }
        showWindow(*workspace.value());
        return app.exec();
    }

    LoginFlow::Start start;
    start.hub = withHub ? QUrl(parser.value(hubOption)) : remembered.hub();
    start.user = parser.isSet(userOption) ? parser.value(userOption) : remembered.user();
    start.caFile = parser.isSet(caOption) ? parser.value(caOption) : remembered.caFile();
    start.cachePath = parser.value(cacheOption);
    if (parser.isSet(passwordOption)) {
        if (!withHub || !parser.isSet(userOption)) {
            fail(QStringLiteral("--password-file needs --hub and --user."));
            return 2;
        }
        const auto password = readSecretFile(parser.value(passwordOption), QStringLiteral("--password-file"));
        if (!password.ok()) {
            fail(password.error().message);
            return 2;
        }
        start.password = QString::fromUtf8(password.value());
    }
    // Between the login dialog closing and the main window opening no window is visible: that is no reason to quit.
    QApplication::setQuitOnLastWindowClosed(false);
    SessionKeychain keychain;
    LoginFlow flow(start, reference.value(), language, settings, keychain);
    QObject::connect(&flow, &LoginFlow::opened, &flow, [&showWindow](Workspace *workspace) { showWindow(*workspace); });
    QObject::connect(&flow, &LoginFlow::loginShown, &flow, [&screenshot, &flow](LoginDialog *dialog) {
        if (!screenshot.isEmpty() && !flow.workspace())
            screenshotAndQuit(dialog, screenshot, 600, 0);
    });
    QObject::connect(&flow, &LoginFlow::failed, &flow, [](const QString &message) {
        fail(message);
        QApplication::exit(1);
    });
    QObject::connect(&flow, &LoginFlow::cancelled, &flow, [] { QApplication::exit(0); });
    QTimer::singleShot(0, &flow, &LoginFlow::begin); // once the event loop runs, so that an early exit() counts
    return app.exec();
}

} // namespace rabeg
