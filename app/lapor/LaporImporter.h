#pragma once

#include "LaporSource.h"
#include "domain/Command.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <functional>
#include <memory>

namespace rabeg {

class HeldIdentities;

// What the import did with one report of the source.
struct LaporRowOutcome
{
    enum class Kind {
        Intake, // a new complaint queued (intake command)
        Change, // a status change queued as our command (close, reopen, not our authority, reject)
        Unchanged, // known already, or the change already made or queued: nothing to do
        Skipped, // a status that cannot be applied here; the message says why and what to do
    };
    int row = 0;
    QString trackingId;
    Kind kind = Kind::Unchanged;
    QString message;
};

struct LaporImportResult
{
    QString source;
    int rowsRead = 0;
    QList<LaporProblem> problems; // rows the source could not read (nothing queued for them)
    QList<LaporRowOutcome> outcomes;
    QList<Command> queued; // in the order they went into the outbox
    int reportersHeld = 0; // reporters' names held in memory for the sync to send with their intake
    int reportersLeftOut = 0; // reporters' names not imported: no sync in this process to hand them to

    int count(LaporRowOutcome::Kind kind) const;
};

// Turns what a LaporSource delivers into commands in the workstation's outbox, which the sync sends like any other
// (offline too). Ids are derived from the LAPOR! tracking id (LaporIds.h), and the import looks at the cache and
// the outbox first, so importing the same export twice queues nothing the second time, and the hub treats a
// repeated intake, or one with a known LAPOR! reference, as the same complaint. A changed status becomes our
// command when the shared state machine allows it on the complaint as cached (LaporStatus.h); a status that cannot
// be applied is reported with its reason. Every command of one import is queued in one transaction.
class LaporImporter
{
public:
    // `hubNow`: hub time, which a report's stated date is bounded by (the hub accepts up to 30 days back).
    LaporImporter(LocalCache &cache, const ReferenceData &reference, std::function<QDateTime()> hubNow);

    // Where the reporters' names go: held in this process's memory until the sync sends each with its intake (the
    // sync engine's identity path), never into the outbox. Without it (a headless import) names are not imported.
    void setIdentities(std::shared_ptr<HeldIdentities> identities) { m_identities = std::move(identities); }

    Result<LaporImportResult> import(LaporSource &source);

private:
    // Every command of one import in one transaction.
    Status enqueue(const QList<Command> &commands, const QDateTime &now);

    LocalCache &m_cache;
    const ReferenceData &m_reference;
    std::function<QDateTime()> m_hubNow;
    std::shared_ptr<HeldIdentities> m_identities;
};

} // namespace rabeg
