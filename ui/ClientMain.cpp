#include "ClientMain.h"

#include "HeadlessSync.h"
#include "InboxView.h"
#include "Language.h"
#include "MainWindow.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    parser.addOptions({cacheOption, demoOption, languageOption, screenshotOption});
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

    QString cachePath = parser.value(cacheOption);
    if (cachePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QDir().mkpath(dir);
        cachePath = dir + QStringLiteral("/demo-cache.sqlite");
    }
    LocalCache cache;
    if (Status status = cache.open(cachePath, QStringLiteral("rabeg-gui"))) {
        fail(status->message);
        return 1;
    }
    ComplaintRepository repository(cache);
    if (parser.isSet(demoOption) && repository.count().value_or(0) == 0) {
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
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, inbox, file] {
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
