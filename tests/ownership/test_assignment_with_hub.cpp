// Assignment against a real hub on loopback: it never conflicts (DESIGN.md, "Commands and conflicts"), so two
// operators assigning the same complaint at once both succeed and the later one owns it; and what the hub refuses
// about ownership, it refuses with a sentence.
#include "TestClient.h"
#include "TestHub.h"
#include "store/ComplaintRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QList<Event> assignments(TestHub &hub, const QUuid &id)
{
    const auto history = hub.store().history(id);
    REQUIRE(history.ok());
    QList<Event> out;
    for (const Event &event : history.value()) {
        if (event.type == EventType::Assigned)
            out.append(event);
    }
    return out;
}

QString code(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString message(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"message"_s).toString();
}

} // namespace

TEST_CASE("two operators assigning the same complaint at once both succeed, without a conflict, and the later wins")
{
    TestHub hub({10, StoreKind::Demo, true});
    hub.addUser(u"operator2"_s, Role::Operator);
    hub.addUser(u"operator3"_s, Role::Operator);
    const QUuid id = hub.verified(u"supervisor"_s);
    QTemporaryDir dir;
    TestClient first(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    TestClient second(hub.url(), u"operator2"_s, dir.filePath(u"operator2.sqlite"_s));
    first.requireSync();
    second.requireSync();
    const qint64 base = hub.version(id);
    REQUIRE(first.cachedVersion(id) == base);
    REQUIRE(second.cachedVersion(id) == base);

    // Both decide on the same version: one gives it to operator3, the other takes it.
    first.enqueue(CommandType::Assign, id, {{u"assignee"_s, u"operator3"_s}});
    second.enqueue(CommandType::Claim, id, {});
    first.requireSync();
    second.requireSync(); // its base version is now behind the hub's, with an assignment it has not seen

    CHECK(first.outbox().isEmpty()); // nothing stopped: no conflict, no refusal
    CHECK(second.outbox().isEmpty());
    const QList<Event> recorded = assignments(hub, id);
    REQUIRE(recorded.size() == 2);
    CHECK(recorded.at(0).payload.value(u"assignee"_s).toString() == u"operator3"_s);
    CHECK(recorded.at(0).actor.user == u"operator"_s);
    CHECK(recorded.at(1).payload.value(u"assignee"_s).toString() == u"operator2"_s);
    CHECK(recorded.at(1).actor.user == u"operator2"_s);
    CHECK(recorded.at(0).version == base + 1);
    CHECK(recorded.at(1).version == base + 2);
    CHECK(hub.store().complaint(id).value()->assignee == u"operator2"_s);
    CHECK(hub.store().complaint(id).value()->state == ComplaintState::Verified);

    // Both workstations end with the later owner and both events in their history.
    first.requireSync();
    CHECK(first.cached(id)->assignee == u"operator2"_s);
    CHECK(second.cached(id)->assignee == u"operator2"_s);
    int inFirst = 0;
    const auto history = ComplaintRepository(first.cache()).history(id);
    REQUIRE(history.ok());
    for (const Event &event : history.value())
        inFirst += event.type == EventType::Assigned;
    CHECK(inFirst == 2);
}

TEST_CASE("the hub answers an assignment at an old base version with 200, never 409")
{
    TestHub hub({10, StoreKind::Demo, true});
    hub.addUser(u"operator2"_s, Role::Operator);
    const QUuid id = hub.verified(u"supervisor"_s);
    const qint64 base = hub.version(id);
    hub.run(u"operator"_s, CommandType::Claim, id, {});
    const HubResponse late = hub.send(
        u"operator2"_s,
        TestHub::command(CommandType::Assign, id, base, {{u"assignee"_s, u"supervisor"_s}}, hub.store().info().epoch));
    INFO(late.body.toStdString());
    CHECK(late.status == 200);
    CHECK(hub.store().complaint(id).value()->assignee == u"supervisor"_s);
}

TEST_CASE("releasing a complaint nobody owns is refused with a sentence")
{
    TestHub hub({10, StoreKind::Demo, true});
    const QUuid id = hub.verified(u"supervisor"_s);
    const HubResponse response = hub.send(
        u"operator"_s, TestHub::command(CommandType::Release, id, hub.version(id), {}, hub.store().info().epoch));
    CHECK(response.status == 422);
    CHECK(message(response) == u"Nobody owns this complaint."_s);
}

TEST_CASE("assigning to a name the hub does not know, or to an OPD liaison, is refused with a sentence")
{
    TestHub hub({10, StoreKind::Demo, true});
    const QUuid id = hub.verified(u"supervisor"_s);
    const auto assignTo = [&](const QString &name) {
        return hub.send(u"operator"_s,
                        TestHub::command(CommandType::Assign, id, hub.version(id), {{u"assignee"_s, name}},
                                         hub.store().info().epoch));
    };
    const HubResponse unknown = assignTo(u"op.tidakada"_s);
    CHECK(unknown.status == 422);
    CHECK(code(unknown) == u"unknown_assignee"_s);
    CHECK(message(unknown)
          == u"There is no command center user \"op.tidakada\" on this hub: choose a colleague from the list."_s);
    const HubResponse liaison = assignTo(hub.reference().opds.first().code.toLower().prepend(u"liaison-"_s));
    CHECK(liaison.status == 422);
    CHECK(code(liaison) == u"unknown_assignee"_s);
    CHECK(hub.store().complaint(id).value()->assignee.isEmpty());
    CHECK(assignments(hub, id).isEmpty());
}
