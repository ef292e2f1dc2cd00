#include "HubStoreFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

qint64 stateVersion(const CommandOutcome &outcome)
{
    return outcome.body.value(u"state"_s).toObject().value(u"version"_s).toInteger();
}

} // namespace

TEST_CASE("a replayed command returns the stored result and appends nothing", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QUuid id = hub.intake();

    const AppendRequest note
        = hub.request(operatorActor(), hub.command(CommandType::AddNote, id, notePayload(u"Pelapor ditelepon."_s), 1));
    const CommandOutcome first = hub.execute(note);
    requireOk(first);
    CHECK(first.body.value(u"events"_s).toArray().size() == 1);
    const qint64 headAfterFirst = hub.head();

    SECTION("the same request again")
    {
        const CommandOutcome replayed = hub.execute(note);
        CHECK(replayed.status == 200);
        CHECK(replayed.body == first.body);
        CHECK(hub.head() == headAfterFirst);
    }
    SECTION("the same request again after the complaint moved on, and after a restart")
    {
        hub.sendOk(operatorActor(), CommandType::Verify, id, verifyPayload());
        const qint64 headBefore = hub.head();
        hub.reopen();
        const CommandOutcome replayed = hub.execute(note);
        CHECK(replayed.status == 200);
        CHECK(replayed.body == first.body);
        CHECK(hub.head() == headBefore);
    }
    SECTION("a refusal is replayed as a refusal")
    {
        const AppendRequest dispatch
            = hub.request(operatorActor(), hub.command(CommandType::Dispatch, id, dispatchPayload(kDishub), 2));
        const CommandOutcome refused = hub.execute(dispatch);
        CHECK(refused.status == 422);
        CHECK(errorCode(refused) == u"wrong_state"_s);
        hub.sendOk(operatorActor(), CommandType::Verify, id, verifyPayload());
        const qint64 headBefore = hub.head();
        // Now the dispatch would be allowed, but this command was answered already.
        const CommandOutcome replayed = hub.execute(dispatch);
        CHECK(replayed.status == 422);
        CHECK(replayed.body == refused.body);
        CHECK(hub.head() == headBefore);
    }
}

TEST_CASE("the same command id with another body is refused as command_id_reused", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QUuid id = hub.intake();

    const Command original = hub.command(CommandType::AddNote, id, notePayload(u"Pelapor ditelepon."_s), 1);
    requireOk(hub.execute(hub.request(operatorActor(), original)));
    const qint64 headBefore = hub.head();

    Command changed = original;
    changed.payload = notePayload(u"Pelapor tidak bisa dihubungi."_s);
    const CommandOutcome refused = hub.execute(hub.request(operatorActor(), changed));
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == u"command_id_reused"_s);
    CHECK(hub.head() == headBefore);

    // Keys are per user: a colleague's command that happens to carry the same id is a command of its own.
    const CommandOutcome colleague = hub.execute(hub.request(otherOperatorActor(), changed));
    CHECK(colleague.status == 200);
    CHECK(hub.head() > headBefore);
}

TEST_CASE("a note by someone else after the client's read does not conflict with its command", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QUuid id = hub.intake();
    hub.sendOk(operatorActor(), CommandType::Verify, id, verifyPayload());
    const qint64 read = hub.versionOf(id);

    // A colleague notes something, and ticks an escalation flag: neither changes the state.
    hub.sendOk(otherOperatorActor(), CommandType::AddNote, id, notePayload(u"Sudah dicek di lokasi."_s));
    hub.sendOk(supervisorActor(), CommandType::Escalate, id, {{u"reason"_s, u"Perhatian pimpinan."_s}});
    REQUIRE(hub.versionOf(id) == read + 2);

    const CommandOutcome dispatched = hub.execute(
        hub.request(operatorActor(), hub.command(CommandType::Dispatch, id, dispatchPayload(kDishub), read)));
    requireOk(dispatched);
    CHECK(stateVersion(dispatched) == read + 3);
    CHECK(dispatched.body.value(u"state"_s).toObject().value(u"state"_s).toString() == u"dispatched"_s);
}

TEST_CASE("a dispatch by someone else after the client's read is a conflict with the current state", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QUuid id = hub.intake();
    hub.sendOk(operatorActor(), CommandType::Verify, id, verifyPayload());
    const qint64 read = hub.versionOf(id); // the supervisor looked at it here

    hub.sendOk(operatorActor(), CommandType::Dispatch, id, dispatchPayload(kDishub));
    const qint64 headBefore = hub.head();

    // The supervisor, not having seen the dispatch, sends it back: the state machine allows it, the base does not.
    const Command stale = hub.command(CommandType::Return, id, returnPayload(), read);
    const CommandOutcome conflict = hub.execute(hub.request(supervisorActor(), stale));
    CHECK(conflict.status == 409);
    CHECK(errorCode(conflict) == u"conflict"_s);
    const QJsonObject current = conflict.body.value(u"state"_s).toObject();
    CHECK(current.value(u"state"_s).toString() == u"dispatched"_s);
    CHECK(current.value(u"opd"_s).toString() == QString::fromUtf16(kDishub));
    CHECK(current.value(u"version"_s).toInteger() == read + 1);
    CHECK(hub.head() == headBefore);

    // A conflict is not remembered: having seen the dispatch, the supervisor may send the same command again.
    Command seen = stale;
    seen.baseVersion = read + 1;
    requireOk(hub.execute(hub.request(supervisorActor(), seen)));

    // And an author's own state changes never conflict with their older reads.
    const qint64 ownRead = hub.versionOf(id);
    hub.sendOk(supervisorActor(), CommandType::Dispatch, id, dispatchPayload(kPupr));
    requireOk(
        hub.execute(hub.request(supervisorActor(), hub.command(CommandType::Return, id, returnPayload(), ownRead))));
}

TEST_CASE("a command from before a restore skips the conflict check but not the state machine", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QUuid id = hub.intake();
    hub.sendOk(operatorActor(), CommandType::Verify, id, verifyPayload());
    const qint64 read = hub.versionOf(id);
    const qint64 oldEpoch = hub.store().info().epoch;
    hub.sendOk(operatorActor(), CommandType::Dispatch, id, dispatchPayload(kDishub));

    // The hub is restored from a backup: same store, new epoch.
    hub.exec(u"UPDATE hub_meta SET value = ? WHERE key = 'epoch'"_s, {QString::number(oldEpoch + 1)});
    hub.reopen();
    REQUIRE(hub.store().info().epoch == oldEpoch + 1);

    // Made in today's epoch, the stale return is still a conflict.
    const CommandOutcome conflict
        = hub.execute(hub.request(supervisorActor(), hub.command(CommandType::Return, id, returnPayload(), read)));
    CHECK(conflict.status == 409);

    // An unconfirmed command from before the restore the state machine refuses: 422, never a silent success.
    Command verifyAgain = hub.command(CommandType::Verify, id, verifyPayload(), read - 1);
    verifyAgain.baseEpoch = oldEpoch;
    const CommandOutcome refused = hub.execute(hub.request(operatorActor(), verifyAgain));
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == u"wrong_state"_s);

    // One it allows is applied on today's state, although someone else dispatched after its base version.
    Command resent = hub.command(CommandType::Return, id, returnPayload(), read);
    resent.baseEpoch = oldEpoch;
    const CommandOutcome applied = hub.execute(hub.request(supervisorActor(), resent));
    requireOk(applied);
    CHECK(applied.body.value(u"state"_s).toObject().value(u"state"_s).toString() == u"verified"_s);
}
