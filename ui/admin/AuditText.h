#pragma once

#include <QJsonObject>
#include <QString>

namespace rabeg {

// How the Users and Audit tabs word what the log holds (docs/admin.md): a role code as a person reads it, and a
// reference event of any type as a kind, a one-line summary and its stated reason. Types this client does not
// know (reference data added after it was built) are worded from their payload's own fields.
QString roleText(const QString &code);
QString auditKindText(const QString &type);
QString auditSummary(const QString &type, const QJsonObject &payload);
// The stated reason: "reason" or, for the SLA policy and calendar, "why".
QString auditReason(const QJsonObject &payload);

} // namespace rabeg
