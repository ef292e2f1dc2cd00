#include "DomainFixture.h"
#include "domain/Projection.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

using Decision = Result<QList<EventDraft>, Refusal>;

Decision decideOn(ComplaintState state, CommandType type, const QJsonObject &payload,
                  const Actor &actor = fixture::trainerActor())
{
    return decide(fixture::complaintIn(state), fixture::commandFor(type, payload), fixture::contextFor(actor));
}

// "accepted" or the refusal's code, for readable failures.
QString codeOf(const Decision &decision)
{
    return decision.ok() ? u"accepted"_s : decision.error().code;
}

QJsonObject withKey(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject withoutKey(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

Decision intakeWith(const QJsonObject &payload)
{
    return decide(std::nullopt, fixture::commandFor(CommandType::Intake, payload),
                  fixture::contextFor(fixture::operatorActor()));
}

QString wire(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("intake of a complaint id that already exists is refused as already existing", "[domain][lifecycle]")
{
    for (const QString &state : codesOf<ComplaintState>()) {
        INFO(state.toStdString());
        const auto decision
            = decide(fixture::complaintIn(*fromCode<ComplaintState>(state)), fixture::commandFor(CommandType::Intake),
                     fixture::contextFor(fixture::operatorActor()));
        REQUIRE_FALSE(decision.ok());
        CHECK(decision.error().kind == Refusal::Kind::AlreadyExists);
        CHECK(decision.error().code == u"complaint_exists"_s);
    }
}

TEST_CASE("every other command on a complaint that does not exist is refused as not found", "[domain][lifecycle]")
{
    for (const QString &code : codesOf<CommandType>()) {
        const CommandType type = *fromCode<CommandType>(code);
        if (type == CommandType::Intake)
            continue;
        INFO(code.toStdString());
        // The trainer may issue every command but the reveal of an identity (a supervisor's), so the refusal is
        // about the missing complaint, not the role.
        const Actor actor = type == CommandType::RevealIdentity ? fixture::supervisorActor() : fixture::trainerActor();
        const auto decision = decide(std::nullopt, fixture::commandFor(type), fixture::contextFor(actor));
        REQUIRE_FALSE(decision.ok());
        CHECK(decision.error().kind == Refusal::Kind::NotFound);
        CHECK(decision.error().code == u"not_found"_s);
    }
    // A liaison asking about a complaint that does not exist learns nothing more than anyone else.
    const auto byLiaison
        = decide(std::nullopt, fixture::commandFor(CommandType::AddNote), fixture::contextFor(fixture::ownLiaison()));
    REQUIRE_FALSE(byLiaison.ok());
    CHECK(byLiaison.error().kind == Refusal::Kind::NotFound);
}

TEST_CASE("a complaint is escalated once and the flag survives everything after it", "[domain][lifecycle]")
{
    Complaint complaint = fixture::complaintIn(ComplaintState::InProgress);
    const auto first
        = decide(complaint, fixture::commandFor(CommandType::Escalate), fixture::contextFor(fixture::systemActor()));
    REQUIRE(first.ok());
    Event escalated;
    escalated.type = EventType::Escalated;
    escalated.payload = first.value().first().payload;
    escalated.version = 6;
    complaint = apply(complaint, escalated);
    CHECK(complaint.escalated);

    const auto second = decide(complaint, fixture::commandFor(CommandType::Escalate),
                               fixture::contextFor(fixture::supervisorActor()));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Refusal::Kind::WrongState);
    CHECK(second.error().code == u"already_escalated"_s);

    Event returned;
    returned.type = EventType::Returned;
    returned.payload = {{u"opd"_s, u"DISHUB"_s}, {u"reason"_s, u"other_opd"_s}};
    returned.version = 7;
    complaint = apply(complaint, returned);
    CHECK(complaint.state == ComplaintState::Verified);
    CHECK(complaint.escalated);
}

TEST_CASE("release needs someone who owns the complaint", "[domain][lifecycle]")
{
    Complaint complaint = fixture::complaintIn(ComplaintState::Verified);
    complaint.assignee.clear();
    const auto decision
        = decide(complaint, fixture::commandFor(CommandType::Release), fixture::contextFor(fixture::operatorActor()));
    REQUIRE_FALSE(decision.ok());
    CHECK(decision.error().kind == Refusal::Kind::WrongState);
    CHECK(decision.error().code == u"not_assigned"_s);

    const auto owned = decide(fixture::complaintIn(ComplaintState::Verified), fixture::commandFor(CommandType::Release),
                              fixture::contextFor(fixture::operatorActor()));
    REQUIRE(owned.ok());
    CHECK(owned.value().first().payload == QJsonObject {{u"previous"_s, u"op.dede"_s}});
}

TEST_CASE("a claim makes the person who claims the owner", "[domain][lifecycle]")
{
    const auto decision = decideOn(ComplaintState::Received, CommandType::Claim, {}, fixture::operatorActor());
    REQUIRE(decision.ok());
    CHECK(decision.value().first().type == EventType::Assigned);
    CHECK(decision.value().first().payload == QJsonObject {{u"assignee"_s, u"op.rina"_s}});
}

TEST_CASE("defer and reject and return take a reason from their own list and 'other' needs a note",
          "[domain][lifecycle]")
{
    struct Case
    {
        CommandType type;
        ComplaintState state;
        QString known; // in this command's list
        QString otherList; // a reason of another list only
    };
    const Case cases[] = {
        {CommandType::Defer, ComplaintState::Received, u"evidence_needed"_s, u"spam"_s},
        {CommandType::Reject, ComplaintState::Received, u"not_public_service"_s, u"unclear_location"_s},
        {CommandType::Return, ComplaintState::Dispatched, u"wrong_area"_s, u"too_general"_s},
    };
    for (const Case &c : cases) {
        INFO(toCode(c.type).toStdString());
        CHECK(codeOf(decideOn(c.state, c.type, {{u"reason"_s, c.known}})) == u"accepted"_s);
        CHECK(codeOf(decideOn(c.state, c.type, {{u"reason"_s, u"malas"_s}})) == u"unknown_reason"_s);
        CHECK(codeOf(decideOn(c.state, c.type, {{u"reason"_s, c.otherList}})) == u"unknown_reason"_s);
        CHECK(codeOf(decideOn(c.state, c.type, {})) == u"missing_reason"_s);
        CHECK(codeOf(decideOn(c.state, c.type, {{u"reason"_s, u"other"_s}})) == u"missing_note"_s);
        CHECK(codeOf(decideOn(c.state, c.type, {{u"reason"_s, u"other"_s}, {u"note"_s, u"   "_s}}))
              == u"missing_note"_s);
        const auto withNote
            = decideOn(c.state, c.type, {{u"reason"_s, u"other"_s}, {u"note"_s, u"Pelapor minta ditunda."_s}});
        REQUIRE(withNote.ok());
        CHECK(withNote.value().first().payload.value(u"note"_s).toString() == u"Pelapor minta ditunda."_s);
        const auto refused = decideOn(c.state, c.type, {{u"reason"_s, u"malas"_s}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Refusal::Kind::InvalidPayload);
    }
}

TEST_CASE("a dispatch goes only to a known OPD and a forward only to a known agency", "[domain][lifecycle]")
{
    const auto unknown = decideOn(ComplaintState::Verified, CommandType::Dispatch, {{u"opd"_s, u"DISHUBB"_s}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Refusal::Kind::InvalidPayload);
    CHECK(unknown.error().code == u"unknown_opd"_s);
    // An external agency is not an OPD, and the other way round.
    CHECK(codeOf(decideOn(ComplaintState::Verified, CommandType::Dispatch, {{u"opd"_s, u"POLRESTA"_s}}))
          == u"unknown_opd"_s);
    CHECK(codeOf(decideOn(ComplaintState::Verified, CommandType::NotOurAuthority, {{u"agency"_s, u"DISHUB"_s}}))
          == u"unknown_agency"_s);
    CHECK(codeOf(decideOn(ComplaintState::Verified, CommandType::Dispatch, {{u"opd"_s, u" "_s}})) == u"missing_opd"_s);
    CHECK(codeOf(decideOn(ComplaintState::Verified, CommandType::Dispatch, {{u"opd"_s, u"DLH"_s}})) == u"accepted"_s);
}

TEST_CASE("a dispatch and a reopen each start a new follow-up cycle", "[domain][lifecycle]")
{
    const auto dispatch = decideOn(ComplaintState::Verified, CommandType::Dispatch, {{u"opd"_s, u"DLH"_s}});
    REQUIRE(dispatch.ok());
    CHECK(dispatch.value().first().payload == QJsonObject {{u"opd"_s, u"DLH"_s}, {u"cycle"_s, 2}});
    const auto reopen
        = decideOn(ComplaintState::Responded, CommandType::Reopen, fixture::validPayload(CommandType::Reopen));
    REQUIRE(reopen.ok());
    CHECK(reopen.value().first().payload.value(u"cycle"_s).toInt() == 2);
}

TEST_CASE("a return records the OPD the complaint came back from", "[domain][lifecycle]")
{
    const auto decision = decideOn(ComplaintState::InProgress, CommandType::Return,
                                   fixture::validPayload(CommandType::Return), fixture::ownLiaison());
    REQUIRE(decision.ok());
    CHECK(decision.value().first().payload.value(u"opd"_s).toString() == u"DISHUB"_s);
}

TEST_CASE("verification checks the category and the service and the classification", "[domain][lifecycle]")
{
    const QJsonObject valid = fixture::validPayload(CommandType::Verify);
    CHECK(codeOf(decideOn(ComplaintState::Received, CommandType::Verify, withKey(valid, u"category"_s, u"kuliner"_s)))
          == u"unknown_category"_s);
    CHECK(codeOf(decideOn(ComplaintState::Received, CommandType::Verify, withKey(valid, u"service"_s, u"sim"_s)))
          == u"unknown_service"_s);
    CHECK(
        codeOf(decideOn(ComplaintState::Received, CommandType::Verify, withKey(valid, u"classification"_s, u"unset"_s)))
        == u"missing_classification"_s);
    CHECK(codeOf(decideOn(ComplaintState::Received, CommandType::Verify, withoutKey(valid, u"service"_s)))
          == u"missing_service"_s);
    CHECK(codeOf(decideOn(ComplaintState::Received, CommandType::Verify, withKey(valid, u"title"_s, u""_s)))
          == u"missing_title"_s);
    const auto retitled
        = decideOn(ComplaintState::Received, CommandType::Verify,
                   withKey(withKey(valid, u"title"_s, u"PJU mati di Jl. Ahmad Yani"_s), u"rahasia"_s, true));
    REQUIRE(retitled.ok());
    CHECK(retitled.value().first().payload.value(u"title"_s).toString() == u"PJU mati di Jl. Ahmad Yani"_s);
    CHECK(retitled.value().first().payload.value(u"rahasia"_s).toBool());
}

TEST_CASE("a complaint cannot be marked a duplicate of itself", "[domain][lifecycle]")
{
    const QJsonObject self {{u"duplicate_of"_s, fixture::complaintId().toString(QUuid::WithoutBraces)}};
    const auto decision = decideOn(ComplaintState::Received, CommandType::MarkDuplicate, self);
    REQUIRE_FALSE(decision.ok());
    CHECK(decision.error().kind == Refusal::Kind::InvalidPayload);
    CHECK(decision.error().code == u"duplicate_of_self"_s);
    CHECK(codeOf(decideOn(ComplaintState::Received, CommandType::MarkDuplicate, {})) == u"missing_duplicate_of"_s);
}

TEST_CASE("a stated arrival time lies within the last 30 days and not in the future", "[domain][lifecycle]")
{
    const QJsonObject valid = fixture::validPayload(CommandType::Intake);
    const QDateTime now = fixture::now();

    const auto future = intakeWith(withKey(valid, u"received_at"_s, wire(now.addSecs(1))));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().kind == Refusal::Kind::InvalidPayload);
    CHECK(future.error().code == u"received_at_out_of_bounds"_s);

    const auto old = intakeWith(withKey(valid, u"received_at"_s, wire(now.addDays(-30).addSecs(-1))));
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == u"received_at_out_of_bounds"_s);

    CHECK(codeOf(intakeWith(withKey(valid, u"received_at"_s, wire(now.addDays(-30))))) == u"accepted"_s);
    CHECK(codeOf(intakeWith(withKey(valid, u"received_at"_s, wire(now)))) == u"accepted"_s);

    // A walk-in written down on paper at 08:15 WIB is stored in UTC.
    const auto stated = intakeWith(withKey(valid, u"received_at"_s, u"2026-11-27T08:15:00.000+07:00"_s));
    REQUIRE(stated.ok());
    CHECK(stated.value().first().payload.value(u"received_at"_s).toString() == u"2026-11-27T01:15:00.000Z"_s);

    const auto unstated = intakeWith(valid);
    REQUIRE(unstated.ok());
    CHECK(unstated.value().first().payload.value(u"received_at"_s).toString() == u"2026-11-30T03:00:00.000Z"_s);
}

TEST_CASE("intake checks its references and keeps the reporter's identity out of the event", "[domain][lifecycle]")
{
    const QJsonObject valid = fixture::validPayload(CommandType::Intake);
    CHECK(codeOf(intakeWith(withKey(valid, u"kecamatan"_s, u"CILEGON"_s))) == u"unknown_kecamatan"_s);
    CHECK(codeOf(intakeWith(withKey(valid, u"service"_s, u"sim"_s))) == u"unknown_service"_s);
    CHECK(codeOf(intakeWith(withKey(valid, u"title"_s, u"  "_s))) == u"missing_title"_s);
    CHECK(codeOf(intakeWith(withoutKey(valid, u"body"_s))) == u"missing_body"_s);

    const QJsonObject identity {
        {u"name"_s, u"Siti Nurhayati"_s}, {u"nik"_s, u"3673015708900001"_s}, {u"phone"_s, u"081298765432"_s}};
    const auto decision = intakeWith(withKey(withKey(valid, u"identity"_s, identity), u"anonim"_s, true));
    REQUIRE(decision.ok());
    const QJsonObject event = decision.value().first().payload;
    CHECK_FALSE(event.contains(u"identity"_s));
    CHECK(event.value(u"anonim"_s).toBool());
    CHECK(event.value(u"tracking_id"_s).toString() == u"SRG-2026-0000124"_s);
    const QStringList keys = event.keys();
    const QStringList expected = {u"anonim"_s,      u"body"_s,    u"channel"_s, u"kecamatan"_s,
                                  u"received_at"_s, u"service"_s, u"title"_s,   u"tracking_id"_s};
    CHECK(keys == expected);
}

TEST_CASE("a close by the hub is marked automatic and a close by a person is not", "[domain][lifecycle]")
{
    const auto byHub = decideOn(ComplaintState::Responded, CommandType::Close, {}, fixture::systemActor());
    REQUIRE(byHub.ok());
    CHECK(byHub.value().first().payload == QJsonObject {{u"automatic"_s, true}});
    const auto byOperator = decideOn(ComplaintState::Responded, CommandType::Close, {}, fixture::operatorActor());
    REQUIRE(byOperator.ok());
    CHECK(byOperator.value().first().payload == QJsonObject {{u"automatic"_s, false}});
}

TEST_CASE("an SOP step ticked in the command center is recorded as reported by phone", "[domain][lifecycle]")
{
    const QJsonObject payload = fixture::validPayload(CommandType::CompleteStep);
    const auto byLiaison
        = decideOn(ComplaintState::InProgress, CommandType::CompleteStep, payload, fixture::ownLiaison());
    REQUIRE(byLiaison.ok());
    CHECK(byLiaison.value().first().payload.value(u"phone_report"_s) == QJsonValue(false));
    const auto byOperator
        = decideOn(ComplaintState::InProgress, CommandType::CompleteStep, payload, fixture::operatorActor());
    REQUIRE(byOperator.ok());
    CHECK(byOperator.value().first().payload.value(u"phone_report"_s) == QJsonValue(true));
    CHECK(codeOf(decideOn(ComplaintState::InProgress, CommandType::ReopenStep, {{u"step"_s, u"survei-lapangan"_s}}))
          == u"missing_reason"_s);
}

TEST_CASE("empty notes and responses and reasons are refused", "[domain][lifecycle]")
{
    CHECK(codeOf(decideOn(ComplaintState::Closed, CommandType::AddNote, {{u"text"_s, u" "_s}})) == u"missing_text"_s);
    CHECK(codeOf(decideOn(ComplaintState::InProgress, CommandType::Respond, {})) == u"missing_response"_s);
    CHECK(codeOf(decideOn(ComplaintState::Responded, CommandType::Reopen, {})) == u"missing_reason"_s);
    CHECK(codeOf(decideOn(ComplaintState::Responded, CommandType::Escalate, {})) == u"missing_reason"_s);
    CHECK(codeOf(decideOn(ComplaintState::Verified, CommandType::Assign, {})) == u"missing_assignee"_s);
}

TEST_CASE("state-changing events are exactly those that move the complaint between states", "[domain][lifecycle]")
{
    // Written out from DESIGN.md: notes, SOP ticks, escalation flags and ownership never conflict.
    const QStringList stateChanging
        = {u"received"_s,  u"verified"_s,         u"deferred"_s,   u"resumed"_s,  u"rejected"_s,
           u"forwarded"_s, u"marked_duplicate"_s, u"dispatched"_s, u"returned"_s, u"acknowledged"_s,
           u"responded"_s, u"reopened"_s,         u"closed"_s};
    const QStringList neverConflicting
        = {u"escalated"_s, u"assigned"_s, u"released"_s, u"note_added"_s, u"step_done"_s, u"step_reopened"_s,
           u"identity_revealed"_s, u"attachment_added"_s};
    CHECK(stateChanging.size() + neverConflicting.size() == codesOf<EventType>().size());
    for (const QString &code : codesOf<EventType>()) {
        INFO(code.toStdString());
        REQUIRE((stateChanging.contains(code) || neverConflicting.contains(code)));
        CHECK(isStateChanging(*fromCode<EventType>(code)) == stateChanging.contains(code));
    }
}
