// admin_screenshots [DIR]: shows the admin screen in Indonesian with the shipped SLA policy and calendar as the
// hub's admin routes answer them (PolicyVersions::slaJson / calendarJson, version 0) and grabs each editor to
// DIR/admin-sla-policy.png and DIR/admin-calendar.png (default: docs/screenshots of the source tree). Not a test:
// run it under Xvfb (xvfb-run -a) after changing these screens or their translations.
#include "Language.h"
#include "admin/AdminHubClient.h"
#include "admin/AdminScreen.h"
#include "deadline/PolicyVersions.h"
#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s);
    const QString out
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(RABEG_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(out);
    Language language;
    language.use(u"id"_s);
    QTemporaryDir dir;
    LocalCache cache;
    if (cache.open(dir.filePath(u"admin.sqlite"_s), u"admin-screens"_s))
        return 1;
    const auto reference = loadBuiltinReferenceData();
    if (!reference.ok())
        return 1;
    const PolicyVersions shipped(reference->sla, reference->calendar);
    AdminHubClient client(QUrl(u"http://127.0.0.1:9"_s));
    AdminScreen screen(&client, cache);
    emit client.loaded(AdminHubClient::Route::SlaPolicy, shipped.slaJson());
    emit client.loaded(AdminHubClient::Route::Calendar, shipped.calendarJson());
    screen.resize(1366, 800);
    bool ok = true;
    auto *tabs = screen.findChild<QTabWidget *>(u"adminTabWidget"_s);
    for (int i = 0; i < 2; ++i) {
        tabs->setCurrentIndex(i);
        screen.show();
        QApplication::processEvents();
        QApplication::processEvents();
        const QString path = out + (i == 0 ? u"/admin-sla-policy.png"_s : u"/admin-calendar.png"_s);
        const bool saved = screen.grab().save(path);
        std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
        ok = ok && saved;
    }
    return ok ? 0 : 1;
}
