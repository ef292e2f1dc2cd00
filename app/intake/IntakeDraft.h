#pragma once

#include "core/Result.h"
#include "domain/Command.h"
#include "domain/ReporterIdentity.h"

#include <QDateTime>

#include <optional>

namespace rabeg {

// What the operator typed in the intake form for a walk-in or phone complaint (issue 7).
struct IntakeDraft
{
    Channel channel = Channel::WalkIn;
    QString title;
    QString body;
    QString service; // service code; empty when not known yet
    QString category; // the service's category
    QString kecamatan;
    QString kelurahan;
    QString address;
    bool anonim = false;
    bool rahasia = false;
    std::optional<QDateTime> receivedAt; // an earlier arrival the operator states (UTC); none: the hub's arrival
    ReporterIdentity identity;
};

// An intake ready to queue: the command as the outbox keeps it (never with the identity: the outbox is a table of
// the cache on disk) and the identity, which only the sync engine's push adds to the request (HeldIdentities).
struct PreparedIntake
{
    Command command; // its free text masked as the hub masks what it sends (a NIK or phone typed in the text)
    ReporterIdentity identity;
    // The free-text fields as typed, where masking changed them: held in memory with the identity and sent with it,
    // so the hub keeps the whole text while the outbox, on disk, holds only the masked one.
    QJsonObject unmaskedText;
};

// Checks the draft as the hub will and makes the intake command with a new client-made complaint id and command
// id. Every refusal is a sentence for the operator. `hubNow` bounds a stated arrival time as the hub does
// (decideIntake: not in the future, at most 30 days back); the hub still judges it at its own time.
Result<PreparedIntake> prepareIntake(const IntakeDraft &draft, const QDateTime &hubNow);

// A NIK is exactly 16 digits (the empty NIK is allowed: the reporter may not give one).
bool isValidNik(const QString &nik);

} // namespace rabeg
