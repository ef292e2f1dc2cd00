#include "Projection.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString str(const QJsonObject &payload, const QString &key) { return payload.value(key).toString(); }

void setIfPresent(QString &field, const QJsonObject &payload, const QString &key)
{
    if (payload.contains(key))
        field = payload.value(key).toString();
}

void setIfPresent(bool &field, const QJsonObject &payload, const QString &key)
{
    if (payload.contains(key))
        field = payload.value(key).toBool();
}

void applyReceived(Complaint &c, const Event &event)
{
    const QJsonObject &p = event.payload;
    c.id = event.complaintId;
    c.trackingId = str(p, u"tracking_id"_s);
    c.externalRef = str(p, u"external_ref"_s);
    c.channel = fromCode<Channel>(str(p, u"channel"_s)).value_or(Channel::Lapor);
    c.receivedAt = QDateTime::fromString(str(p, u"received_at"_s), Qt::ISODateWithMs).toUTC();
    c.title = str(p, u"title"_s);
    c.body = str(p, u"body"_s);
    c.classification = fromCode<Classification>(str(p, u"classification"_s)).value_or(Classification::Unset);
    c.category = str(p, u"category"_s);
    c.service = str(p, u"service"_s);
    c.kecamatan = str(p, u"kecamatan"_s);
    c.kelurahan = str(p, u"kelurahan"_s);
    c.address = str(p, u"address"_s);
    c.anonim = p.value(u"anonim"_s).toBool();
    c.rahasia = p.value(u"rahasia"_s).toBool();
    c.state = ComplaintState::Received;
}

} // namespace

Complaint apply(Complaint c, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.known) {
        switch (event.type) {
        case EventType::Received:
            applyReceived(c, event);
            break;
        case EventType::Verified:
            c.classification = fromCode<Classification>(str(p, u"classification"_s)).value_or(c.classification);
            setIfPresent(c.category, p, u"category"_s);
            setIfPresent(c.service, p, u"service"_s);
            setIfPresent(c.title, p, u"title"_s);
            setIfPresent(c.anonim, p, u"anonim"_s);
            setIfPresent(c.rahasia, p, u"rahasia"_s);
            c.state = ComplaintState::Verified;
            break;
        case EventType::Deferred:
            c.state = ComplaintState::Deferred;
            break;
        case EventType::Resumed:
            c.state = ComplaintState::Received;
            break;
        case EventType::Rejected:
            c.state = ComplaintState::Rejected;
            break;
        case EventType::Forwarded:
            c.agency = str(p, u"agency"_s);
            c.state = ComplaintState::Forwarded;
            break;
        case EventType::MarkedDuplicate:
            c.duplicateOf = QUuid::fromString(str(p, u"duplicate_of"_s));
            c.state = ComplaintState::Duplicate;
            break;
        case EventType::Dispatched:
            c.opd = str(p, u"opd"_s);
            c.cycle = p.value(u"cycle"_s).toInt(c.cycle + 1);
            c.state = ComplaintState::Dispatched;
            break;
        case EventType::Returned:
            // The OPD stays recorded in the returned event; the complaint is back with the command center.
            c.opd.clear();
            c.state = ComplaintState::Verified;
            break;
        case EventType::Acknowledged:
            c.state = ComplaintState::InProgress;
            break;
        case EventType::Responded:
            c.state = ComplaintState::Responded;
            break;
        case EventType::Reopened:
            c.cycle = p.value(u"cycle"_s).toInt(c.cycle + 1);
            c.state = ComplaintState::InProgress;
            break;
        case EventType::Closed:
            c.state = ComplaintState::Closed;
            break;
        case EventType::Escalated:
            c.escalated = true;
            break;
        case EventType::Assigned:
            c.assignee = str(p, u"assignee"_s);
            break;
        case EventType::Released:
            c.assignee.clear();
            break;
        case EventType::NoteAdded:
        case EventType::StepDone:
        case EventType::StepReopened:
        case EventType::IdentityRevealed:
        case EventType::AttachmentAdded: // listed from the history (attachments/AttachmentMeta.h)
            break;
        }
    }
    c.version = event.version;
    c.updatedAt = event.at;
    return c;
}

} // namespace rabeg
