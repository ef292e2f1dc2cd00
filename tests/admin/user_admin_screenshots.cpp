// user_admin_screenshots [DIR [LANGUAGE]]: the Users and Audit of administration tabs in Indonesian with accounts
// and a month of administration as the hub's routes answer them (GET /api/v1/admin/users and
// /api/v1/admin/reference-events), grabbed to DIR/admin-users.png and DIR/admin-audit.png (default:
// docs/screenshots of the source tree). Not a test: run it under Xvfb (xvfb-run -a) after changing these tabs.
#include "ScreenshotRun.h"
#include "admin/AdminAuditPanel.h"
#include "admin/AdminHubClient.h"
#include "admin/AdminScreen.h"
#include "admin/UserAdminClient.h"
#include "admin/UserAdminPanel.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QJsonObject account(const QString &username, const QString &name, const QString &role, const QString &opd = {},
                    bool active = true)
{
    return {{u"username"_s, username}, {u"name"_s, name}, {u"role"_s, role}, {u"opd"_s, opd}, {u"active"_s, active}};
}

QJsonObject event(int version, const QString &at, const QString &user, const QString &type, const QJsonObject &payload)
{
    return {{u"version"_s, version}, {u"type"_s, type}, {u"user"_s, user}, {u"role"_s, u"admin"_s},
            {u"at"_s, at},           {u"workstation"_s, u"KOMINFO-IT-01"_s}, {u"payload"_s, payload}};
}

QJsonObject change(const QString &username, const QJsonObject &before, const QJsonObject &after, const QString &reason)
{
    QJsonObject payload {{u"username"_s, username}, {u"after"_s, after}, {u"reason"_s, reason}};
    if (!before.isEmpty())
        payload.insert(u"before"_s, before);
    return payload;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const test::ScreenshotRun run(argc, argv, QStringLiteral(RABEG_SOURCE_DIR));
    QTemporaryDir dir;
    LocalCache cache;
    if (cache.open(dir.filePath(u"admin.sqlite"_s), u"admin-screens"_s))
        return 1;
    AdminHubClient hub(QUrl(u"http://127.0.0.1:9"_s));
    AdminScreen screen(&hub, cache);
    auto *client = screen.findChild<UserAdminClient *>();
    if (!client)
        return 1;

    const QJsonArray users {account(u"admin.kominfo"_s, u"Rudi Hartono"_s, u"admin"_s),
                            account(u"ahmad.fauzi"_s, u"Ahmad Fauzi"_s, u"operator"_s),
                            account(u"dewi.lestari"_s, u"Dewi Lestari"_s, u"supervisor"_s),
                            account(u"eka.putri"_s, u"Eka Putri Ramadhani"_s, u"operator"_s),
                            account(u"hendra.dishub"_s, u"Hendra Gunawan"_s, u"liaison"_s, u"DISHUB"_s),
                            account(u"iwan.pupr"_s, u"Iwan Setiawan"_s, u"liaison"_s, u"PUPR"_s, false),
                            account(u"nurul.disdukcapil"_s, u"Nurul Hidayah"_s, u"liaison"_s, u"DISDUKCAPIL"_s),
                            account(u"siti.dlh"_s, u"Siti Rahmawati"_s, u"liaison"_s, u"DLH"_s),
                            account(u"yusuf.pelatih"_s, u"Yusuf Maulana"_s, u"trainer"_s)};
    emit client->usersLoaded(users);
    auto *table = screen.users()->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"siti.dlh"_s)
            table->selectRow(row);
    }
    screen.users()->findChild<QLabel *>(u"usersMessageLabel"_s)
        ->setText(QCoreApplication::translate("rabeg::UserAdminPanel",
                                              "Role or OPD of %1 changed: their workstation fills its cache afresh "
                                              "at its next sync.")
                      .arg(u"siti.dlh"_s));

    const QJsonObject siti {{u"name"_s, u"Siti Rahmawati"_s}, {u"role"_s, u"liaison"_s}, {u"opd"_s, u"DISHUB"_s},
                            {u"active"_s, true}};
    QJsonObject sitiDlh = siti;
    sitiDlh.insert(u"opd"_s, u"DLH"_s);
    const QJsonObject iwan {{u"name"_s, u"Iwan Setiawan"_s}, {u"role"_s, u"liaison"_s}, {u"opd"_s, u"PUPR"_s},
                            {u"active"_s, true}};
    QJsonObject iwanOff = iwan;
    iwanOff.insert(u"active"_s, false);
    const QJsonArray events {
        event(1, u"2026-11-02T02:15:00Z"_s, u"admin.kominfo"_s, u"calendar_published"_s,
              {{u"version"_s, 1}, {u"why"_s, u"SKB 3 Menteri 2026: cuti bersama 24 Desember"_s}}),
        event(2, u"2026-11-04T03:40:00Z"_s, u"dewi.lestari"_s, u"sop_published"_s,
              {{u"opd"_s, u"DISHUB"_s}, {u"service"_s, u"pju"_s}, {u"version"_s, 2}, {u"steps"_s, QJsonArray()},
               {u"reason"_s, u"Langkah cek lokasi ditambah sesuai rapat koordinasi DISHUB"_s}}),
        event(3, u"2026-11-10T01:05:00Z"_s, u"admin.kominfo"_s, u"user_created"_s,
              change(u"yusuf.pelatih"_s, {},
                     {{u"name"_s, u"Yusuf Maulana"_s}, {u"role"_s, u"trainer"_s}, {u"opd"_s, QString()},
                      {u"active"_s, true}},
                     u"Pelatih operator baru angkatan Desember"_s)),
        event(4, u"2026-11-18T07:30:00Z"_s, u"admin.kominfo"_s, u"sla_policy_published"_s,
              {{u"version"_s, 1}, {u"why"_s, u"Perwal 41/2026: tindak lanjut 10 hari kerja"_s}}),
        event(5, u"2026-11-25T02:00:00Z"_s, u"admin.kominfo"_s, u"opd_renamed"_s,
              {{u"code"_s, u"DISKOMINFO"_s},
               {u"name"_s, u"Dinas Komunikasi, Informatika, Statistik dan Persandian"_s},
               {u"reason"_s, u"Perwal 30/2026 tentang perubahan nomenklatur"_s}}),
        event(6, u"2026-11-28T08:45:00Z"_s, u"admin.kominfo"_s, u"user_deactivated"_s,
              change(u"iwan.pupr"_s, iwan, iwanOff, u"Pensiun per 1 Desember 2026"_s)),
        event(7, u"2026-11-30T02:20:00Z"_s, u"admin.kominfo"_s, u"user_password_reset"_s,
              change(u"eka.putri"_s,
                     {{u"name"_s, u"Eka Putri Ramadhani"_s}, {u"role"_s, u"operator"_s}, {u"opd"_s, QString()},
                      {u"active"_s, true}},
                     {{u"name"_s, u"Eka Putri Ramadhani"_s}, {u"role"_s, u"operator"_s}, {u"opd"_s, QString()},
                      {u"active"_s, true}},
                     u"Lupa kata sandi, dikonfirmasi lewat telepon kantor"_s)),
        event(8, u"2026-12-01T01:10:00Z"_s, u"admin.kominfo"_s, u"user_changed"_s,
              change(u"siti.dlh"_s, siti, sitiDlh, u"Mutasi ke DLH per SK Wali Kota 800/112/2026"_s)),
    };
    emit client->auditLoaded(events);

    screen.resize(1366, 800);
    auto *tabs = screen.findChild<QTabWidget *>(u"adminTabWidget"_s);
    bool ok = true;
    tabs->setCurrentWidget(screen.users());
    ok = run.save(screen, u"admin-users.png"_s) && ok;
    tabs->setCurrentWidget(screen.audit());
    ok = run.save(screen, u"admin-audit.png"_s) && ok;
    return ok ? 0 : 1;
}
