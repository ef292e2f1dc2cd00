// The reporter loop against a real hub on loopback: a defer records what was asked of the reporter and through
// which channel, the reporter's answer resumes the complaint, and the paused triage clock moves by exactly the
// working days the deferral overlapped (DESIGN.md, "Deadlines": days whose 24 hours WIB overlap the pause).
#include "EventText.h"
#include "HubWorkspace.h"
#include "TestClient.h"
#include "TestHub.h"
#include "WorkspaceDriver.h"
#include "deadline/Deadlines.h"
#include "store/ComplaintRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Hub time jumps (a demo store's virtual clock; copies of the clock share it).
void hubTimeIs(TestHub &hub, const char *iso)
{
    HubClock clock = hub.api().clock();
    clock.jumpTo(utc(iso));
}

// The triage clock's due time as the hub's complaint route computes it now.
QString hubTriageDue(TestHub &hub, const QUuid &id)
{
    HubRequest request;
    request.method = "GET";
    request.path = u"/api/v1/complaints/"_s + uuidText(id);
    request.headers.insert("authorization", "Bearer " + hub.token(u"operator"_s));
    const HubResponse response = hub.api().handle(request);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    for (const QJsonValue &d : response.object().value(u"state"_s).toObject().value(u"deadlines"_s).toArray()) {
        if (d.toObject().value(u"clock"_s).toString() == u"triage"_s)
            return d.toObject().value(u"due_at"_s).toString();
    }
    FAIL("no triage clock");
    return {};
}

// The same, as the workstation computes it from its cached history.
QDateTime clientTriageDue(TestClient &client, const QUuid &id, const QDateTime &now)
{
    const auto history = ComplaintRepository(client.cache()).history(id);
    REQUIRE(history.ok());
    const DeadlinePolicy &policy = client.cache().deadlinePolicy();
    for (const Deadline &d : computeDeadlines(history.value(), policy.clocks(), policy.calendar(), now)) {
        if (d.clock == u"triage"_s)
            return d.dueAt;
    }
    FAIL("no triage clock");
    return {};
}

} // namespace

TEST_CASE("deferred on a Thursday and answered on the next Tuesday, the triage deadline moves by the 4 working days "
          "the deferral overlapped")
{
    TestHub hub({5, StoreKind::Demo, true});
    QTemporaryDir dir;
    TestClient client(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));

    // Received Wednesday 2 December 2026, 09:00 WIB. Triage: 3 working days, so Thu 3, Fri 4, Mon 7: due at the end
    // of Monday 7 December (24:00 WIB = 17:00 UTC). No holiday in that fortnight (the calendar's next is 24 Dec).
    hubTimeIs(hub, "2026-12-02T02:00:00Z");
    const QUuid id = hub.intake(u"supervisor"_s, u"Jalan berlubang di Kaujon belum ditambal"_s);
    client.requireSync();
    CHECK(hubTriageDue(hub, id) == u"2026-12-07T17:00:00.000Z"_s);

    // Thursday 3 December, 10:00 WIB: the operator asks the reporter by WhatsApp where exactly the hole is.
    hubTimeIs(hub, "2026-12-03T03:00:00Z");
    client.enqueue(CommandType::Defer, id,
                   {{u"reason"_s, u"unclear_location"_s},
                    {u"reporter_message"_s, u"Mohon kirim alamat atau patokan lokasi lubang jalan."_s},
                    {u"reporter_channel"_s, u"whatsapp"_s}});
    client.requireSync();
    REQUIRE(client.outbox().isEmpty());
    CHECK(hub.store().complaint(id).value()->state == ComplaintState::Deferred);

    // Tuesday 8 December, 11:00 WIB: the reporter phones back; the operator takes the answer down and resumes.
    hubTimeIs(hub, "2026-12-08T04:00:00Z");
    client.enqueue(
        CommandType::Resume, id,
        {{u"reporter_answer"_s, u"Depan SDN Kaujon 2, sebelah warung Bu Eni."_s}, {u"reporter_channel"_s, u"phone"_s}});
    client.requireSync();
    REQUIRE(client.outbox().isEmpty());
    CHECK(hub.store().complaint(id).value()->state == ComplaintState::Received);

    // The pause overlapped Thu 3, Fri 4, (Sat 5, Sun 6,) Mon 7 and Tue 8: 4 working days. Monday 7 + 4 working
    // days = Friday 11 December, 24:00 WIB.
    CHECK(hubTriageDue(hub, id) == u"2026-12-11T17:00:00.000Z"_s);
    CHECK(clientTriageDue(client, id, utc("2026-12-08T04:00:00Z")) == utc("2026-12-11T17:00:00Z"));

    // Both the question and the answer are in the history, with their channels, as the timeline says them.
    const auto history = ComplaintRepository(client.cache()).history(id);
    REQUIRE(history.ok());
    QStringList texts;
    for (const Event &event : history.value())
        texts.append(EventText::of(event, &hub.reference()));
    CHECK(texts.contains(u"Deferred: The location is unclear · Asked the reporter (WhatsApp): Mohon kirim alamat atau "
                         u"patokan lokasi lubang jalan."_s));
    CHECK(texts.contains(u"The reporter answered (Phone call): Depan SDN Kaujon 2, sebelah warung Bu Eni."_s));
}

TEST_CASE("a reporter message without its channel, or with a channel not in the list, is refused with a sentence")
{
    TestHub hub({5, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s);
    const auto defer = [&](const QJsonObject &payload) {
        const HubResponse response
            = hub.send(u"operator"_s,
                       TestHub::command(CommandType::Defer, id, hub.version(id), payload, hub.store().info().epoch));
        return std::pair {response.status,
                          response.object().value(u"error"_s).toObject().value(u"message"_s).toString()};
    };
    CHECK(defer({{u"reason"_s, u"incomplete_information"_s}, {u"reporter_message"_s, u"Mohon lengkapi."_s}})
          == std::pair {422, u"Choose how the reporter was reached."_s});
    CHECK(defer({{u"reason"_s, u"incomplete_information"_s},
                 {u"reporter_message"_s, u"Mohon lengkapi."_s},
                 {u"reporter_channel"_s, u"pigeon"_s}})
          == std::pair {422, u"The channel \"pigeon\" is not in the list."_s});
    CHECK(defer({{u"reason"_s, u"incomplete_information"_s}, {u"reporter_channel"_s, u"sms"_s}})
          == std::pair {422, u"Write the message sent to the reporter."_s});
    CHECK(hub.store().complaint(id).value()->state == ComplaintState::Received);
}

TEST_CASE("the detail shows the OPD's response under \"Response for the reporter\", the text the citizen reads")
{
    TestHub hub({5, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s, u"Blangko KTP habis di Kasemen"_s);
    hub.run(u"supervisor"_s, CommandType::Verify, id,
            {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"adminduk-ktp"_s}, {u"service"_s, u"ktp-el"_s}});
    hub.run(u"supervisor"_s, CommandType::Dispatch, id, {{u"opd"_s, u"DISDUKCAPIL"_s}});
    hub.run(u"liaison-disdukcapil"_s, CommandType::Acknowledge, id, {});
    const QString answer = u"Blangko sudah tersedia lagi sejak Senin; silakan datang ke kecamatan."_s;
    hub.run(u"liaison-disdukcapil"_s, CommandType::Respond, id,
            {{u"response"_s, answer}, {u"override_reason"_s, u"Stok blangko dari pusat"_s}});
    HubWorkspace w(hub, u"operator"_s, false);
    w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());
    driver.search(u"Blangko"_s);
    REQUIRE(driver.selected() == id);
    w.waitFor([&] { return driver.detailText().contains(u"Response for the reporter\n"_s + answer); },
              "the detail shows the response for the reporter");
}
