#pragma once

#include "AttachmentRecord.h"
#include "AuditEntry.h"
#include "core/Result.h"
#include "domain/Actor.h"
#include "domain/Command.h"
#include "domain/Complaint.h"
#include "domain/Event.h"
#include "domain/ReferenceLookup.h"
#include "domain/ReporterIdentity.h"
#include "refdata/ReferenceTypes.h"
#include "ReferenceStream.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace rabeg {

class WorkingCalendar;

enum class StoreKind { Production, Training, Demo };
QString toCode(StoreKind kind);
std::optional<StoreKind> storeKindFrom(QStringView code);

struct StoreInfo
{
    QString storeId; // random at creation, never changes
    StoreKind kind = StoreKind::Production;
    qint64 epoch = 1; // a restore from a backup gives a new epoch
};

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString name;
    Role role = Role::Operator;
    QString opd;
    bool active = true;
    QString passwordHash; // argon2id, libsodium's string form
    qint64 scopeVersion = 1; // grows when role or OPD change: sessions of the old scope get 409 scope_changed
};

// The stored answer of a command: replayed as it was when the same command_id comes again.
struct CommandOutcome
{
    int status = 200;
    QJsonObject body;
    bool replayed = false; // the stored answer of a command_id seen before: nothing was appended this time
};

// One item of a pull page (DESIGN.md, "Sync protocol"): an event with the complaint's state after it, a
// complaint that left the reader's scope, or a reference-data event.
struct FeedItem
{
    qint64 seq = 0;
    std::optional<Event> event;
    std::optional<Complaint> state;
    QList<Event> history; // when the complaint has just entered the reader's scope
    QUuid removed;        // non-null: this complaint left the reader's scope
};

struct FeedPage
{
    QList<FeedItem> items;
    qint64 next = 0; // the cursor after this page (past events the reader may not see)
    bool more = false;
};

struct SnapshotEntry
{
    Complaint state;
    QList<Event> history;
};

struct SnapshotPage
{
    qint64 head = 0; // the log head when the first page was taken (0 on later pages)
    QList<SnapshotEntry> entries;
    QString next; // key to continue after; empty when done
};

// The same pages as the log stores them: the canonical JSON text of each event and of the complaint's state after
// it (UTF-8, exactly the bytes the log keeps), for the routes that splice stored text into their answer instead of
// decoding and encoding it again (StoredJson masks it on the way out).
struct StoredFeedItem
{
    qint64 seq = 0;
    QByteArray event;
    QByteArray state;
    QList<QByteArray> history; // when the complaint has just entered the reader's scope
    QUuid removed;             // non-null: this complaint left the reader's scope
};

struct StoredFeedPage
{
    QList<StoredFeedItem> items;
    qint64 next = 0;
    bool more = false;
};

// Where a pull page written from the stored page items (FeedItems.h) ends: how many items it holds, the cursor after
// it and whether more follow, as in FeedPage.
struct FeedCursor
{
    qsizetype items = 0;
    qint64 next = 0;
    bool more = false;
};

struct StoredSnapshotEntry
{
    QByteArray state;
    QList<QByteArray> history;
};

struct StoredSnapshotPage
{
    qint64 head = 0;
    QList<QByteArray> reference; // first page only: the reference events the reader may see, up to head
    QList<StoredSnapshotEntry> entries;
    QString next;
};

struct AppendRequest
{
    Command command;
    Actor actor;
    QString workstation;
    QDateTime now;                          // hub time
    const ReferenceLookup *reference = nullptr;
    // Optional: brings `reference` up to what the log holds, run under the append lock before the lifecycle
    // decides (HubReference::refresh), so a change another hub process appended a moment ago is in force.
    std::function<Status()> refreshReference;
    std::optional<ReporterIdentity> identity; // intake only; stored apart, never in the event
    QByteArray requestDigest;               // of the canonical request body: same command_id, other body -> 422
    // Hub-made commands (the scheduler): the version of the complaint the decision was taken on. When the
    // complaint has moved on since, nothing is appended and the answer is 409 stale_decision (not remembered), so
    // the caller decides again on what is there now, under the same serialization as every append.
    std::optional<qint64> decidedOnVersion;
    // add_attachment only (AttachmentRoute): the file, stored in the same transaction as its event.
    std::optional<AttachmentRecord> attachment;
};

// One entry of the hub's schedule (Scheduler.h): a cycle of an SLA clock whose breach the hub acts on, to be
// looked at again from `checkAt` on. `floorAt` is a lower bound of the cycle's due time that no calendar or
// pause can move earlier (N days after the start's WIB day, or N hours): the schedule never waits past a due time.
struct ScheduledCheck
{
    QUuid complaintId;
    QString clock;
    int cycle = 0;
    QDateTime floorAt;
    QDateTime checkAt;
};

// The hub's storage contract, implemented over SQLite and PostgreSQL (SqlHubStore). Appends are serialized so
// that seq order is commit order; the projection, the identity table and idempotency records change in the
// same transaction as the log.
class HubStore
{
public:
    virtual ~HubStore() = default;

    virtual StoreInfo info() const = 0;
    virtual Result<qint64> head() = 0;

    // Runs the command through the lifecycle in one transaction (DESIGN.md, "Commands and conflicts" steps 2-6;
    // authentication and role/scope by the caller's Actor happen in decide()).
    virtual Result<CommandOutcome> execute(const AppendRequest &request) = 0;

    // Reference-data events (ReferenceStream.h): appended under the same lock and chain; read back in order.
    virtual Result<CommandOutcome> appendReference(const ReferenceAppend &request) = 0;
    virtual Result<QList<Event>> referenceEvents(qint64 afterVersion) = 0;

    virtual Result<FeedPage> events(qint64 after, int limit, const Actor &reader) = 0;
    virtual Result<SnapshotPage> snapshot(const QString &after, int limit, const Actor &reader) = 0;
    // events() and snapshot() as stored text: the same items, scope and cursors, nothing decoded.
    virtual Result<StoredFeedPage> storedEvents(qint64 after, int limit, const Actor &reader) = 0;
    virtual Result<StoredSnapshotPage> storedSnapshot(const QString &after, int limit, const Actor &reader) = 0;
    // The items of events() as the answer carries them: each event's stored page item (FeedItems.h, masked already),
    // or the removed item, joined by commas and appended to `out`; same items, scope and cursor as events().
    virtual Result<FeedCursor> appendFeedItems(qint64 after, int limit, const Actor &reader, QByteArray &out) = 0;
    virtual Result<std::optional<Complaint>> complaint(const QUuid &id) = 0;
    virtual Result<QList<Event>> history(const QUuid &id) = 0;
    virtual Result<std::optional<ReporterIdentity>> identity(const QUuid &complaintId) = 0;
    // An attachment's bytes and metadata (AttachmentRecord.h); nothing when the complaint has no such attachment.
    virtual Result<std::optional<AttachmentRecord>> attachment(const QUuid &complaintId, const QUuid &attachmentId) = 0;
    // The audit log (AuditEntry.h): seq, prev_hash and hash are filled in; the entry as written.
    virtual Result<AuditEntry> appendAudit(const AuditEntry &entry) = 0;

    virtual Result<qint64> addUser(const UserRecord &user) = 0;
    virtual Result<std::optional<UserRecord>> user(const QString &username) = 0;
    virtual Result<std::optional<UserRecord>> userById(qint64 id) = 0;
    virtual Status addToken(const QByteArray &tokenHash, qint64 userId, qint64 scopeVersion, const QDateTime &expires) = 0;
    // The user a token belongs to, with the scope version the token was made for; nothing if unknown or expired.
    virtual Result<std::optional<std::pair<UserRecord, qint64>>> tokenUser(const QByteArray &tokenHash,
                                                                        const QDateTime &now) = 0;
    // Ends one session (a logout), or every session of a user (an admin's revoke); the number ended.
    virtual Result<int> revokeToken(const QByteArray &tokenHash) = 0;
    virtual Result<int> revokeTokens(qint64 userId) = 0;
    virtual Status setPassword(qint64 userId, const QString &passwordHash) = 0;
    // Every account, by user name (the admin's list of users; docs/admin.md).
    virtual Result<QList<UserRecord>> users() = 0;
    // Name, role, OPD, active and scope version of the account with `user.id`; the password stays.
    virtual Status updateUser(const UserRecord &user) = 0;

    // Rate buckets shared by every process on the store (LoginGuard): each holds a "theoretical arrival time" in
    // milliseconds since the epoch (GCRA). raise() moves it atomically to max(value, nowMs) + addMs and returns
    // it; a bucket that does not exist reads as 0; clear() drops buckets by name; prune() drops those of a prefix
    // whose time has passed (an empty bucket and a missing one are the same).
    virtual Result<QList<qint64>> rateBuckets(const QStringList &names) = 0;
    virtual Result<qint64> raiseRateBucket(const QString &name, qint64 nowMs, qint64 addMs) = 0;
    virtual Status clearRateBuckets(const QStringList &names) = 0;
    virtual Status pruneRateBuckets(const QString &prefix, qint64 nowMs) = 0;

    // Walks the hash chain; the first seq whose hash does not hold, or nothing when the chain is intact.
    virtual Result<std::optional<qint64>> verifyChain() = 0;

    // The schedule of breach actions (docs/deadlines.md, "The hub's scheduler"). With a policy set, every append
    // keeps the schedule in the same transaction: a start event of a clock that acts on breach adds its cycle, a
    // stop event asks for a look at the stop's time (a response after the due time still escalates), or drops
    // the cycle when it stopped before its floor. Without a policy (tools, tests) an append marks the schedule
    // stale instead, and the scheduler rebuilds it from the log before its next pass.
    virtual void setSlaPolicy(const QList<SlaClock> &clocks) = 0;
    // The basis the schedule was kept on (a digest of the policy and calendar, Scheduler::basisOf); kStaleSchedule
    // after an upgrade or an append without a policy; empty on a store whose schedule every append has kept since
    // its creation but no scheduler has looked at yet.
    virtual Result<QString> scheduleBasis() = 0;
    static constexpr char kStaleSchedule[] = "stale";
    virtual Status recordScheduleBasis(const QString &basis) = 0;
    // Rebuilds the schedule from the log (the clocks of the policy set): each complaint's latest cycle that still
    // runs, or that stopped after its floor. Under the append lock, so no append is lost in between.
    virtual Status rebuildSchedule(const QString &basis) = 0;
    // After a calendar change (PolicyRoute): each scheduled cycle of a working-day clock that spans one of
    // `changed` (sorted; CalendarChange.h) gets its next look at its due time under `calendar`, and `basis` is
    // recorded, in one transaction. Returns how many cycles spanned a changed day.
    virtual Result<qint64> recomputeSchedule(const QList<QDate> &changed, const WorkingCalendar &calendar,
                                             const QString &basis, const QDateTime &now) = 0;
    // Entries to look at by `now`, earliest first.
    virtual Result<QList<ScheduledCheck>> dueChecks(const QDateTime &now, int limit) = 0;
    virtual Status postponeCheck(const ScheduledCheck &check, const QDateTime &checkAt) = 0;
    virtual Status dropCheck(const ScheduledCheck &check) = 0;
};

} // namespace rabeg
