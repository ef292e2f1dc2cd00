#pragma once

#include "AuditEntry.h"
#include "HubSchema.h"
#include "HubStore.h"
#include "IdentityKey.h"

#include <functional>
#include <memory>

class QSqlQuery;

namespace rabeg {

struct DemoComplaint;

// HubStore over Qt Sql: SQLite (WAL; appends serialized by BEGIN IMMEDIATE) or PostgreSQL (QPSQL; appends
// serialized by pg_advisory_xact_lock, so that seq order is commit order). One instance per thread.
class ItemCache;

class SqlHubStore final : public HubStore
{
public:
    // spec: "sqlite:/path/to/hub.sqlite" or "postgresql://user:password@host:port/database".
    // A store that does not exist yet is created as `kindIfNew`, with a random store id.
    static Result<std::unique_ptr<SqlHubStore>> open(const QString &spec, StoreKind kindIfNew,
                                                     const QString &connectionName);
    ~SqlHubStore() override;
    static bool isPostgresSpec(const QString &spec);
    // A connection (not yet open) to the database a spec names; invalid when the spec is neither form.
    static QSqlDatabase addConnection(const QString &spec, const QString &connectionName);

    StoreInfo info() const override { return m_info; }
    Result<qint64> head() override;
    Result<CommandOutcome> execute(const AppendRequest &request) override;
    Result<CommandOutcome> appendReference(const ReferenceAppend &request) override; // SqlHubReference.cpp
    Result<QList<Event>> referenceEvents(qint64 afterVersion) override;
    Result<FeedPage> events(qint64 after, int limit, const Actor &reader) override;
    Result<SnapshotPage> snapshot(const QString &after, int limit, const Actor &reader) override;
    Result<StoredFeedPage> storedEvents(qint64 after, int limit, const Actor &reader) override;
    Result<StoredSnapshotPage> storedSnapshot(const QString &after, int limit, const Actor &reader) override;
    Result<FeedCursor> appendFeedItems(qint64 after, int limit, const Actor &reader,
                                       QByteArray &out) override; // SqlHubFeed.cpp
    Result<std::optional<Complaint>> complaint(const QUuid &id) override;
    Result<QList<Event>> history(const QUuid &id) override;
    Result<std::optional<ReporterIdentity>> identity(const QUuid &complaintId) override;
    Result<std::optional<AttachmentRecord>> attachment(const QUuid &complaintId,
                                                       const QUuid &attachmentId) override; // SqlHubAttachments.cpp
    Result<qint64> addUser(const UserRecord &user) override;
    Result<std::optional<UserRecord>> user(const QString &username) override;
    Result<std::optional<UserRecord>> userById(qint64 id) override;
    Status addToken(const QByteArray &tokenHash, qint64 userId, qint64 scopeVersion, const QDateTime &expires) override;
    Result<std::optional<std::pair<UserRecord, qint64>>> tokenUser(const QByteArray &tokenHash,
                                                                const QDateTime &now) override;
    Result<int> revokeToken(const QByteArray &tokenHash) override; // SqlHubAccounts.cpp
    Result<int> revokeTokens(qint64 userId) override;
    Status setPassword(qint64 userId, const QString &passwordHash) override;
    Result<QList<UserRecord>> users() override;
    Status updateUser(const UserRecord &user) override;
    Result<QList<qint64>> rateBuckets(const QStringList &names) override; // SqlRateBuckets.cpp
    Result<qint64> raiseRateBucket(const QString &name, qint64 nowMs, qint64 addMs) override;
    Status clearRateBuckets(const QStringList &names) override;
    Status pruneRateBuckets(const QString &prefix, qint64 nowMs) override;
    Result<std::optional<qint64>> verifyChain() override;
    void setSlaPolicy(const QList<SlaClock> &clocks) override;
    Result<QString> scheduleBasis() override;
    Status rebuildSchedule(const QString &basis) override;
    Result<qint64> recomputeSchedule(const QList<QDate> &changed, const WorkingCalendar &calendar,
                                     const QString &basis, const QDateTime &now) override;
    Status recordScheduleBasis(const QString &basis) override;
    Result<QList<ScheduledCheck>> dueChecks(const QDateTime &now, int limit) override;
    Status postponeCheck(const ScheduledCheck &check, const QDateTime &checkAt) override;
    Status dropCheck(const ScheduledCheck &check) override;

    // The PostgreSQL channel an append notifies, with the new head as payload (LogListener listens).
    static constexpr char kLogChannel[] = "rabeg_log";

    // Demo stores only: appends generated histories as they are (their own times and actors), chained and
    // hashed like any event, in one transaction per batch. The identities go to the identity table.
    Status importDemo(const QList<DemoComplaint> &batch);

    // Maintenance (SqlHubMaintenance.cpp). A consistent copy of a SQLite store taken while the hub runs
    // (VACUUM INTO a new file); PostgreSQL stores are backed up with pg_dump instead.
    Status backupTo(const QString &file);
    // After a restore from a backup: a new epoch, so every workstation bootstraps again and re-sends the
    // commands it has not seen confirmed. Returns the new epoch.
    Result<qint64> beginNewEpoch();

    // Identity at rest (SqlHubIdentity.cpp). The key that seals the identity table, checked against the fingerprint
    // the store recorded with its first key: another key is refused with a sentence that says so. Identities stored
    // before the store had a key are sealed now. Without a key set, a SQLite store takes the key file beside it
    // (identityKeyFileBeside, made when missing: demo and training stores, tests, tools); `serve` insists on a key
    // of its own for a production store, and a PostgreSQL store without one refuses to store or read identities.
    Status setIdentityKey(const IdentityKey &key);
    static QString identityKeyFileBeside(const QString &spec); // empty for PostgreSQL

    // The audit log (SqlHubAudit.cpp, AuditEntry.h): entries of a complaint (non-null id), or of [from, to).
    Result<AuditEntry> appendAudit(const AuditEntry &entry) override;
    Result<QList<AuditEntry>> auditEntries(const QUuid &complaint, const QDateTime &from, const QDateTime &to);
    Result<std::optional<AuditEntry>> auditHead();
    // The first audit entry whose hash or link does not hold, or nothing when the chain is intact.
    Result<std::optional<qint64>> verifyAuditChain();
    // The retention purge: deletes the identities (with their digest salts) of complaints in a final state since
    // before `cutoff`, and says so in one audit entry, in one transaction. The event log is not touched, so its
    // chain still holds; the events' reporter digests can no longer be tied to anyone. Returns how many.
    Result<qint64> purgeIdentities(const QDateTime &cutoff, int olderThanDays, const QDateTime &now);
    // For the audit export (SqlHubAudit.cpp): the last event's seq and hash (0 and the genesis hash when empty);
    // a complaint's id by its tracking number; the events (stored canonical JSON) of [from, to), of every complaint.
    Result<std::pair<qint64, QString>> chainHead();
    Result<QUuid> complaintByTracking(const QString &trackingId);
    Result<QList<QByteArray>> storedEventsBetween(const QDateTime &from, const QDateTime &to);
    Result<QList<QByteArray>> storedHistoryOf(const QUuid &id);

    QSqlDatabase database() const;
    bool isPostgres() const { return m_dialect.postgres; }
    // The process's cache of whole blocks of page items (ItemCache.h), shared by its read threads; used for the pull
    // pages of a PostgreSQL store read by someone who sees every event. Null: every page is read from the store.
    void setItemCache(std::shared_ptr<ItemCache> cache) { m_itemCache = std::move(cache); }
    // Test only: appends without the PostgreSQL advisory lock, to show that a sequence alone lets a reader skip
    // an event that commits late.
    void setAppendLockForTesting(bool on) { m_appendLock = on; }
    // Test only: called inside execute()'s transaction after the events took their seq, just before the commit,
    // so that a test can hold one committer open while another commits.
    void setBeforeCommitForTesting(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    SqlHubStore() = default;
    Status begin();
    Status commit();
    void rollback();
    Result<CommandOutcome> executeLocked(const AppendRequest &request);
    Result<CommandOutcome> appendReferenceLocked(const ReferenceAppend &request);
    Result<QList<QByteArray>> storedHistoryUpTo(const QUuid &id, qint64 version);
    QString textColumn(const QString &column) const; // a JSON text column, selected as UTF-8 bytes
    // Schedule upkeep inside an append's transaction (SqlHubSchedule.cpp): `appended` just went into the log,
    // leaving the complaint in `state`.
    Status scheduleAppended(const QList<Event> &appended, const Complaint &state);
    Status scheduleCycle(const QUuid &complaint, const SlaClock &clock, const Event &start);

    Result<QString> sealIdentity(const QString &json); // SqlHubIdentity.cpp
    Status insertAttachment(const AttachmentRecord &record); // SqlHubAttachments.cpp, inside an append
    Result<AuditEntry> appendAuditLocked(const AuditEntry &entry); // SqlHubAudit.cpp
    Result<IdentityKey> identityKey();

    QString m_connection;
    QString m_spec;
    std::optional<IdentityKey> m_identityKey;
    HubDialect m_dialect;
    StoreInfo m_info;
    bool m_appendLock = true;
    std::function<void()> m_beforeCommit;
    std::shared_ptr<ItemCache> m_itemCache;
    std::unique_ptr<QSqlQuery> m_tokenQuery; // SqlHubAccounts.cpp: prepared once, on this store's connection
    QList<SlaClock> m_policy; // the clocks that act on breach; empty: appends mark the schedule stale
};

} // namespace rabeg
