#pragma once

#include "core/Result.h"
#include "domain/Actor.h"
#include "domain/Event.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <functional>
#include <variant>

namespace rabeg {

struct CommandOutcome;

// Reference-data events (DESIGN.md, "Event log": reference data changes are events too) belong to no complaint.
// They live in the same log as complaint events (same seq, hash chain and pull feed) under the nil complaint id,
// numbered by their own version: the reference stream (docs/sop.md, "Publication through the hub").
inline const QUuid kReferenceStream {};

// What a reference append writes: the wire type, the payload, and the OPD it concerns ("" for all), which decides
// which liaisons see it in their feed.
struct ReferenceDraft
{
    QString type;
    QJsonObject payload;
    QString opd;
};

// A reference append, idempotent on (user, command id) like a command. `decide` runs under the append lock on the
// reference events so far, so two hub processes never both publish the same version; it returns the event to
// append or the outcome that refuses it (remembered like a refused command).
struct ReferenceAppend
{
    QUuid commandId;
    Actor actor;
    QString workstation;
    QDateTime now; // hub time
    QByteArray requestDigest;
    std::function<std::variant<ReferenceDraft, CommandOutcome>(const QList<Event> &stream)> decide;
    // Optional: what else changes with the event, in its transaction after it is appended (an account's row for
    // the admin's user changes, UserAdminRoute); an error rolls both back.
    std::function<Status()> apply;
};

} // namespace rabeg
