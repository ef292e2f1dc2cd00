#include "DomainFixture.h"
#include "codec/PayloadSchema.h"
#include "domain/Projection.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// The expected permission table, written from DESIGN.md ("Domain", "People") and NOT derived from the
// implementation's table. A trainer plays every part of a class; an admin runs the system but only adds notes;
// the hub (system) only escalates and closes.
struct Permission
{
    const char16_t *command;
    const char16_t *roles; // who may issue it
    const char16_t *states; // in which states it applies
    const char16_t *event; // the event it produces
    const char16_t *after; // the state after that event; empty: unchanged
};

constexpr char16_t kCenter[] = u"operator supervisor trainer";
constexpr char16_t kCenterAndSystem[] = u"operator supervisor trainer system";
constexpr char16_t kCenterAndLiaison[] = u"operator supervisor trainer liaison";
constexpr char16_t kAllButSystem[] = u"operator supervisor trainer admin liaison";
constexpr char16_t kAtOpd[] = u"dispatched in_progress";
constexpr char16_t kOpen[] = u"received deferred verified dispatched in_progress responded";
constexpr char16_t kAll[]
    = u"received deferred verified rejected forwarded duplicate dispatched in_progress responded closed";

// clang-format off
const Permission kExpected[] = {
    // command             roles                          states                event                state after
    {u"verify",            kCenter,                       u"received",          u"verified",         u"verified"},
    {u"defer",             kCenter,                       u"received",          u"deferred",         u"deferred"},
    {u"resume",            kCenter,                       u"deferred",          u"resumed",          u"received"},
    {u"reject",            kCenter,                       u"received deferred", u"rejected",         u"rejected"},
    {u"not_our_authority", kCenter,                       u"received verified", u"forwarded",        u"forwarded"},
    {u"mark_duplicate",    kCenter,                       u"received verified", u"marked_duplicate", u"duplicate"},
    {u"dispatch",          kCenter,                       u"verified",          u"dispatched",       u"dispatched"},
    {u"return",            u"liaison supervisor trainer", kAtOpd,               u"returned",         u"verified"},
    {u"acknowledge",       u"liaison trainer",            u"dispatched",        u"acknowledged",     u"in_progress"},
    {u"respond",           u"liaison trainer",            u"in_progress",       u"responded",        u"responded"},
    {u"reopen",            kCenter,                       u"responded",         u"reopened",         u"in_progress"},
    {u"close",             kCenterAndSystem,              u"responded",         u"closed",           u"closed"},
    {u"escalate",          u"supervisor trainer system",  kOpen,                u"escalated",        u""},
    {u"assign",            kCenter,                       kOpen,                u"assigned",         u""},
    {u"claim",             kCenter,                       kOpen,                u"assigned",         u""},
    {u"release",           kCenter,                       kOpen,                u"released",         u""},
    {u"add_note",          kAllButSystem,                 kAll,                 u"note_added",       u""},
    {u"complete_step",     kCenterAndLiaison,             kAtOpd,               u"step_done",        u""},
    {u"reopen_step",       kCenterAndLiaison,             kAtOpd,               u"step_reopened",    u""},
    {u"reveal_identity",   u"supervisor admin",           kAll,                 u"identity_revealed", u""},
    {u"add_attachment",    kCenterAndLiaison,             kAll,                 u"attachment_added", u""},
};
// clang-format on

// A liaison acts only while the complaint is with their own OPD: in these states, and complaint.opd == theirs.
constexpr char16_t kLiaisonScope[] = u"dispatched in_progress responded";

QSet<QString> words(const char16_t *text)
{
    const QStringList list = QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(list.begin(), list.end());
}

struct ActorCase
{
    const char *name;
    Actor actor;
    bool ownOpd; // for liaisons: is the complaint dispatched to their OPD?
};

QList<ActorCase> allActors()
{
    return {
        {"operator", fixture::operatorActor(), false},
        {"supervisor", fixture::supervisorActor(), false},
        {"trainer", fixture::trainerActor(), false},
        {"admin", fixture::adminActor(), false},
        {"system", fixture::systemActor(), false},
        {"liaison of the complaint's OPD", fixture::ownLiaison(), true},
        {"liaison of another OPD", fixture::otherLiaison(), false},
    };
}

enum class Outcome { Allowed, RoleNotAllowed, OutOfScope, WrongState };

std::string outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return "allowed";
    case Outcome::RoleNotAllowed:
        return "refused: role not allowed";
    case Outcome::OutOfScope:
        return "refused: out of scope";
    case Outcome::WrongState:
        return "refused: wrong state";
    }
    return "?";
}

std::string outcomeOf(const Result<QList<EventDraft>, Refusal> &decision)
{
    if (decision.ok())
        return outcomeName(Outcome::Allowed);
    switch (decision.error().kind) {
    case Refusal::Kind::RoleNotAllowed:
        return outcomeName(Outcome::RoleNotAllowed);
    case Refusal::Kind::OutOfScope:
        return outcomeName(Outcome::OutOfScope);
    case Refusal::Kind::WrongState:
        return outcomeName(Outcome::WrongState);
    default:
        return fixture::describe(decision.error());
    }
}

// Check order: role, then a liaison's scope, then the state.
Outcome expectedOutcome(const Permission &permission, const ActorCase &actor, const QString &state)
{
    if (!words(permission.roles).contains(toCode(actor.actor.role)))
        return Outcome::RoleNotAllowed;
    if (actor.actor.role == Role::Liaison && (!actor.ownOpd || !words(kLiaisonScope).contains(state)))
        return Outcome::OutOfScope;
    if (!words(permission.states).contains(state))
        return Outcome::WrongState;
    return Outcome::Allowed;
}

} // namespace

TEST_CASE("the expected table names every command type except intake exactly once", "[domain][lifecycle]")
{
    QStringList listed;
    for (const Permission &permission : kExpected)
        listed.append(QString::fromUtf16(permission.command));
    QStringList all = codesOf<CommandType>();
    all.removeOne(u"intake"_s);
    CHECK(listed == all);
}

TEST_CASE("every command in every state from every actor is allowed or refused as the permission table says",
          "[domain][lifecycle]")
{
    int allowed = 0;
    int cells = 0;
    for (const Permission &permission : kExpected) {
        const auto type = fromCode<CommandType>(QStringView(permission.command));
        REQUIRE(type);
        for (const QString &stateCode : codesOf<ComplaintState>()) {
            const ComplaintState state = *fromCode<ComplaintState>(stateCode);
            const Complaint complaint = fixture::complaintIn(state);
            for (const ActorCase &actor : allActors()) {
                INFO(QString::fromUtf16(permission.command).toStdString()
                     << " by " << actor.name << " while " << stateCode.toStdString());
                const auto decision = decide(complaint, fixture::commandFor(*type), fixture::contextFor(actor.actor));
                const Outcome expected = expectedOutcome(permission, actor, stateCode);
                CHECK(outcomeOf(decision) == outcomeName(expected));
                ++cells;
                if (!decision.ok() || expected != Outcome::Allowed)
                    continue;
                ++allowed;
                // An allowed cell really produces its one event, which the strict codec accepts and which moves
                // the complaint to the expected state.
                REQUIRE(decision.value().size() == 1);
                const EventDraft &draft = decision.value().first();
                CHECK(toCode(draft.type) == QString::fromUtf16(permission.event));
                const Status schema = checkEventPayload(draft.type, draft.payload, DecodeMode::Strict);
                CHECK(schema.value_or(Error {}).message == QString());
                Event event;
                event.type = draft.type;
                event.complaintId = complaint.id;
                event.version = complaint.version + 1;
                event.at = fixture::now();
                event.payload = draft.payload;
                const Complaint after = apply(complaint, event);
                const QString expectedState
                    = *permission.after ? QString::fromUtf16(permission.after) : toCode(complaint.state);
                CHECK(toCode(after.state) == expectedState);
                CHECK(after.version == 6);
            }
        }
    }
    CHECK(cells == 21 * 10 * 7);
    // Pins how many cells the expected table allows (counted by hand), so that an edit to it is deliberate.
    // reveal_identity: supervisor and admin in all 10 states; add_attachment: operator, supervisor and trainer in all
    // 10 states (30) and the OPD's own liaison in its 3 states (3)
    CHECK(allowed == 231);
}

TEST_CASE("the permission table the UI reads agrees with the expected table", "[domain][lifecycle]")
{
    for (const Permission &permission : kExpected) {
        const auto type = *fromCode<CommandType>(QStringView(permission.command));
        INFO(QString::fromUtf16(permission.command).toStdString());
        QSet<QString> states;
        for (ComplaintState state : statesAllowing(type))
            states.insert(toCode(state));
        CHECK(states == words(permission.states));
        for (const QString &roleCode : codesOf<Role>()) {
            INFO(roleCode.toStdString());
            CHECK(roleMayIssue(*fromCode<Role>(roleCode), type) == words(permission.roles).contains(roleCode));
        }
    }
    INFO("intake");
    for (const QString &roleCode : codesOf<Role>())
        CHECK(roleMayIssue(*fromCode<Role>(roleCode), CommandType::Intake) == words(kCenter).contains(roleCode));
}

TEST_CASE("intake of a new complaint is for the command center only", "[domain][lifecycle]")
{
    for (const ActorCase &actor : allActors()) {
        INFO(actor.name);
        const auto decision
            = decide(std::nullopt, fixture::commandFor(CommandType::Intake), fixture::contextFor(actor.actor));
        const bool center = words(kCenter).contains(toCode(actor.actor.role));
        CHECK(outcomeOf(decision) == outcomeName(center ? Outcome::Allowed : Outcome::RoleNotAllowed));
        if (decision.ok()) {
            REQUIRE(decision.value().size() == 1);
            CHECK(decision.value().first().type == EventType::Received);
        }
    }
}
