#pragma once

#include "domain/ReporterIdentity.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QUuid>

#include <functional>
#include <optional>

namespace rabeg {

// Reporter identities typed at intake and not yet on the hub (DESIGN.md: no cache holds identity in plaintext, and
// the outbox is a table of the cache). The intake command waits in the outbox without its identity; the sync
// engine's push adds it to the request it sends (withIdentity) and forgets it when the hub confirms the complaint.
// They are held in this process's memory; where the role may see identities and the OS keychain holds the
// workstation's vault key, a keeper (ui/identity/WorkstationVault) also seals each one into the vault file as it
// is held, deletes it when it is forgotten, and puts the sealed ones back here after a restart (restore): until it
// has, intakes wait (awaitKeeper). Only what is not sealed is lost if the application ends before the hub has it;
// the form and the status bar say so. Shared by the GUI thread (which holds) and the sync thread (which sends and
// forgets): thread-safe.
class HeldIdentities
{
public:
    HeldIdentities() = default;
    Q_DISABLE_COPY_MOVE(HeldIdentities)

    struct Keeper
    {
        // Called on the thread that holds (the GUI's), after the identity is held; not under this object's lock.
        std::function<void(const QUuid &, const ReporterIdentity &, const QJsonObject &unmaskedText)> held;
        // Called on the thread that forgets (the sync thread when the hub confirmed).
        std::function<void(const QUuid &)> forgotten;
    };
    // Sets (or with {} clears) the keeper; once this returns, the previous keeper is not called any more.
    void setKeeper(Keeper keeper);

    // `unmaskedText`: the intake's free-text fields as typed where the outbox keeps them masked (PreparedIntake).
    void hold(const QUuid &complaint, const ReporterIdentity &identity, const QJsonObject &unmaskedText = {});
    // Holds one the keeper kept sealed from before a restart, marked sealed; the keeper is not called.
    void restore(const QUuid &complaint, const ReporterIdentity &identity, const QJsonObject &unmaskedText);
    std::optional<ReporterIdentity> find(const QUuid &complaint) const;
    void forget(const QUuid &complaint);
    bool holds(const QUuid &complaint) const;
    int count() const;

    // The keeper sealed the complaint's identity: closing the application no longer loses it.
    void markSealed(const QUuid &complaint);
    bool isSealed(const QUuid &complaint) const;
    void markAllUnsealed();
    // Held in memory only: lost if the application ends now.
    int countUnsealed() const;

    // While set, an intake whose identity is not held here is not sent (mayPush false): the keeper has not yet
    // put back what it sealed before a restart (the keychain answers asynchronously).
    void awaitKeeper(bool waiting);
    bool mayPush(const QUuid &complaint) const;

    // The encoded intake command with the identity held for its complaint in its payload (as the hub's intake
    // schema reads it) and its unmasked text, or unchanged when none is held.
    QJsonObject withIdentity(const QUuid &complaint, QJsonObject encodedCommand) const;

    // The identity's fields as the hub's intake schema reads them (empty ones left out), and back.
    static QJsonObject fieldsOf(const ReporterIdentity &identity);
    static ReporterIdentity fromFields(const QJsonObject &fields);

private:
    mutable QMutex m_mutex;
    struct Held
    {
        ReporterIdentity identity;
        QJsonObject text;
        bool sealed = false;
    };
    QHash<QUuid, Held> m_held;
    bool m_awaitingKeeper = false;
    QMutex m_keeperMutex; // held while the keeper is called, so clearing it waits for a call in progress
    Keeper m_keeper;
};

} // namespace rabeg
