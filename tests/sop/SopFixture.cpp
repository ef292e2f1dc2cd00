#include "SopFixture.h"

#include "domain/Projection.h"
#include "refdata/ReferenceLoader.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace sop {

const ReferenceData &shipped()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

const WorkingCalendar &calendar()
{
    static const WorkingCalendar days(shipped().calendar);
    return days;
}

QDateTime wib(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), Qt::UTC).addSecs(-7 * 3600);
}

Actor operatorActor() { return {u"op.rina"_s, Role::Operator, {}}; }
Actor liaisonOf(const QString &opd) { return {u"liaison-"_s + opd.toLower(), Role::Liaison, opd}; }

Case::Case(const ReferenceLookup &reference, int number)
    : m_reference(reference), m_id(QUuid::createUuidV5(QUuid(), u"sop-case-%1"_s.arg(number)))
{
}

Result<QList<EventDraft>, Refusal> Case::act(CommandType type, const Actor &actor, const QDateTime &at,
                                             const QJsonObject &payload)
{
    Command command{QUuid::createUuidV5(m_id, QString::number(m_events.size())), type, m_id,
                    m_complaint ? m_complaint->version : 0, 1, payload};
    DecisionContext context{actor, at, u"SRG-2026-0000001"_s, &m_reference, &m_events};
    const auto decision = decide(m_complaint, command, context);
    if (!decision.ok())
        return decision;
    for (const EventDraft &draft : decision.value()) {
        Event event;
        event.id = QUuid::createUuidV5(m_id, u"event-%1"_s.arg(m_events.size()));
        event.type = draft.type;
        event.typeName = toCode(draft.type);
        event.complaintId = m_id;
        event.version = (m_complaint ? m_complaint->version : 0) + 1;
        event.at = at;
        event.actor = actor;
        event.commandId = command.commandId;
        event.payload = draft.payload;
        m_complaint = apply(m_complaint.value_or(Complaint{}), event);
        m_events.append(event);
    }
    return decision;
}

Case &Case::must(CommandType type, const Actor &actor, const char *wibTime, const QJsonObject &payload)
{
    const auto decision = act(type, actor, wib(wibTime), payload);
    INFO(toCode(type).toStdString() << " at " << wibTime << ": "
                                    << (decision.ok() ? std::string("ok") : decision.error().message.toStdString()));
    REQUIRE(decision.ok());
    return *this;
}

Case &Case::received(const char *wibTime, const QString &service)
{
    must(CommandType::Intake, operatorActor(), wibTime,
         {{u"channel"_s, u"lapor"_s}, {u"title"_s, u"Aduan layanan"_s}, {u"body"_s, u"Mohon ditindaklanjuti."_s}});
    const Service *known = shipped().service(service);
    REQUIRE(known);
    return must(CommandType::Verify, operatorActor(), wibTime,
                {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, known->category}, {u"service"_s, service}});
}

Case &Case::dispatched(const char *wibTime, const QString &opd)
{
    return must(CommandType::Dispatch, operatorActor(), wibTime, {{u"opd"_s, opd}});
}

Case &Case::acknowledged(const char *wibTime)
{
    return must(CommandType::Acknowledge, liaisonOf(complaint().opd), wibTime, {});
}

Case &Case::stepDone(const char *wibTime, const QString &step, bool byPhone)
{
    const Actor actor = byPhone ? operatorActor() : liaisonOf(complaint().opd);
    return must(CommandType::CompleteStep, actor, wibTime, {{u"step"_s, step}, {u"note"_s, u"Selesai."_s}});
}

Case &Case::stepReopened(const char *wibTime, const QString &step)
{
    return must(CommandType::ReopenStep, liaisonOf(complaint().opd), wibTime,
                {{u"step"_s, step}, {u"reason"_s, u"Data belum lengkap."_s}});
}

Case &Case::returned(const char *wibTime)
{
    return must(CommandType::Return, liaisonOf(complaint().opd), wibTime,
                {{u"reason"_s, u"other_opd"_s}, {u"note"_s, u"Bukan layanan kami."_s}});
}

Checklist Case::checklistAt(const char *wibTime) const
{
    const SopCatalog *catalog = m_reference.sopCatalog();
    REQUIRE(catalog);
    return checklistOf(m_events, *catalog, calendar(), wib(wibTime));
}

} // namespace sop
