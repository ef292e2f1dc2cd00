// The intake's own pieces without a hub: the draft's checks (sentences), the command that never carries the
// identity, the provisional row and the outbox entry written together in a real SQLite cache, and the held
// identity joining the request only as it is sent.
#include "TestHub.h"
#include "codec/DomainCodec.h"
#include "intake/IntakeDraft.h"
#include "intake/IntakeQueue.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"
#include "store/OutboxActions.h"
#include "store/SyncRepository.h"
#include "sync/HeldIdentities.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

const QDateTime kHubNow = QDateTime(QDate(2026, 11, 30), QTime(3, 15), Qt::UTC);

IntakeDraft walkIn()
{
    IntakeDraft draft;
    draft.channel = Channel::WalkIn;
    draft.title = u"KTP-el belum jadi setelah tiga bulan"_s;
    draft.body = u"Saya rekam KTP-el di Disdukcapil bulan Agustus, sampai sekarang belum dicetak."_s;
    draft.service = u"ktp-el"_s;
    draft.category = u"adminduk-ktp"_s;
    draft.kecamatan = u"SERANG"_s;
    draft.kelurahan = u"SERANG-CIPARE"_s;
    draft.identity = {u"Nurhayati"_s, u"3673014107900003"_s, u"081211223344"_s, u"nurhayati@contoh.id"_s, {}};
    return draft;
}

DecisionContext operatorAt(const QDateTime &now)
{
    DecisionContext context;
    context.actor = Actor {u"operator"_s, Role::Operator, {}};
    context.now = now;
    return context;
}

} // namespace

TEST_CASE(
    "a NIK of other than 16 digits is refused with a sentence, and a valid draft makes an intake without the identity")
{
    IntakeDraft draft = walkIn();
    draft.identity.nik = u"36730141079"_s;
    const auto refused = prepareIntake(draft, kHubNow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"invalid_nik"_s);
    CHECK(refused.error().message.startsWith(u"A NIK has exactly 16 digits; the one typed has 11 character"_s));

    draft.identity.nik = u"3673014107900003"_s;
    const auto prepared = prepareIntake(draft, kHubNow);
    REQUIRE(prepared.ok());
    CHECK(prepared->command.type == CommandType::Intake);
    CHECK_FALSE(prepared->command.complaintId.isNull());
    CHECK_FALSE(prepared->command.payload.contains(u"identity"_s));
    const QByteArray encoded = QJsonDocument(encodeCommand(prepared->command)).toJson();
    CHECK_FALSE(encoded.contains("3673014107900003"));
    CHECK_FALSE(encoded.contains("Nurhayati"));
    CHECK(prepared->identity.nik == u"3673014107900003"_s);
    CHECK(prepared->command.payload.value(u"kelurahan"_s).toString() == u"SERANG-CIPARE"_s);
}

TEST_CASE("an arrival stated in the future or more than 30 days back is refused by the form as the hub would")
{
    IntakeDraft draft = walkIn();
    draft.receivedAt = kHubNow.addSecs(60);
    auto result = prepareIntake(draft, kHubNow);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message
          == u"The time the complaint was received must lie within the last 30 days and not in the future."_s);
    draft.receivedAt = kHubNow.addDays(-31);
    CHECK_FALSE(prepareIntake(draft, kHubNow).ok());
    draft.receivedAt = kHubNow.addDays(-2);
    result = prepareIntake(draft, kHubNow);
    REQUIRE(result.ok());
    CHECK(result->command.payload.value(u"received_at"_s).toString() == u"2026-11-28T03:15:00.000Z"_s);
}

TEST_CASE("an empty title, a text missing, a wrong phone or e-mail are each refused with a sentence")
{
    for (const auto &[change, code] : std::initializer_list<std::pair<std::function<void(IntakeDraft &)>, QString>> {
             {[](IntakeDraft &d) { d.title = u"   "_s; }, u"missing_title"_s},
             {[](IntakeDraft &d) { d.body.clear(); }, u"missing_body"_s},
             {[](IntakeDraft &d) { d.identity.phone = u"telepon saya"_s; }, u"invalid_phone"_s},
             {[](IntakeDraft &d) { d.identity.email = u"nurhayati@"_s; }, u"invalid_email"_s}}) {
        IntakeDraft draft = walkIn();
        change(draft);
        const auto result = prepareIntake(draft, kHubNow);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == code);
        CHECK(result.error().message.endsWith(u'.'));
    }
}

TEST_CASE(
    "an intake is queued with its provisional row in one transaction, and the cache's file never holds the identity")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operator.sqlite"_s);
    const auto prepared = prepareIntake(walkIn(), kHubNow);
    REQUIRE(prepared.ok());
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(path, u"intake-queue-test"_s).has_value());
        REQUIRE_FALSE(IntakeQueue(cache).queue(prepared->command, operatorAt(kHubNow), kHubNow).has_value());
        const auto row = ComplaintRepository(cache).find(prepared->command.complaintId);
        REQUIRE(row.ok());
        REQUIRE(row.value());
        CHECK(row.value()->version == 0);
        CHECK(row.value()->trackingId.isEmpty());
        CHECK(row.value()->state == ComplaintState::Received);
        CHECK(row.value()->kelurahan == u"SERANG-CIPARE"_s);
        CHECK(row.value()->receivedAt == kHubNow);
        const auto outbox = SyncRepository(cache).outbox();
        REQUIRE(outbox.ok());
        REQUIRE(outbox->size() == 1);
        CHECK(outbox->first().command == prepared->command);

        SECTION("an intake the lifecycle refuses (a liaison's) writes neither")
        {
            const auto other = prepareIntake(walkIn(), kHubNow);
            DecisionContext liaison = operatorAt(kHubNow);
            liaison.actor = Actor {u"liaison-dishub"_s, Role::Liaison, u"DISHUB"_s};
            REQUIRE(IntakeQueue(cache).queue(other->command, liaison, kHubNow).has_value());
            CHECK_FALSE(ComplaintRepository(cache).find(other->command.complaintId).value());
            CHECK(SyncRepository(cache).outbox()->size() == 1);
        }
        SECTION("an intake the hub refused and the operator discarded takes its provisional row with it")
        {
            // What OperatorSession::discard does with a stopped intake.
            const QString commandId = prepared->command.commandId.toString(QUuid::WithoutBraces);
            REQUIRE_FALSE(SyncRepository(cache)
                              .markOutbox(commandId, u"refused"_s, u"invalid_field"_s, u"refused"_s, {})
                              .has_value());
            const auto taken = OutboxActions(cache).takeStopped(commandId);
            REQUIRE(taken.ok());
            REQUIRE(taken->size() == 1);
            REQUIRE_FALSE(OutboxActions(cache).dropUnconfirmedIntake(prepared->command.complaintId).has_value());
            CHECK(SyncRepository(cache).outbox()->isEmpty());
            CHECK_FALSE(ComplaintRepository(cache).find(prepared->command.complaintId).value());
        }
        SECTION("a complaint the hub already sent is kept when its intake is dropped")
        {
            Complaint confirmed = ComplaintRepository(cache).find(prepared->command.complaintId).value().value();
            confirmed.version = 1;
            confirmed.trackingId = u"SRG-2026-000123"_s;
            ComplaintRepository complaints(cache);
            REQUIRE_FALSE(complaints.begin().has_value());
            REQUIRE_FALSE(complaints.put(confirmed, {}).has_value());
            REQUIRE_FALSE(complaints.commit().has_value());
            REQUIRE_FALSE(OutboxActions(cache).dropUnconfirmedIntake(prepared->command.complaintId).has_value());
            CHECK(ComplaintRepository(cache).find(prepared->command.complaintId).value());
        }
        SECTION("a command carrying an identity is never queued")
        {
            Command carrying = prepareIntake(walkIn(), kHubNow)->command;
            carrying.payload.insert(u"identity"_s, QJsonObject {{u"nik"_s, u"3673014107900003"_s}});
            const Status status = IntakeQueue(cache).queue(carrying, operatorAt(kHubNow), kHubNow);
            REQUIRE(status.has_value());
            CHECK(status->code == u"identity_in_outbox"_s);
        }
        cache.close();
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile file(path + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        INFO(suffix.toStdString());
        CHECK_FALSE(bytes.contains("3673014107900003"));
        CHECK_FALSE(bytes.contains("Nurhayati"));
        CHECK_FALSE(bytes.contains("081211223344"));
    }
}

TEST_CASE("a held identity joins only the intake of its own complaint, as the hub's intake schema reads it")
{
    HeldIdentities held;
    const QUuid complaint = QUuid::createUuid();
    held.hold(complaint, {u"Nurhayati"_s, u"3673014107900003"_s, {}, {}, {}});
    held.hold(QUuid::createUuid(), {}); // nothing typed: nothing held
    CHECK(held.count() == 1);
    const QJsonObject command {{u"type"_s, u"intake"_s}, {u"payload"_s, QJsonObject {{u"title"_s, u"KTP"_s}}}};
    const QJsonObject sent = held.withIdentity(complaint, command);
    CHECK(sent.value(u"payload"_s).toObject().value(u"identity"_s).toObject()
          == QJsonObject {{u"name"_s, u"Nurhayati"_s}, {u"nik"_s, u"3673014107900003"_s}});
    CHECK(held.withIdentity(QUuid::createUuid(), command) == command);
    held.forget(complaint);
    CHECK_FALSE(held.holds(complaint));
    CHECK(held.withIdentity(complaint, command) == command);
}

TEST_CASE("a NIK or phone number typed in the complaint's text is masked in the outbox and sent whole with the "
          "identity")
{
    IntakeDraft draft = walkIn();
    draft.body = u"NIK saya 3673014107900003, HP 081211223344. KTP-el belum dicetak sejak Agustus."_s;
    const auto prepared = prepareIntake(draft, kHubNow);
    REQUIRE(prepared.ok());
    const QString queued = prepared->command.payload.value(u"body"_s).toString();
    CHECK_FALSE(queued.contains(u"3673014107900003"_s));
    CHECK_FALSE(queued.contains(u"081211223344"_s));
    CHECK(queued.startsWith(u"NIK saya 3673"_s)); // masked as the hub masks what it sends
    CHECK(prepared->unmaskedText == QJsonObject {{u"body"_s, draft.body}});
    CHECK(prepareIntake(walkIn(), kHubNow)->unmaskedText.isEmpty()); // nothing to mask, nothing held

    HeldIdentities held;
    held.hold(prepared->command.complaintId, prepared->identity, prepared->unmaskedText);
    const QJsonObject sent = held.withIdentity(prepared->command.complaintId, encodeCommand(prepared->command));
    CHECK(sent.value(u"payload"_s).toObject().value(u"body"_s).toString() == draft.body);
    CHECK(sent.value(u"payload"_s).toObject().value(u"title"_s) == prepared->command.payload.value(u"title"_s));
    // Text alone is held too (an anonymous walk-in who wrote a phone number in the text).
    HeldIdentities textOnly;
    textOnly.hold(prepared->command.complaintId, {}, prepared->unmaskedText);
    CHECK(textOnly.holds(prepared->command.complaintId));
    CHECK_FALSE(textOnly.find(prepared->command.complaintId).has_value());
}
