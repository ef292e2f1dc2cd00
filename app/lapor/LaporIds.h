#pragma once

#include <QUuid>

namespace rabeg {

// Ids derived from a LAPOR! tracking id (UUIDv5), so that every workstation importing the same report makes the
// same complaint id and the same command ids: a second import, or an import of the same file elsewhere, is the same
// command to the hub (idempotent by command id) about the same complaint.
namespace laporIds {

// The namespace of every id below: UUIDv5 of the URL namespace and "https://www.lapor.go.id/".
QUuid laporNamespace();
// "#1234567" for "1234567", "# 1234567" or "#1234567"; empty when `raw` is not a LAPOR! tracking id (4-12 digits).
QString normalizedTrackingId(const QString &raw);
QUuid complaintId(const QString &trackingId);
QUuid intakeCommandId(const QString &trackingId);
// A status change seen in an export, applied on top of the complaint's version `baseVersion`: another change of the
// same kind later (after a new cycle) gets another id.
QUuid statusCommandId(const QString &trackingId, const QString &statusCode, qint64 baseVersion);

} // namespace laporIds
} // namespace rabeg
