#include "DomainFixture.h"
#include "domain/Projection.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// Plays commands through decide and folds the events with apply, as the hub does, numbering versions and
// giving each event a time one hour after the last.
class Story
{
public:
    void act(CommandType type, const Actor &actor, const QJsonObject &payload)
    {
        INFO(toCode(type).toStdString() << " by " << actor.user.toStdString());
        Command command = fixture::commandFor(type, payload);
        command.baseVersion = m_complaint ? m_complaint->version : 0;
        DecisionContext context = fixture::contextFor(actor);
        context.now = m_at;
        const auto decision = decide(m_complaint, command, context);
        if (!decision.ok())
            FAIL(fixture::describe(decision.error()));
        for (const EventDraft &draft : decision.value()) {
            Event event;
            event.id = QUuid::createUuidV5(fixture::complaintId(), QString::number(m_events.size()));
            event.type = draft.type;
            event.typeName = toCode(draft.type);
            event.complaintId = fixture::complaintId();
            event.version = (m_complaint ? m_complaint->version : 0) + 1;
            event.at = m_at;
            event.actor = actor;
            event.commandId = command.commandId;
            event.payload = draft.payload;
            m_complaint = apply(m_complaint.value_or(Complaint {}), event);
            m_events.append(event);
        }
        m_at = m_at.addSecs(3600);
    }

    const Complaint &complaint() const { return *m_complaint; }

private:
    std::optional<Complaint> m_complaint;
    QList<Event> m_events;
    QDateTime m_at = QDateTime(QDate(2026, 10, 5), QTime(1, 30), Qt::UTC);
};

Actor liaisonOf(const QString &opd)
{
    return {u"liaison-"_s + opd.toLower(), Role::Liaison, opd};
}

} // namespace

TEST_CASE("the projection of a full story with a return and a reopen gives the expected complaint",
          "[domain][projection]")
{
    const Actor op = fixture::operatorActor();
    Story story;
    story.act(CommandType::Intake, op,
              {{u"channel"_s, u"lapor"_s},
               {u"external_ref"_s, u"LPR5521907"_s},
               {u"title"_s, u"Saluran air tersumbat sampah"_s},
               {u"body"_s, u"Got di Jl. Raya Cilegon depan pasar tersumbat, kalau hujan air meluap ke rumah warga."_s},
               {u"kecamatan"_s, u"SERANG"_s},
               {u"anonim"_s, true}});
    story.act(CommandType::Verify, op,
              {{u"classification"_s, u"pengaduan"_s},
               {u"category"_s, u"infrastruktur-jalan"_s},
               {u"service"_s, u"jalan-rusak"_s},
               {u"title"_s, u"Saluran air tersumbat di Jl. Raya Cilegon"_s}});
    story.act(CommandType::Dispatch, op, {{u"opd"_s, u"DLH"_s}});
    {
        const Complaint &c = story.complaint();
        CHECK(c.state == ComplaintState::Dispatched);
        CHECK(c.opd == u"DLH"_s);
        CHECK(c.cycle == 1);
    }
    story.act(CommandType::Return, liaisonOf(u"DLH"_s), {{u"reason"_s, u"not_our_duty"_s}});
    {
        const Complaint &c = story.complaint();
        CHECK(c.state == ComplaintState::Verified);
        CHECK(c.opd == QString());
        CHECK(c.cycle == 1);
        CHECK(c.version == 4);
    }
    story.act(CommandType::Dispatch, op, {{u"opd"_s, u"PUPR"_s}});
    {
        const Complaint &c = story.complaint();
        CHECK(c.opd == u"PUPR"_s);
        CHECK(c.cycle == 2);
    }
    story.act(CommandType::Acknowledge, liaisonOf(u"PUPR"_s), {});
    story.act(CommandType::Respond, liaisonOf(u"PUPR"_s), {{u"response"_s, u"Saluran sudah dikeruk petugas."_s}});
    story.act(CommandType::Reopen, op, {{u"reason"_s, u"Warga melapor saluran tersumbat lagi."_s}});
    {
        const Complaint &c = story.complaint();
        CHECK(c.state == ComplaintState::InProgress);
        CHECK(c.cycle == 3);
        CHECK(c.opd == u"PUPR"_s);
    }
    story.act(CommandType::Respond, liaisonOf(u"PUPR"_s), {{u"response"_s, u"Sudah dipasang saringan sampah."_s}});
    story.act(CommandType::Close, op, {});

    const Complaint &c = story.complaint();
    CHECK(c.id == fixture::complaintId());
    CHECK(c.state == ComplaintState::Closed);
    CHECK(c.opd == u"PUPR"_s);
    CHECK(c.cycle == 3);
    CHECK(c.version == 10);
    CHECK(c.trackingId == u"SRG-2026-0000124"_s);
    CHECK(c.externalRef == u"LPR5521907"_s);
    CHECK(c.channel == Channel::Lapor);
    CHECK(c.receivedAt == QDateTime(QDate(2026, 10, 5), QTime(1, 30), Qt::UTC));
    CHECK(c.updatedAt == QDateTime(QDate(2026, 10, 5), QTime(10, 30), Qt::UTC));
    CHECK(c.title == u"Saluran air tersumbat di Jl. Raya Cilegon"_s);
    CHECK(c.classification == Classification::Pengaduan);
    CHECK(c.category == u"infrastruktur-jalan"_s);
    CHECK(c.service == u"jalan-rusak"_s);
    CHECK(c.kecamatan == u"SERANG"_s);
    CHECK(c.anonim);
    CHECK_FALSE(c.rahasia);
    CHECK_FALSE(c.escalated);
    CHECK(c.assignee == QString());
    CHECK(c.agency == QString());
    CHECK(c.duplicateOf.isNull());
}

TEST_CASE("an event of an unknown type changes nothing but the version", "[domain][projection]")
{
    const Complaint before = fixture::complaintIn(ComplaintState::InProgress);
    Event unknown;
    unknown.known = false;
    unknown.typeName = u"sop_cancelled"_s;
    unknown.type = EventType::Closed; // whatever the enum holds, an unknown event must not be read as it
    unknown.version = 6;
    unknown.at = fixture::now();
    unknown.payload = {{u"opd"_s, u"DLH"_s}};
    const Complaint after = apply(before, unknown);
    Complaint expected = before;
    expected.version = 6;
    expected.updatedAt = fixture::now();
    CHECK(after == expected);
}

TEST_CASE("forwarding and duplicates and ownership are projected into the complaint", "[domain][projection]")
{
    Complaint c = fixture::complaintIn(ComplaintState::Received);
    Event forwarded;
    forwarded.type = EventType::Forwarded;
    forwarded.payload = {{u"agency"_s, u"POLRESTA"_s}};
    forwarded.version = 6;
    CHECK(apply(c, forwarded).agency == u"POLRESTA"_s);
    CHECK(apply(c, forwarded).state == ComplaintState::Forwarded);

    Event duplicate;
    duplicate.type = EventType::MarkedDuplicate;
    duplicate.payload = {{u"duplicate_of"_s, fixture::otherComplaintId().toString(QUuid::WithoutBraces)}};
    CHECK(apply(c, duplicate).duplicateOf == fixture::otherComplaintId());
    CHECK(apply(c, duplicate).state == ComplaintState::Duplicate);

    Event released;
    released.type = EventType::Released;
    released.payload = {{u"previous"_s, u"op.dede"_s}};
    CHECK(apply(c, released).assignee == QString());
    Event assigned;
    assigned.type = EventType::Assigned;
    assigned.payload = {{u"assignee"_s, u"op.asep"_s}};
    CHECK(apply(c, assigned).assignee == u"op.asep"_s);
}
