#include "ClientMain.h"

#include "HeadlessSync.h"
#include "cli/ReportCommand.h"
#include "cli/RoutingEvaluateCommand.h"
#include "Language.h"
#include "MainWindow.h"
#include "LogBook.h"
#include "Workspace.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QScreen>
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

} // namespace

int clientMain(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "sync") == 0)
        return headlessSync(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "routing") == 0)
        return RoutingEvaluateCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return ReportCommand::main(argc, argv);
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
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("id (default) or en."),
                                            QStringLiteral("CODE"), QStringLiteral("id"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to FILE and quit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption hubOption(QStringLiteral("hub"), QStringLiteral("The hub to sync with."),
                                       QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Your user name on the hub."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption passwordOption(QStringLiteral("password-file"),
                                            QStringLiteral("A file holding your password (owner-readable only)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption screenOption(QStringLiteral("screen"),
                                          QStringLiteral("The screen to open: inbox (default), routing or log."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          QStringLiteral("With --screenshot: the row to select first (default 0)."),
                                          QStringLiteral("ROW"), QStringLiteral("0"));
    const QCommandLineOption caOption(QStringLiteral("ca"),
                                      QStringLiteral("Trust only this certificate authority (PEM) for an https hub."),
                                      QStringLiteral("FILE"));
    parser.addOptions({cacheOption, demoOption, languageOption, screenshotOption, hubOption, userOption,
                       passwordOption, screenOption, selectOption, caOption});
    parser.process(app);

    Language language;
    if (!language.use(parser.value(languageOption))) {
        fail(QStringLiteral("Unknown language \"%1\": use id or en.").arg(parser.value(languageOption)));
        return 2;
    }

    const auto reference = loadBuiltinReferenceData();
    if (!reference.ok()) {
        fail(reference.error().message);
        return 1;
    }

    const bool withHub = parser.isSet(hubOption);
    QString password;
    if (withHub) {
        if (!parser.isSet(userOption) || !parser.isSet(passwordOption)) {
            fail(QStringLiteral("--hub needs --user and --password-file."));
            return 2;
        }
        QFile file(parser.value(passwordOption));
        if (!file.open(QIODevice::ReadOnly)
            || (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))) {
            fail(QStringLiteral("The password file %1 cannot be read, or other users can read it (chmod 600).")
                     .arg(file.fileName()));
            return 2;
        }
        password = QString::fromUtf8(file.readAll()).trimmed();
    }
    QString cachePath = parser.value(cacheOption);
    if (cachePath.isEmpty()) {
        // One cache per hub and user: a shared workstation never mixes two people's outboxes.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        const QString name = withHub ? QUrl(parser.value(hubOption)).authority().replace(QLatin1Char(':'), QLatin1Char('_'))
                                           + QLatin1Char('-') + parser.value(userOption)
                                     : QStringLiteral("demo-cache");
        QDir().mkpath(dir);
        cachePath = dir + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    }
    LocalCache cache;
    if (Status status = cache.open(cachePath, QStringLiteral("rabeg-gui-start"))) {
        fail(status->message);
        return 1;
    }
    ComplaintRepository repository(cache);
    if (!withHub && parser.isSet(demoOption) && repository.count().value_or(0) == 0) {
        const auto corpus = DemoCorpus::loadBuiltin();
        if (!corpus.ok()) {
            fail(corpus.error().message);
            return 1;
        }
        DemoOptions options;
        options.count = parser.value(demoOption).toLongLong();
        options.end = QDateTime::currentDateTimeUtc();
        if (Status status = fillWithDemoData(cache, reference.value(), corpus.value(), options)) {
            fail(status->message);
            return 1;
        }
    }

    Workspace::Options options;
    options.cachePath = cachePath;
    options.cacheDescription = QDir::toNativeSeparators(cachePath);
    if (withHub) {
        SyncSettings settings;
        settings.hub = QUrl(parser.value(hubOption));
        settings.user = parser.value(userOption);
        settings.password = password;
        settings.cachePath = cachePath;
        settings.caFile = parser.value(caOption);
        settings.workstation = QHostInfo::localHostName();
        options.sync = settings;
        options.user = settings.user;
    }
    cache.close(); // the workspace opens its own connection
    auto workspace = Workspace::open(options, reference.value(), language);
    if (!workspace.ok()) {
        fail(workspace.error().message);
        return 1;
    }
    MainWindow &window = workspace.value()->window();
    if (parser.isSet(screenOption) && !window.showScreen(parser.value(screenOption))) {
        fail(QStringLiteral("Unknown screen \"%1\": use inbox, routing or log.").arg(parser.value(screenOption)));
        return 2;
    }
    // The screen's room (up to a large desktop), not a fixed size: the inbox has many columns.
    if (const QScreen *screen = window.screen())
        window.resize(screen->availableGeometry().size().boundedTo(QSize(1680, 1050)));
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const int row = parser.value(selectOption).toInt();
        // With a hub, give the first sync a few seconds to land before taking the picture.
        const int delay = withHub ? 8000 : 600;
        QTimer::singleShot(delay, &window, [&window, row, file] {
            if (auto *table = qobject_cast<QTableView *>(window.tabs()->currentWidget()->findChild<QTableView *>()))
                table->selectRow(row);
            QTimer::singleShot(600, &window, [&window, file] {
                if (!window.grab().save(file))
                    std::fprintf(stderr, "rabeg: cannot write %s\n", qPrintable(file));
                QApplication::quit();
            });
        });
    }
    return app.exec();
}

} // namespace rabeg
