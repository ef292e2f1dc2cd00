#include "AlertFixture.h"

#include <catch2/catch.hpp>

#include "domain/Lifecycle.h"
#include "domain/Projection.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace alerttest {

const ReferenceData &shipped()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

QDateTime wib(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), Qt::UTC).addSecs(-7 * 3600);
}

Actor operatorRina()
{
    return {u"op.rina"_s, Role::Operator, {}};
}

Actor supervisorBudi()
{
    return {u"spv.budi"_s, Role::Supervisor, {}};
}

Actor liaisonOf(const QString &opd)
{
    return {u"liaison-"_s + opd.toLower(), Role::Liaison, opd};
}

AlertRecipient recipientOf(const Actor &actor)
{
    return {actor.user, actor.role, actor.opd};
}

AlertCache::AlertCache() : m_path(m_dir.filePath(u"cache.sqlite"_s))
{
    REQUIRE(m_dir.isValid());
    static int opened = 0; // one connection name per cache: a test may hold two
    const Status status = m_cache.open(m_path, u"alerts-fixture-%1"_s.arg(++opened));
    REQUIRE_FALSE(status);
    REQUIRE_FALSE(m_cache.setMeta(u"bootstrapped"_s, u"1"_s));
}

QUuid AlertCache::id(int number) const
{
    return QUuid::createUuidV5(QUuid(), u"alert-complaint-%1"_s.arg(number));
}

QString AlertCache::trackingId(int number) const
{
    return u"SRG-2026-%1"_s.arg(number, 6, 10, QChar(u'0'));
}

AlertCache &AlertCache::play(int number, CommandType type, const Actor &actor, const char *at,
                             const QJsonObject &payload)
{
    const QUuid complaintId = id(number);
    QList<Event> &events = m_events[number];
    const std::optional<Complaint> before
        = m_complaints.contains(number) ? std::optional<Complaint>(m_complaints.value(number)) : std::nullopt;
    const QDateTime now = wib(at);
    const Command command {QUuid::createUuidV5(complaintId, QString::number(events.size())), type, complaintId,
                           before ? before->version : 0, 1, payload};
    const auto decision = decide(before, command, {actor, now, trackingId(number), &shipped(), &events});
    INFO(toCode(type).toStdString() << " at " << at << ": "
                                    << (decision.ok() ? std::string("ok") : decision.error().message.toStdString()));
    REQUIRE(decision.ok());
    Complaint state = before.value_or(Complaint {});
    for (const EventDraft &draft : decision.value()) {
        Event event;
        event.seq = ++m_seq;
        event.id = QUuid::createUuidV5(complaintId, u"event-%1"_s.arg(events.size()));
        event.type = draft.type;
        event.typeName = toCode(draft.type);
        event.complaintId = complaintId;
        event.version = state.version + 1;
        event.at = now;
        event.actor = actor;
        event.commandId = command.commandId;
        event.payload = draft.payload;
        state = apply(state, event);
        events.append(event);
    }
    m_complaints.insert(number, state);
    ComplaintRepository repository(m_cache);
    REQUIRE_FALSE(repository.begin());
    REQUIRE_FALSE(repository.put(state, events));
    REQUIRE_FALSE(repository.commit());
    return *this;
}

AlertCache &AlertCache::received(int number, const QString &title, const char *at)
{
    return play(number, CommandType::Intake, operatorRina(), at,
                {{u"channel"_s, u"lapor"_s}, {u"title"_s, title}, {u"body"_s, u"Mohon segera ditindaklanjuti."_s}});
}

AlertCache &AlertCache::dispatched(int number, const char *at, const QString &opd)
{
    const Service *known = shipped().service(u"pju"_s);
    REQUIRE(known);
    play(number, CommandType::Verify, operatorRina(), at,
         {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, known->category}, {u"service"_s, u"pju"_s}});
    return play(number, CommandType::Dispatch, operatorRina(), at, {{u"opd"_s, opd}});
}

AlertCache &AlertCache::assigned(int number, const char *at, const Actor &by, const QString &to)
{
    return play(number, CommandType::Assign, by, at, {{u"assignee"_s, to}});
}

void evaluateAt(AlertCenter &center, const char *at)
{
    const Status status = center.evaluate(wib(at));
    INFO((status ? status->message.toStdString() : std::string()));
    REQUIRE_FALSE(status);
}

QStringList deliveredSummary(const AlertCenter &center)
{
    QStringList out;
    for (const Alert &alert : center.delivered())
        out.append(u"%1 %2 %3"_s.arg(toCode(alert.kind), alert.trackingId,
                                     alert.inDigest() ? u"digest"_s : u"now"_s));
    return out;
}

} // namespace alerttest
