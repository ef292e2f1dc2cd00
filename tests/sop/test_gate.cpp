#include "SopFixture.h"

#include "codec/PayloadSchema.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rabeg;
using sop::Case;
using sop::wib;

namespace {

// A Dishub street-light complaint, acknowledged: critical steps "survei" and "perbaikan" are open.
Case streetLight()
{
    Case c(sop::shipped());
    c.received("2026-01-05 09:00", u"pju"_s).dispatched("2026-01-05 10:00", u"DISHUB"_s);
    c.acknowledged("2026-01-05 11:00");
    return c;
}

auto respond(Case &c, const char *at, QJsonObject payload)
{
    payload.insert(u"response"_s, u"Lampu sudah diganti, terima kasih."_s);
    return c.act(CommandType::Respond, sop::liaisonOf(u"DISHUB"_s), wib(at), payload);
}

} // namespace

TEST_CASE("respond is refused while critical steps are open, naming them", "[sop][gate]")
{
    Case c = streetLight();
    c.stepDone("2026-01-05 12:00", u"telaah-aduan"_s).stepDone("2026-01-06 09:00", u"survei"_s);
    const auto refused = respond(c, "2026-01-06 10:00", {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"critical_steps_open"_s);
    CHECK(refused.error().kind == Refusal::Kind::WrongState);
    CHECK(refused.error().message
          == u"Critical SOP steps are not done yet: 4. Perbaikan atau penggantian lampu PJU. Tick them first, or "
             u"give a reason to respond anyway."_s);
    CHECK(c.complaint().state == ComplaintState::InProgress);
}

TEST_CASE("respond with an override reason is accepted and the event records the reason and the skipped steps",
          "[sop][gate]")
{
    Case c = streetLight();
    const auto accepted = respond(c, "2026-01-06 10:00",
                                  {{u"override_reason"_s, u"Lampu diganti PLN langsung, survei tidak perlu."_s}});
    REQUIRE(accepted.ok());
    const QJsonObject payload = accepted.value().first().payload;
    CHECK(payload.value(u"override_reason"_s) == u"Lampu diganti PLN langsung, survei tidak perlu."_s);
    CHECK(payload.value(u"overridden_steps"_s).toArray() == QJsonArray{u"survei"_s, u"perbaikan"_s});
    CHECK_FALSE(checkEventPayload(EventType::Responded, payload, DecodeMode::Strict));
    CHECK(c.complaint().state == ComplaintState::Responded);
}

TEST_CASE("respond is not gated once every critical step is done, and records no override", "[sop][gate]")
{
    Case c = streetLight();
    c.stepDone("2026-01-06 09:00", u"survei"_s).stepDone("2026-01-07 09:00", u"perbaikan"_s, true);
    // Non-critical steps (the first two, and the answer itself) never hold the answer back.
    const auto accepted = respond(c, "2026-01-07 10:00", {{u"override_reason"_s, u"tidak perlu"_s}});
    REQUIRE(accepted.ok());
    CHECK(accepted.value().first().payload == QJsonObject{{u"response"_s, u"Lampu sudah diganti, terima kasih."_s}});
}

TEST_CASE("a critical step reopened after being done gates respond again", "[sop][gate]")
{
    Case c = streetLight();
    c.stepDone("2026-01-06 09:00", u"survei"_s).stepDone("2026-01-07 09:00", u"perbaikan"_s);
    c.stepReopened("2026-01-07 10:00", u"perbaikan"_s);
    CHECK(respond(c, "2026-01-07 11:00", {}).error().code == u"critical_steps_open"_s);
}

TEST_CASE("a respond override reason of only spaces is no reason", "[sop][gate]")
{
    Case c = streetLight();
    CHECK(respond(c, "2026-01-06 10:00", {{u"override_reason"_s, u"   "_s}}).error().code == u"critical_steps_open"_s);
}

TEST_CASE("without the history (an optimistic preview on a workstation) respond is left to the hub to judge",
          "[sop][gate]")
{
    Case c = streetLight();
    Command command{QUuid::createUuid(), CommandType::Respond, c.id(), c.complaint().version, 1,
                    {{u"response"_s, u"Sudah."_s}}};
    const DecisionContext withoutHistory{sop::liaisonOf(u"DISHUB"_s), wib("2026-01-06 10:00"), {}, &sop::shipped()};
    CHECK(decide(c.complaint(), command, withoutHistory).ok());
    DecisionContext withHistory = withoutHistory;
    withHistory.history = &c.events();
    CHECK(decide(c.complaint(), command, withHistory).error().code == u"critical_steps_open"_s);
    CHECK(needsHistory(CommandType::Respond));
    CHECK(needsHistory(CommandType::CompleteStep));
    CHECK_FALSE(needsHistory(CommandType::Dispatch));
}

TEST_CASE("the codec accepts the new optional fields and refuses malformed ones", "[sop][gate][codec]")
{
    CHECK_FALSE(checkCommandPayload(CommandType::Respond,
                                    {{u"response"_s, u"Sudah."_s}, {u"override_reason"_s, u"Darurat."_s}},
                                    DecodeMode::Strict));
    CHECK_FALSE(checkEventPayload(EventType::Dispatched,
                                  {{u"opd"_s, u"DISHUB"_s},
                                   {u"cycle"_s, 1},
                                   {u"sop_template"_s, u"DISHUB/pju"_s},
                                   {u"sop_version"_s, 1}},
                                  DecodeMode::Strict));
    const Status badSteps = checkEventPayload(
        EventType::Responded,
        {{u"response"_s, u"Sudah."_s}, {u"override_reason"_s, u"x"_s}, {u"overridden_steps"_s, u"survei"_s}},
        DecodeMode::Strict);
    REQUIRE(badSteps);
    CHECK(badSteps->message == u"payload.overridden_steps: expected an array of codes, got a string"_s);
    const Status badVersion = checkEventPayload(
        EventType::Dispatched, {{u"opd"_s, u"DISHUB"_s}, {u"cycle"_s, 1}, {u"sop_version"_s, u"1"_s}},
        DecodeMode::Strict);
    REQUIRE(badVersion);
    CHECK(badVersion->message.startsWith(u"payload.sop_version:"_s));
}
