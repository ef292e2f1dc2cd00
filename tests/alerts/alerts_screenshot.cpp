// Not a test: the hidden case "[.screenshot]" grabs the notification list in Indonesian with a Monday morning of an
// operator (a weekend's digest, then the morning's alerts) to docs/screenshots/alerts.png:
//   QT_QPA_PLATFORM=offscreen ./test_alert_list "[.screenshot]"
#include "AlertFixture.h"

#include <catch2/catch.hpp>

#include "Language.h"
#include "alerts/NotificationList.h"
#include "store/SyncRepository.h"

#include <QApplication>
#include <QDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace alerttest;

TEST_CASE("the notification list of a Monday morning, in Indonesian", "[.screenshot]")
{
    QApplication::setStyle(u"Fusion"_s);
    Language language;
    language.use(u"id"_s);
    AlertCache fixture;
    fixture.received(1, u"Jalan berlubang di depan SDN Cipocok Jaya 2"_s, "2026-12-09 16:00");
    AlertCenter center(fixture.cache());
    center.setRecipient({u"op.rina"_s, Role::Operator, {}});
    evaluateAt(center, "2026-12-11 15:00");
    fixture.received(2, u"Lampu PJU mati sepanjang Jalan Raya Taktakan"_s, "2026-12-12 20:15");
    evaluateAt(center, "2026-12-12 20:20");
    evaluateAt(center, "2026-12-13 09:40"); // the triage of complaint 1 entered warning at 09:36 on Sunday
    evaluateAt(center, "2026-12-14 08:00");
    fixture.received(3, u"Sampah menumpuk di Pasar Rau sejak Jumat"_s, "2026-12-14 09:12");
    evaluateAt(center, "2026-12-14 09:13");
    fixture.received(4, u"Antrean pembuatan KTP-el di Disdukcapil terlalu panjang"_s, "2026-12-14 09:20")
        .assigned(4, "2026-12-14 09:40", supervisorBudi(), u"op.rina"_s);
    const Command note {QUuid::createUuidV5(QUuid(), u"screenshot-note"_s), CommandType::AddNote, fixture.id(3), 1, 1,
                        {{u"text"_s, u"Pelapor mengirim foto tambahan."_s}}};
    SyncRepository outbox(fixture.cache());
    REQUIRE_FALSE(outbox.enqueue(note, wib("2026-12-14 09:41")));
    REQUIRE_FALSE(outbox.markOutbox(note.commandId.toString(QUuid::WithoutBraces), u"conflict"_s,
                                    u"version_conflict"_s, {}, {}));
    evaluateAt(center, "2026-12-14 09:45");
    const QList<Alert> shown = center.delivered();
    REQUIRE(shown.size() == 6); // the digest's warning and complaint 2, complaints 3 and 4, the assignment, the conflict

    NotificationList list(center);
    list.resize(900, 300);
    list.show();
    QApplication::processEvents();
    list.tree()->setCurrentItem(list.tree()->topLevelItem(0));
    list.tree()->setFocus();
    QApplication::processEvents();
    const QString dir = QString::fromUtf8(RABEG_SOURCE_DIR) + u"/docs/screenshots"_s;
    QDir().mkpath(dir);
    CHECK(list.grab().save(dir + u"/alerts.png"_s));
}
