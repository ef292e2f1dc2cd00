#include <catch2/catch.hpp>

#include "codec/DomainCodec.h"
#include "deadline/Deadlines.h"
#include "demo/DemoGenerator.h"
#include "domain/Lifecycle.h"
#include "domain/Projection.h"
#include "json/CanonicalJson.h"
#include "refdata/ReferenceLoader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

const ReferenceData &reference()
{
    static const ReferenceData data = [] {
        auto loaded = loadBuiltinReferenceData();
        REQUIRE(loaded.ok());
        return std::move(loaded).value();
    }();
    return data;
}

const DemoCorpus &corpus()
{
    static const DemoCorpus data = [] {
        auto loaded = DemoCorpus::loadBuiltin();
        INFO((loaded.ok() ? std::string() : loaded.error().message.toStdString()));
        REQUIRE(loaded.ok());
        return std::move(loaded).value();
    }();
    return data;
}

std::vector<DemoComplaint> generate(DemoOptions options)
{
    std::vector<DemoComplaint> out;
    DemoGenerator generator(reference(), corpus(), options);
    const Status status = generator.run([&out](const DemoComplaint &one) {
        out.push_back(one);
        return true;
    });
    INFO((status ? status->message.toStdString() : std::string()));
    REQUIRE_FALSE(status);
    return out;
}

DemoOptions withSeed(std::uint64_t seed, qint64 count)
{
    DemoOptions options;
    options.seed = seed;
    options.count = count;
    return options;
}

// The 5,000 complaints most tests look at, made once.
const std::vector<DemoComplaint> &large()
{
    static const std::vector<DemoComplaint> data = generate(withSeed(DemoOptions().seed, 5000));
    return data;
}

// SHA-256 over the canonical bytes of every complaint, every event and every identity, in order.
QByteArray fingerprint(const std::vector<DemoComplaint> &complaints)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DemoComplaint &one : complaints) {
        hash.addData(json::canonicalBytes(encodeComplaint(one.complaint)).value());
        for (const Event &event : one.events)
            hash.addData(eventCanonicalBytes(event));
        const ReporterIdentity &id = one.identity;
        hash.addData(json::canonicalBytes(QJsonArray {id.name, id.nik, id.phone, id.email, id.address}).value());
    }
    return hash.result().toHex();
}

bool hasEvent(const DemoComplaint &one, EventType type)
{
    return std::any_of(one.events.begin(), one.events.end(), [type](const Event &e) { return e.type == type; });
}

// The command that made an event, rebuilt from the event: the fields the lifecycle adds are taken out again.
Command commandBehind(const Event &event)
{
    static const QHash<EventType, std::pair<CommandType, QStringList>> kCommands = {
        {EventType::Received, {CommandType::Intake, {u"tracking_id"_s}}},
        {EventType::Verified, {CommandType::Verify, {}}},
        {EventType::Deferred, {CommandType::Defer, {}}},
        {EventType::Resumed, {CommandType::Resume, {}}},
        {EventType::Rejected, {CommandType::Reject, {}}},
        {EventType::Forwarded, {CommandType::NotOurAuthority, {}}},
        {EventType::MarkedDuplicate, {CommandType::MarkDuplicate, {}}},
        {EventType::Dispatched, {CommandType::Dispatch, {u"cycle"_s, u"sop_template"_s, u"sop_version"_s}}},
        {EventType::Returned, {CommandType::Return, {u"opd"_s}}},
        {EventType::Acknowledged, {CommandType::Acknowledge, {}}},
        {EventType::Responded, {CommandType::Respond, {}}},
        {EventType::Reopened, {CommandType::Reopen, {u"cycle"_s}}},
        {EventType::Closed, {CommandType::Close, {u"automatic"_s}}},
        {EventType::Escalated, {CommandType::Escalate, {}}},
        {EventType::Assigned, {CommandType::Assign, {}}},
        {EventType::Released, {CommandType::Release, {u"previous"_s}}},
        {EventType::NoteAdded, {CommandType::AddNote, {}}},
        {EventType::StepDone, {CommandType::CompleteStep, {u"phone_report"_s}}},
        {EventType::StepReopened, {CommandType::ReopenStep, {u"phone_report"_s}}},
    };
    const auto &[type, added] = kCommands.value(event.type);
    Command command {event.commandId, type, event.complaintId, event.version - 1, 1, event.payload};
    for (const QString &key : added)
        command.payload.remove(key);
    return command;
}

void collectKeys(const QJsonValue &value, QSet<QString> &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys.insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeys(item, keys);
    }
}

double share(int count, std::size_t total)
{
    return double(count) / double(total);
}

} // namespace

TEST_CASE("the demo generator makes the same data from the same seed and other data from another", "[demo]")
{
    const QByteArray first = fingerprint(generate(withSeed(7, 400)));
    const QByteArray again = fingerprint(generate(withSeed(7, 400)));
    const QByteArray other = fingerprint(generate(withSeed(8, 400)));
    CHECK(first == again);
    CHECK(first != other);
    CHECK(first.size() == 64);
    // The first 400 of a longer run are the same 400: complaints are made one at a time, in order.
    std::vector<DemoComplaint> longer = generate(withSeed(7, 600));
    longer.resize(400);
    CHECK(fingerprint(longer) == first);
}

TEST_CASE("five thousand demo complaints have the shares of a busy command center", "[demo]")
{
    const std::vector<DemoComplaint> &all = large();
    REQUIRE(all.size() == 5000);
    QHash<ComplaintState, int> states;
    int escalated = 0, anonim = 0, rahasia = 0, returned = 0, reopened = 0, autoClosed = 0, overdue = 0;
    const QDateTime end = DemoOptions().end;
    for (const DemoComplaint &one : all) {
        const Complaint &c = one.complaint;
        ++states[c.state];
        escalated += c.escalated ? 1 : 0;
        anonim += c.anonim ? 1 : 0;
        rahasia += c.rahasia ? 1 : 0;
        returned += hasEvent(one, EventType::Returned) ? 1 : 0;
        reopened += hasEvent(one, EventType::Reopened) ? 1 : 0;
        for (const Event &e : one.events)
            autoClosed += e.type == EventType::Closed && e.payload.value(u"automatic"_s).toBool() ? 1 : 0;
        // Overdue-ish: still with an OPD more than 14 days after the last dispatch.
        if (c.state == ComplaintState::Dispatched || c.state == ComplaintState::InProgress) {
            QDateTime dispatched;
            for (const Event &e : one.events) {
                if (e.type == EventType::Dispatched)
                    dispatched = e.at;
            }
            overdue += dispatched.addDays(14) < end ? 1 : 0;
        }
    }
    const auto s = [&states](ComplaintState state) { return states.value(state); };
    struct Range
    {
        const char *what;
        int count;
        double low, high;
    };
    const Range ranges[] = {
        {"closed", s(ComplaintState::Closed), 0.40, 0.60},
        {"rejected", s(ComplaintState::Rejected), 0.06, 0.10},
        {"forwarded to an external agency", s(ComplaintState::Forwarded), 0.06, 0.10},
        {"duplicate", s(ComplaintState::Duplicate), 0.035, 0.065},
        {"still received (not yet triaged)", s(ComplaintState::Received), 0.004, 0.02},
        {"deferred", s(ComplaintState::Deferred), 0.0, 0.005},
        {"verified, waiting for dispatch", s(ComplaintState::Verified), 0.01, 0.035},
        {"dispatched, not acknowledged", s(ComplaintState::Dispatched), 0.01, 0.035},
        {"in progress at an OPD", s(ComplaintState::InProgress), 0.09, 0.16},
        {"responded, waiting for the reporter", s(ComplaintState::Responded), 0.03, 0.06},
        {"escalated to the Ombudsman", escalated, 0.13, 0.22},
        {"anonim", anonim, 0.13, 0.17},
        {"rahasia", rahasia, 0.04, 0.06},
        {"returned by a wrong OPD", returned, 0.035, 0.065},
        {"reopened by the reporter", reopened, 0.015, 0.04},
        {"closed by the hub after no reply", autoClosed, 0.09, 0.15},
        {"open at an OPD more than 14 days after dispatch", overdue, 0.05, 0.10},
    };
    for (const Range &range : ranges) {
        INFO(range.what << ": " << range.count << " of " << all.size());
        CHECK(share(range.count, all.size()) >= range.low);
        CHECK(share(range.count, all.size()) <= range.high);
    }
}

TEST_CASE("every OPD that is a service's default route receives demo complaints", "[demo]")
{
    QHash<QString, int> dispatchedTo;
    for (const DemoComplaint &one : large()) {
        for (const Event &e : one.events) {
            if (e.type == EventType::Dispatched)
                ++dispatchedTo[e.payload.value(u"opd"_s).toString()];
        }
    }
    QSet<QString> routes;
    for (const Service &service : reference().services) {
        if (reference().hasOpd(service.route))
            routes.insert(service.route);
    }
    CHECK(routes.size() >= 17);
    for (const QString &opd : routes) {
        INFO(opd.toStdString());
        CHECK(dispatchedTo.value(opd) > 0);
    }
    // Complaints about external agencies are forwarded, never dispatched.
    for (const Agency &agency : reference().agencies)
        CHECK(dispatchedTo.value(agency.code) == 0);
}

TEST_CASE("demo complaints arrive over at least twelve weeks and nothing happens after the end", "[demo]")
{
    const DemoOptions options;
    QDateTime first = options.end, last;
    for (const DemoComplaint &one : large()) {
        first = std::min(first, one.complaint.receivedAt);
        last = std::max(last, one.complaint.receivedAt);
        for (const Event &e : one.events)
            CHECK(e.at <= options.end);
    }
    CHECK(first.daysTo(last) >= 12 * 7);
    CHECK(first >= options.end.addDays(-options.weeks * 7));

    // Fewer than twelve weeks are raised to twelve.
    DemoOptions shortOptions = withSeed(11, 300);
    shortOptions.weeks = 4;
    QDateTime earliest = shortOptions.end;
    for (const DemoComplaint &one : generate(shortOptions))
        earliest = std::min(earliest, one.complaint.receivedAt);
    CHECK(earliest < shortOptions.end.addDays(-6 * 7));
    CHECK(earliest >= shortOptions.end.addDays(-12 * 7));
}

TEST_CASE("every demo history replays through decide and apply to the complaint it came with", "[demo]")
{
    for (const DemoComplaint &one : large()) {
        INFO(one.complaint.trackingId.toStdString());
        REQUIRE_FALSE(one.events.isEmpty());
        REQUIRE(one.events.first().type == EventType::Received);
        const QString trackingId = one.events.first().payload.value(u"tracking_id"_s).toString();
        std::optional<Complaint> state;
        QDateTime previous;
        for (const Event &event : one.events) {
            INFO(toCode(event.type).toStdString() << " at version " << event.version);
            CHECK(event.complaintId == one.complaint.id);
            CHECK(event.version == (state ? state->version : 0) + 1);
            CHECK(event.known);
            if (previous.isValid()) {
                INFO("previous at " << previous.toString(Qt::ISODateWithMs).toStdString() << ", this at "
                                    << event.at.toString(Qt::ISODateWithMs).toStdString());
                CHECK(event.at >= previous);
            }
            previous = event.at;

            // The command behind the event is one the hub accepts, and decides into exactly this event.
            const Command command = commandBehind(event);
            const auto decoded = decodeCommand(encodeCommand(command), DecodeMode::Strict);
            INFO((decoded.ok() ? std::string() : decoded.error().message.toStdString()));
            CHECK(decoded.ok());
            const auto decision = decide(state, command, {event.actor, event.at, trackingId, &reference()});
            INFO((decision.ok() ? std::string() : decision.error().message.toStdString()));
            REQUIRE(decision.ok());
            REQUIRE(decision.value().size() == 1);
            CHECK(decision.value().first().type == event.type);
            CHECK(decision.value().first().payload == event.payload);
            // And the event itself passes the strict codec, as the hub would store it.
            const auto stored = decodeEventBytes(QJsonDocument(encodeEvent(event)).toJson(QJsonDocument::Compact));
            INFO((stored.ok() ? std::string() : stored.error().message.toStdString()));
            CHECK(stored.ok());

            state = apply(state.value_or(Complaint {}), event);
        }
        REQUIRE(state);
        CHECK(*state == one.complaint);
    }
}

TEST_CASE("no reporter identity appears in demo event payloads except a number typed into the text", "[demo]")
{
    int numbersInText = 0;
    for (const DemoComplaint &one : large()) {
        INFO(one.complaint.trackingId.toStdString());
        const ReporterIdentity &id = one.identity;
        REQUIRE(id.nik.size() == 16);
        REQUIRE_FALSE(id.name.isEmpty());
        REQUIRE_FALSE(id.phone.isEmpty());
        QByteArray text;
        for (const Event &event : one.events) {
            QSet<QString> keys;
            collectKeys(event.payload, keys);
            for (const QString &key : {u"identity"_s, u"nik"_s, u"name"_s, u"phone"_s, u"email"_s})
                CHECK_FALSE(keys.contains(key));
            QJsonObject payload = event.payload;
            if (event.type == EventType::Received) {
                // Citizens sometimes put their own number in the text; the generator does so on purpose, at the end.
                QString body = payload.value(u"body"_s).toString();
                const QStringList typedNumbers = {u" NIK saya "_s + id.nik, u" Hubungi sy di "_s + id.phone};
                for (const QString &typed : typedNumbers) {
                    if (body.endsWith(typed)) {
                        body.chop(typed.size());
                        ++numbersInText;
                    }
                }
                payload.insert(u"body"_s, body);
            }
            text += json::canonicalBytes(payload).value();
        }
        CHECK_FALSE(text.contains(id.nik.toUtf8()));
        CHECK_FALSE(text.contains(id.phone.toUtf8()));
        CHECK_FALSE(text.contains(id.name.toUtf8()));
        if (!id.email.isEmpty())
            CHECK_FALSE(text.contains(id.email.toUtf8()));
    }
    // About one complaint in 25 carries the reporter's number in its text.
    CHECK(share(numbersInText, large().size()) >= 0.02);
    CHECK(share(numbersInText, large().size()) <= 0.06);
}

TEST_CASE("demo escalations and auto-closes happen at the instant the deadline core says the clock falls due",
          "[demo]")
{
    DemoOptions options;
    options.count = 3000;
    const WorkingCalendar calendar(reference().calendar);
    int escalations = 0;
    int autoCloses = 0;
    for (const DemoComplaint &demo : generate(options)) {
        for (qsizetype i = 0; i < demo.events.size(); ++i) {
            const Event &event = demo.events.at(i);
            if (event.actor.role != Role::System)
                continue;
            const bool escalation = event.type == EventType::Escalated;
            REQUIRE((escalation || event.type == EventType::Closed));
            const QList<Event> before = demo.events.mid(0, i);
            const BreachAction action = escalation ? BreachAction::Escalate : BreachAction::Close;
            const SlaClock *acting = nullptr;
            for (const SlaClock &clock : reference().sla)
                acting = clock.breach == action ? &clock : acting;
            REQUIRE(acting);
            INFO(demo.complaint.trackingId.toStdString() << " " << event.typeName.toStdString() << " at "
                                                         << event.at.toString(Qt::ISODate).toStdString());
            // A millisecond before the act the clock still runs; at the act it is breached: the scheduler's instant.
            const Deadline justBefore = computeDeadlines(before, {*acting}, calendar, event.at.addMSecs(-1)).first();
            const Deadline atAct = computeDeadlines(before, {*acting}, calendar, event.at).first();
            CHECK(justBefore.state != DeadlineState::Breached);
            CHECK(atAct.state == DeadlineState::Breached);
            CHECK(atAct.dueAt == event.at);
            ++(escalation ? escalations : autoCloses);
        }
        // A follow-up answered by its due time is never escalated.
        for (const Deadline &d : computeDeadlines(demo.events, reference().sla, calendar, demo.events.last().at)) {
            if (d.clock == u"followup"_s && d.state == DeadlineState::Met && d.cycle == 1)
                CHECK_FALSE(demo.complaint.escalated);
        }
    }
    CHECK(escalations > 30);
    CHECK(autoCloses > 30);
}
