#include "SqlHubStore.h"

#include "FeedItems.h"
#include "HubLog.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "domain/Lifecycle.h"
#include "domain/Projection.h"
#include "json/CanonicalJson.h"
#include "store/SqliteConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qint64 kAdvisoryLockKey = 72470101; // "RABEG" appends; any constant shared by every hub process

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

// Qt binds a null QString as SQL NULL; these columns hold "no value" as an empty string.
QString nn(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

QString canonicalText(const QJsonObject &json) { return QString::fromUtf8(json::canonicalBytesUnchecked(json)); }

QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

Complaint complaintFrom(const QString &stateJson)
{
    return decodeComplaint(parseObject(stateJson), DecodeMode::Tolerant).value_or(Complaint{});
}


QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}


} // namespace

namespace {
constexpr EnumCode<StoreKind> kStoreKinds[] = {
    {StoreKind::Production, u"production"}, {StoreKind::Training, u"training"}, {StoreKind::Demo, u"demo"}};
} // namespace

QString toCode(StoreKind kind) { return codeFrom<StoreKind>(kStoreKinds, kind); }

std::optional<StoreKind> storeKindFrom(QStringView code) { return valueFrom<StoreKind>(kStoreKinds, code); }

Result<std::unique_ptr<SqlHubStore>> SqlHubStore::open(const QString &spec, StoreKind kindIfNew,
                                                       const QString &connectionName)
{
    std::unique_ptr<SqlHubStore> store(new SqlHubStore);
    store->m_connection = connectionName;
    store->m_spec = spec;
    {
        QSqlDatabase db = addConnection(spec, connectionName);
        if (!db.isValid()) {
            return Error{u"bad_store"_s, u"The store must be sqlite:PATH or postgresql://USER@HOST:PORT/DB, not \""_s
                                             + spec + u"\"."_s};
        }
        store->m_dialect.postgres = isPostgresSpec(spec);
        if (!db.open()) {
            const Error error = sqlError(u"cannot open the hub store"_s, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            store->m_connection.clear();
            return error;
        }
    }
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    if (!store->m_dialect.postgres) {
        // mmap: pages of the log are read in place rather than copied by read() into SQLite's cache for every page
        // served (a tenth of the hub's CPU under P7's load). As much of the file as this SQLite maps (Debian's
        // libsqlite3 at most 2 GB, SQLITE_MAX_MMAP_SIZE): the page items (FeedItems.h), written after the log, sit
        // past the first gigabyte of a store of 50,000 complaints, where pread was a sixth of a read thread's time.
        // secure_delete: what the retention purge deletes (identities, their salts) is overwritten, not left in
        // free pages.
        for (const auto *pragma : {u"PRAGMA journal_mode=WAL", u"PRAGMA synchronous=NORMAL", u"PRAGMA foreign_keys=ON",
                                   u"PRAGMA mmap_size=68719476736", u"PRAGMA secure_delete=ON"})
            q.exec(QString::fromUtf16(pragma));
    }
    auto version = hubSchemaVersion(db);
    if (!version.ok())
        return version.error();
    if (version.value() == 0) {
        if (Status status = createHubSchema(db, store->m_dialect, uuidText(QUuid::createUuid()), toCode(kindIfNew)))
            return *status;
    } else if (version.value() > kHubSchemaVersion) {
        return Error{u"store_too_new"_s, u"This store was made by a newer rabeg-hub (schema %1)."_s.arg(version.value())};
    } else if (version.value() < kHubSchemaVersion) {
        if (Status status = upgradeHubSchema(db, store->m_dialect))
            return *status;
    }
    if (!q.exec(u"SELECT key, value FROM hub_meta"_s))
        return sqlError(u"cannot read the store's identity"_s, q.lastError());
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == u"store_id"_s)
            store->m_info.storeId = q.value(1).toString();
        else if (key == u"kind"_s)
            store->m_info.kind = storeKindFrom(q.value(1).toString()).value_or(StoreKind::Production);
        else if (key == u"epoch"_s)
            store->m_info.epoch = q.value(1).toLongLong();
    }
    return store;
}

bool SqlHubStore::isPostgresSpec(const QString &spec)
{
    return spec.startsWith(u"postgresql://"_s) || spec.startsWith(u"postgres://"_s);
}

QSqlDatabase SqlHubStore::addConnection(const QString &spec, const QString &connectionName)
{
    QSqlDatabase db;
    if (spec.startsWith(u"sqlite:"_s)) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(spec.mid(7));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else if (isPostgresSpec(spec)) {
        const QUrl url(spec);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    return db;
}

SqlHubStore::~SqlHubStore()
{
    m_tokenQuery.reset(); // before the connection goes
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SqlHubStore::database() const { return QSqlDatabase::database(m_connection, false); }

Status SqlHubStore::begin()
{
    QSqlQuery q(database());
    // SQLite: take the write lock now, not at the first write, so two appenders never both read the same head.
    if (!q.exec(m_dialect.postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return sqlError(u"cannot begin a transaction"_s, q.lastError());
    if (m_dialect.postgres && m_appendLock) {
        q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
        q.addBindValue(kAdvisoryLockKey);
        if (!q.exec()) {
            const Error error = sqlError(u"cannot take the append lock"_s, q.lastError());
            rollback();
            return error;
        }
    }
    return std::nullopt;
}

Status SqlHubStore::commit()
{
    QSqlQuery q(database());
    if (!q.exec(u"COMMIT"_s))
        return sqlError(u"cannot commit"_s, q.lastError());
    return std::nullopt;
}

void SqlHubStore::rollback()
{
    QSqlQuery q(database());
    q.exec(u"ROLLBACK"_s);
}

Result<qint64> SqlHubStore::head()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s) || !q.next())
        return sqlError(u"cannot read the log head"_s, q.lastError());
    return q.value(0).toLongLong();
}

Result<CommandOutcome> SqlHubStore::execute(const AppendRequest &request)
{
    if (Status status = begin())
        return *status;
    auto outcome = executeLocked(request);
    if (!outcome.ok()) {
        rollback();
        return outcome;
    }
    if (m_beforeCommit)
        m_beforeCommit();
    if (Status status = commit()) {
        rollback();
        return *status;
    }
    return outcome;
}

Result<CommandOutcome> SqlHubStore::executeLocked(const AppendRequest &r)
{
    QSqlQuery q(database());
    const Command &command = r.command;
    const QString commandId = uuidText(command.commandId);
    const QString digest = QString::fromLatin1(r.requestDigest.toHex());

    // 2. Idempotency per user: the stored result, or a refusal when the same id comes with another body.
    q.prepare(u"SELECT digest, status, body FROM commands WHERE username = ? AND command_id = ?"_s);
    q.addBindValue(r.actor.user);
    q.addBindValue(commandId);
    if (!q.exec())
        return sqlError(u"cannot read idempotency records"_s, q.lastError());
    if (q.next()) {
        if (q.value(0).toString() != digest)
            return CommandOutcome{422, errorBody(u"command_id_reused"_s,
                                                 u"This command id was already used for a different command. "
                                                 u"Send a new command with a new id."_s)};
        return CommandOutcome{q.value(1).toInt(), parseObject(q.value(2).toString()), true};
    }
    const auto remember = [&](CommandOutcome outcome) -> Result<CommandOutcome> {
        QSqlQuery insert(database());
        insert.prepare(u"INSERT INTO commands(username, command_id, digest, status, body, at) VALUES (?,?,?,?,?,?)"_s);
        insert.addBindValue(r.actor.user);
        insert.addBindValue(commandId);
        insert.addBindValue(digest);
        insert.addBindValue(outcome.status);
        insert.addBindValue(canonicalText(outcome.body));
        insert.addBindValue(toWireTime(r.now));
        if (!insert.exec())
            return sqlError(u"cannot store the command's result"_s, insert.lastError());
        return outcome;
    };

    const auto load = [&](const QString &column, const QString &value) -> Result<std::optional<Complaint>> {
        QSqlQuery s(database());
        s.prepare(u"SELECT state_json FROM complaints WHERE "_s + column + u" = ?"_s);
        s.addBindValue(value);
        if (!s.exec())
            return sqlError(u"cannot read a complaint"_s, s.lastError());
        if (!s.next())
            return std::optional<Complaint>();
        return std::optional<Complaint>(complaintFrom(s.value(0).toString()));
    };
    auto loaded = load(u"id"_s, uuidText(command.complaintId));
    if (!loaded.ok())
        return loaded.error();
    std::optional<Complaint> current = loaded.value();
    if (r.decidedOnVersion && (!current || current->version != *r.decidedOnVersion)) {
        return CommandOutcome{409, errorBody(u"stale_decision"_s, u"The complaint changed after the hub decided to "
                                                                  u"act on it; the decision is taken again."_s)};
    }

    QString trackingId;
    QString trackingCounter;
    qint64 trackingSerial = 0;
    Command decided = command;
    decided.payload.remove(u"identity"_s);
    QString identityJson;
    QString identitySalt;
    if (command.type == CommandType::Intake) {
        // Intake is idempotent on the complaint id and on an external (LAPOR!) reference: the same complaint,
        // answered with its state. Only to a role that may take complaints in (the command center, who sees every
        // complaint); anyone else is refused by decide() below like any intake, and learns nothing of a complaint
        // outside their scope (a liaison probing ids or LAPOR! references).
        const QString externalRef = command.payload.value(u"external_ref"_s).toString();
        const bool mayIntake = roleMayIssue(r.actor.role, CommandType::Intake);
        if (!current && !externalRef.isEmpty() && mayIntake) {
            auto byRef = load(u"external_ref"_s, externalRef);
            if (!byRef.ok())
                return byRef.error();
            current = byRef.value();
        }
        if (current && mayIntake) {
            return remember({200, {{u"complaint_id"_s, uuidText(current->id)},
                                   {u"tracking_id"_s, current->trackingId},
                                   {u"known"_s, true},
                                   {u"events"_s, QJsonArray()},
                                   {u"state"_s, encodeComplaint(*current)}}});
        }
        // The city's own number: SRG-<year in WIB>-<serial of that year>.
        const int year = r.now.addSecs(7 * 3600).date().year();
        // The number is only taken (below) once the intake is accepted: a refused intake leaves no gap. Appends
        // are serialized, so nobody else takes it in between.
        trackingCounter = u"tracking-%1"_s.arg(year);
        q.prepare(u"SELECT value FROM counters WHERE name = ?"_s);
        q.addBindValue(trackingCounter);
        if (!q.exec())
            return sqlError(u"cannot number the complaint"_s, q.lastError());
        trackingSerial = (q.next() ? q.value(0).toLongLong() : 0) + 1;
        trackingId = u"SRG-%1-%2"_s.arg(year).arg(trackingSerial, 7, 10, QLatin1Char('0'));

        if (r.identity && !r.identity->isEmpty()) {
            // The event carries only a salted digest; salt and identity live in their own table.
            const QJsonObject identity{{u"name"_s, r.identity->name}, {u"nik"_s, r.identity->nik},
                                       {u"phone"_s, r.identity->phone}, {u"email"_s, r.identity->email},
                                       {u"address"_s, r.identity->address}};
            QByteArray salt(16, Qt::Uninitialized);
            QRandomGenerator::system()->generate(salt.begin(), salt.end());
            identitySalt = QString::fromLatin1(salt.toHex());
            identityJson = canonicalText(identity);
            decided.payload.insert(u"reporter_digest"_s,
                                   QString::fromLatin1(json::sha256Hex(QByteArray(identitySalt.toLatin1() + identityJson.toUtf8()))));
        }
    }

    // 3-4. Role, scope and the state machine, on the reference data in force now (under the lock).
    if (r.refreshReference) {
        if (Status status = r.refreshReference())
            return *status;
    }
    DecisionContext context{r.actor, r.now, trackingId, r.reference};
    // The respond gate and SOP ticks judge the complaint's checklist, which only its history holds.
    QList<Event> past;
    if (current && needsHistory(command.type)) {
        auto events = history(command.complaintId);
        if (!events.ok())
            return events.error();
        past = std::move(events).value();
        context.history = &past;
    }
    const auto decision = decide(current, decided, context);

    // 5. Conflict: a state-changing event by someone else after the version the author worked from. Skipped for a
    // command made before a restore (older epoch): the state machine judges it on today's state alone.
    const bool olderEpoch = command.baseEpoch > 0 && command.baseEpoch < m_info.epoch;
    const auto unseenChange = [&]() -> Result<bool> {
        if (!current || olderEpoch)
            return false;
        q.prepare(u"SELECT COUNT(*) FROM events WHERE complaint_id = ? AND version > ? AND state_changing = 1 "
                  u"AND actor_user <> ?"_s);
        q.addBindValue(uuidText(command.complaintId));
        q.addBindValue(command.baseVersion);
        q.addBindValue(r.actor.user);
        if (!q.exec() || !q.next())
            return sqlError(u"cannot check for conflicts"_s, q.lastError());
        return q.value(0).toLongLong() > 0;
    };
    const auto conflict = [&]() {
        // Not remembered: the author resolves the conflict and may send the same command again.
        QJsonObject body = errorBody(u"conflict"_s, u"Someone else changed this complaint after you read it. "
                                                    u"Compare both versions and decide again."_s);
        body.insert(u"state"_s, encodeComplaint(*current));
        return CommandOutcome{409, body};
    };

    if (!decision.ok()) {
        const Refusal &refusal = decision.error();
        // A command refused only because someone else moved the complaint on (two operators dispatching the same
        // complaint) is a conflict the author must see with both versions, not a bare "wrong state".
        if (refusal.kind == Refusal::Kind::WrongState && refusal.code == u"wrong_state"_s) {
            const auto unseen = unseenChange();
            if (!unseen.ok())
                return unseen.error();
            if (unseen.value())
                return conflict();
        }
        const int status = refusal.isForbidden() ? 403 : refusal.kind == Refusal::Kind::NotFound ? 404 : 422;
        return remember({status, errorBody(refusal.code, refusal.message)});
    }

    bool changesState = false;
    for (const EventDraft &draft : decision.value())
        changesState = changesState || isStateChanging(draft.type);
    if (changesState) {
        const auto unseen = unseenChange();
        if (!unseen.ok())
            return unseen.error();
        if (unseen.value())
            return conflict();
    }

    // 6. Append, chained to the last event of the whole log.
    if (!trackingCounter.isEmpty()) {
        q.prepare(u"INSERT INTO counters(name, value) VALUES (?, ?) "
                  u"ON CONFLICT(name) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(trackingCounter);
        q.addBindValue(trackingSerial);
        if (!q.exec())
            return sqlError(u"cannot number the complaint"_s, q.lastError());
    }
    QString prevHash = QString::fromLatin1(kGenesisHash);
    QDateTime lastAt;
    qint64 lastSeq = 0;
    if (!q.exec(u"SELECT hash, at, seq FROM events ORDER BY seq DESC LIMIT 1"_s))
        return sqlError(u"cannot read the log head"_s, q.lastError());
    if (q.next()) {
        prevHash = q.value(0).toString();
        lastAt = parseWireTime(q.value(1).toString());
        lastSeq = q.value(2).toLongLong();
    }
    Complaint state = current.value_or(Complaint{});
    QJsonArray eventsJson;
    QList<Event> appended;
    for (const EventDraft &draft : decision.value()) {
        Event e;
        if (m_dialect.postgres) {
            if (!q.exec(u"SELECT nextval('event_seq')"_s) || !q.next())
                return sqlError(u"cannot number the event"_s, q.lastError());
            e.seq = q.value(0).toLongLong();
        } else {
            e.seq = lastSeq + 1;
        }
        lastSeq = e.seq;
        e.id = QUuid::createUuid();
        e.type = draft.type;
        e.typeName = toCode(draft.type);
        e.complaintId = command.complaintId;
        e.version = state.version + 1;
        e.at = (lastAt.isValid() && lastAt > r.now) ? lastAt : r.now; // at = max(hub now, previous at)
        e.actor = r.actor;
        e.workstation = r.workstation;
        e.commandId = command.commandId;
        e.payload = draft.payload;
        e.prevHash = prevHash;
        e.hash = eventHash(e);
        const QString opdBefore = state.opd;
        state = apply(state, e);
        const QJsonObject eventJson = encodeEvent(e);
        const QByteArray eventText = json::canonicalBytesUnchecked(eventJson);
        const QByteArray stateText = json::canonicalBytesUnchecked(encodeComplaint(state));
        QSqlQuery insert(database());
        insert.prepare(u"INSERT INTO events(seq, id, complaint_id, version, type, actor_user, state_changing, "
                       u"opd_before, opd_after, at, json, state_json, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        for (const QVariant &v : {QVariant(e.seq), QVariant(uuidText(e.id)), QVariant(uuidText(e.complaintId)),
                                  QVariant(e.version), QVariant(e.typeName), QVariant(e.actor.user),
                                  QVariant(int(isStateChanging(e.type))), QVariant(nn(opdBefore)),
                                  QVariant(nn(state.opd)), QVariant(toWireTime(e.at)),
                                  QVariant(QString::fromUtf8(eventText)), QVariant(QString::fromUtf8(stateText)),
                                  QVariant(e.hash)})
            insert.addBindValue(v);
        if (!insert.exec())
            return sqlError(u"cannot append the event"_s, insert.lastError());
        if (Status status = FeedItems::Writer(database()).add(e.seq, eventText, stateText))
            return *status;
        prevHash = e.hash;
        lastAt = e.at;
        eventsJson.append(eventJson);
        appended.append(e);
    }
    QSqlQuery upsert(database());
    upsert.prepare(u"INSERT INTO complaints(id, tracking_id, external_ref, opd, version, state_json) "
                   u"VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET opd = excluded.opd, "
                   u"version = excluded.version, state_json = excluded.state_json"_s);
    upsert.addBindValue(uuidText(state.id));
    upsert.addBindValue(nn(state.trackingId));
    upsert.addBindValue(nn(state.externalRef));
    upsert.addBindValue(nn(state.opd));
    upsert.addBindValue(state.version);
    upsert.addBindValue(canonicalText(encodeComplaint(state)));
    if (!upsert.exec())
        return sqlError(u"cannot update the complaint"_s, upsert.lastError());
    if (!identityJson.isEmpty()) {
        QSqlQuery insert(database());
        insert.prepare(u"INSERT INTO identities(complaint_id, salt, json) VALUES (?,?,?)"_s);
        insert.addBindValue(uuidText(state.id));
        insert.addBindValue(identitySalt);
        const auto sealed = sealIdentity(identityJson);
        if (!sealed.ok())
            return sealed.error();
        insert.addBindValue(sealed.value());
        if (!insert.exec())
            return sqlError(u"cannot store the reporter's identity"_s, insert.lastError());
    }
    if (r.attachment && !appended.isEmpty()) {
        if (Status status = insertAttachment(*r.attachment))
            return *status;
    }
    if (Status status = scheduleAppended(appended, state))
        return *status;
    if (m_dialect.postgres && !appended.isEmpty()) {
        // Every hub process LISTENs (LogListener): PostgreSQL delivers this at commit, in commit order, so each
        // one tells its WebSocket clients whichever process appended.
        q.prepare(u"SELECT pg_notify('%1', ?)"_s.arg(QLatin1String(kLogChannel)));
        q.addBindValue(QString::number(lastSeq));
        if (!q.exec())
            return sqlError(u"cannot announce the append"_s, q.lastError());
    }
    QJsonObject body{{u"events"_s, eventsJson}, {u"state"_s, encodeComplaint(state)}};
    if (command.type == CommandType::Intake) {
        body.insert(u"complaint_id"_s, uuidText(state.id));
        body.insert(u"tracking_id"_s, state.trackingId);
    }
    return remember({200, body});
}

Result<std::optional<Complaint>> SqlHubStore::complaint(const QUuid &id)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT state_json FROM complaints WHERE id = ?"_s);
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlError(u"cannot read a complaint"_s, q.lastError());
    if (!q.next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(complaintFrom(q.value(0).toString()));
}

} // namespace rabeg
