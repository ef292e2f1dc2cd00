#include "ClientMain.h"

#include "HeadlessSync.h"
#include "cli/RoutingEvaluateCommand.h"
#include "InboxView.h"
#include "Language.h"
#include "MainWindow.h"
#include "SyncStatusLabel.h"
#include "sync/SyncWorker.h"
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
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rabeg"));
    QApplication::setOrganizationName(QStringLiteral("Diskominfo Kota Serang"));
    QApplication::setApplicationVersion(QStringLiteral(RABEG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rabeg.svg")));

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
    parser.addOptions({cacheOption, demoOption, languageOption, screenshotOption, hubOption, userOption,
                       passwordOption});
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
    if (Status status = cache.open(cachePath, QStringLiteral("rabeg-gui"))) {
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

    auto *inbox = new InboxView(repository, reference.value());
    MainWindow window(inbox, language, QDir::toNativeSeparators(cachePath));
    std::unique_ptr<SyncWorker> sync;
    if (withHub) {
        auto *statusLabel = new SyncStatusLabel(&window);
        window.addStatusWidget(statusLabel);
        SyncSettings settings;
        settings.hub = QUrl(parser.value(hubOption));
        settings.user = parser.value(userOption);
        settings.password = password;
        settings.cachePath = cachePath;
        settings.workstation = QHostInfo::localHostName();
        sync = std::make_unique<SyncWorker>(settings);
        QObject::connect(sync.get(), &SyncWorker::statusChanged, statusLabel, &SyncStatusLabel::setStatus);
        auto lastStatus = std::make_shared<SyncStatus>();
        QObject::connect(sync.get(), &SyncWorker::statusChanged, &window,
                         [lastStatus](const SyncStatus &status) { *lastStatus = status; });
        inbox->setHubClock([lastStatus] { return lastStatus->hubNow(QDateTime::currentDateTimeUtc()); });
        QObject::connect(sync.get(), &SyncWorker::statusChanged, &window,
                         [&window](const SyncStatus &status) { window.setTrainingBanner(status.storeKind); });
        QObject::connect(sync.get(), &SyncWorker::failedToStart, statusLabel, &SyncStatusLabel::setStartFailure);
        QObject::connect(sync.get(), &SyncWorker::cacheChanged, inbox, &InboxView::refreshSoon);
        sync->start();
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // With a hub, give the first sync a few seconds to land before taking the picture.
        const int delay = withHub ? 6000 : 300;
        QTimer::singleShot(delay, &window, [&window, inbox, file] {
            inbox->table()->selectRow(0);
            QTimer::singleShot(300, &window, [&window, file] {
                if (!window.grab().save(file))
                    std::fprintf(stderr, "rabeg: cannot write %s\n", qPrintable(file));
                QApplication::quit();
            });
        });
    }
    return app.exec();
}

} // namespace rabeg
