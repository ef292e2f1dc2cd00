#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace rabeg {

// One entry of the hub's audit log: who saw or revealed a reporter's identity, and the hub's own acts on personal
// data (the retention purge). Hash-chained like the event log but apart from it, so that a view (which changes
// nothing in a complaint) neither grows the complaint's history nor reaches the caches; `rabeg-hub audit verify`
// walks both chains. No personal data goes into an entry: it names the complaint, never the reporter.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;     // a username, or "rabeg-hub" for the hub's own jobs
    QString action;    // identity_viewed, identity_revealed, retention_purge, audit_exported
    QUuid complaintId; // null for acts on the whole store
    QJsonObject detail;
    QString prevHash;
    QString hash;
};

// SHA-256 (hex) over the previous entry's hash and the canonical JSON (RFC 8785) of everything else.
QString auditHash(const AuditEntry &entry);
QJsonObject encodeAuditEntry(const AuditEntry &entry);

} // namespace rabeg
