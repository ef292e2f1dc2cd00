// The hub answers every client in English; a workstation in Indonesian words the refusal itself (HubRefusal.h).
// Here with the shipped Indonesian translation: by the shared core's own translation, by code (with the figure the
// sentence needs), and the hub's sentence where the code is unknown or the workstation is in English.
#include <catch2/catch.hpp>

#include "HubRefusal.h"
#include "Language.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QJsonObject refusal(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}};
}

} // namespace

TEST_CASE("in Indonesian, the hub's English refusals are worded by their code")
{
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    CHECK(HubRefusal::text(u"bad_credentials"_s, u"The user name or the password is wrong."_s)
          == u"Nama pengguna atau kata sandi salah."_s);
    // The colleague's name from the hub's sentence (the handover's refusal, "unknown colleague").
    CHECK(HubRefusal::text(u"unknown_assignee"_s,
                           u"There is no command center user \"op.tidakada\" on this hub: choose a colleague from "
                           u"the list."_s)
          == u"Hub tidak mengenal pengguna command center \"op.tidakada\": pilih rekan dari daftar."_s);
    // The minutes from the hub's sentence.
    CHECK(HubRefusal::text(u"account_locked"_s,
                           u"This account is locked after repeated failed logins. Try again in 15 minutes, or ask an "
                           u"administrator to unlock it."_s)
          == u"Akun ini dikunci karena berulang kali gagal masuk. Coba lagi dalam 15 menit, atau minta admin "
             u"membukanya."_s);
    // A field's problem after its path: the path as it is, a known problem in Indonesian with what it names.
    CHECK(HubRefusal::text(u"invalid_field"_s, u"days[3].date: \"2026-02-30\" is not a date such as 2026-03-18"_s)
          == u"days[3].date: \"2026-02-30\" bukan tanggal seperti 2026-03-18"_s);
    CHECK(HubRefusal::text(u"invalid_field"_s, u"days[0].opd: unknown OPD \"DISHUB2\""_s)
          == u"days[0].opd: OPD \"DISHUB2\" tidak dikenal"_s);
    // What the sentence names is carried over as it is, a "%2" in it too.
    CHECK(HubRefusal::text(u"invalid_field"_s, u"clocks[0].start_events[1]: \"50%2\" is not an event"_s)
          == u"clocks[0].start_events[1]: \"50%2\" bukan an event"_s);
    // A name with quotes of its own, whole.
    CHECK(HubRefusal::text(u"step_already_done"_s, u"The step \"Cek \"lapangan\"\" is already done."_s)
          == u"Langkah \"Cek \"lapangan\"\" sudah selesai."_s);
    // An unknown problem (a newer hub's check) keeps the hub's sentence, which names the field.
    CHECK(HubRefusal::text(u"invalid_field"_s, u"days[3].date: too far in the future"_s)
          == u"days[3].date: too far in the future"_s);
    // A request this workstation built wrong says so, and keeps the hub's sentence.
    const QString shape = HubRefusal::text(u"malformed_json"_s, u"The body is not JSON."_s);
    CHECK(shape.startsWith(u"Hub tidak dapat membaca permintaan workstation ini"_s));
    CHECK(shape.contains(u"(The body is not JSON.)"_s));
    CHECK(HubRefusal::fromBody(refusal(u"weak_password"_s, u"A password needs at least 10 characters."_s))
              .startsWith(u"Kata sandi ini terlalu lemah."_s));
}

TEST_CASE("a sentence of the shared core is translated word for word before its code is looked at")
{
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    // The lifecycle's own sentence, as the hub (no translator) sends it.
    const QString core = QCoreApplication::translate("Lifecycle", "Nobody owns this complaint.");
    REQUIRE(core != u"Nobody owns this complaint."_s);
    CHECK(HubRefusal::text(u"not_assigned"_s, u"Nobody owns this complaint."_s) == core);
    // The same sentence under a code this workstation has no wording for: still translated.
    CHECK(HubRefusal::text(u"some_newer_code"_s, u"Nobody owns this complaint."_s) == core);
}

TEST_CASE("what the workstation cannot word stays the hub's own sentence")
{
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    // A newer hub's code.
    CHECK(HubRefusal::text(u"quota_exceeded"_s, u"The OPD has used its quota."_s) == u"The OPD has used its quota."_s);
    // A figure the sentence needs is missing from the hub's sentence: the hub's own, never "dalam  menit".
    CHECK(HubRefusal::text(u"account_locked"_s, u"Locked."_s) == u"Locked."_s);
    // No sentence at all: the code, so that it can be looked up.
    CHECK(HubRefusal::text(u"quota_exceeded"_s, QString()).contains(u"quota_exceeded"_s));
    // Nothing refused (a pending command's empty code and sentence): nothing to say.
    CHECK(HubRefusal::text(QString(), QString()).isEmpty());
    // No error object.
    CHECK(HubRefusal::fromBody({{u"ok"_s, true}}).isEmpty());
}

TEST_CASE("in English the hub's own sentence is shown, with its particulars")
{
    Language english;
    REQUIRE(english.use(u"en"_s));
    const QString sentence
        = u"There is already an account \"andi\": choose another user name, or change that account."_s;
    CHECK(HubRefusal::text(u"duplicate_username"_s, sentence) == sentence);
    CHECK(HubRefusal::text(u"account_locked"_s, u"Locked for 15 minutes."_s) == u"Locked for 15 minutes."_s);
}
