// The accounts and the audit chain of SqlHubStore: users, session tokens, and the walk over the hash chain.
#include "SqlHubStore.h"

#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "store/SqliteConnection.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Qt binds a null QString as SQL NULL; these columns hold "no value" as an empty string.
QString nn(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

UserRecord userFrom(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = fromCode<Role>(q.value(3).toString()).value_or(Role::Operator);
    u.opd = q.value(4).toString();
    u.active = q.value(5).toBool();
    u.passwordHash = q.value(6).toString();
    u.scopeVersion = q.value(7).toLongLong();
    return u;
}

constexpr auto kUserColumns = u"id, username, name, role, opd, active, password_hash, scope_version";

} // namespace

Result<qint64> SqlHubStore::addUser(const UserRecord &user)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO users(username, name, role, opd, active, password_hash, scope_version) "
              u"VALUES (?,?,?,?,?,?,?)"_s);
    for (const QVariant &v : {QVariant(user.username), QVariant(nn(user.name)), QVariant(toCode(user.role)),
                              QVariant(nn(user.opd)), QVariant(int(user.active)), QVariant(user.passwordHash),
                              QVariant(user.scopeVersion)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(u"cannot add the user "_s + user.username, q.lastError());
    auto added = this->user(user.username);
    if (!added.ok() || !added.value())
        return Error{u"storage_error"_s, u"the new user cannot be read back"_s};
    return added.value()->id;
}

Result<std::optional<UserRecord>> SqlHubStore::user(const QString &username)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT "_s + QStringView(kUserColumns) + u" FROM users WHERE username = ?"_s);
    q.addBindValue(username);
    if (!q.exec())
        return sqlError(u"cannot read users"_s, q.lastError());
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userFrom(q));
}

Result<std::optional<UserRecord>> SqlHubStore::userById(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT "_s + QStringView(kUserColumns) + u" FROM users WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(u"cannot read users"_s, q.lastError());
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userFrom(q));
}

Status SqlHubStore::addToken(const QByteArray &tokenHash, qint64 userId, qint64 scopeVersion, const QDateTime &expires)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO tokens(token_hash, user_id, scope_version, expires_at) VALUES (?,?,?,?)"_s);
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    q.addBindValue(userId);
    q.addBindValue(scopeVersion);
    q.addBindValue(toWireTime(expires));
    if (!q.exec())
        return sqlError(u"cannot store a session"_s, q.lastError());
    return std::nullopt;
}

Result<std::optional<std::pair<UserRecord, qint64>>> SqlHubStore::tokenUser(const QByteArray &tokenHash,
                                                                           const QDateTime &now)
{
    // Every request on every route asks this, so it is one statement (the session and its user), prepared once per
    // connection: on PostgreSQL QPSQL prepared, executed and deallocated each of the two queries it used to be,
    // six round trips parsed and planned for each page a workstation pulled (BENCHMARKS.md, P7).
    using Found = std::optional<std::pair<UserRecord, qint64>>;
    if (!m_tokenQuery) {
        m_tokenQuery = std::make_unique<QSqlQuery>(database());
        m_tokenQuery->setForwardOnly(true);
        QString columns;
        for (const QString &column : QStringView(kUserColumns).toString().split(u", "_s))
            columns += u"u."_s + column + u", "_s;
        if (!m_tokenQuery->prepare(u"SELECT "_s + columns + u"t.scope_version, t.expires_at FROM tokens t "
                                                           u"JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?"_s)) {
            const Error error = sqlError(u"cannot read sessions"_s, m_tokenQuery->lastError());
            m_tokenQuery.reset();
            return error;
        }
    }
    QSqlQuery &q = *m_tokenQuery;
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    if (!q.exec()) {
        const Error error = sqlError(u"cannot read sessions"_s, q.lastError());
        m_tokenQuery.reset(); // prepared again at the next request
        return error;
    }
    Found found;
    if (q.next() && parseWireTime(q.value(9).toString()) > now) {
        const UserRecord user = userFrom(q);
        if (user.active)
            found = std::pair{user, q.value(8).toLongLong()};
    }
    q.finish(); // nothing left unread on the connection, no read transaction held open on SQLite
    return found;
}

Result<int> SqlHubStore::revokeToken(const QByteArray &tokenHash)
{
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM tokens WHERE token_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    if (!q.exec())
        return sqlError(u"cannot end a session"_s, q.lastError());
    return q.numRowsAffected();
}

Result<int> SqlHubStore::revokeTokens(qint64 userId)
{
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM tokens WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return sqlError(u"cannot end the user's sessions"_s, q.lastError());
    return q.numRowsAffected();
}

Status SqlHubStore::setPassword(qint64 userId, const QString &passwordHash)
{
    QSqlQuery q(database());
    q.prepare(u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    q.addBindValue(passwordHash);
    q.addBindValue(userId);
    if (!q.exec())
        return sqlError(u"cannot change the password"_s, q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{u"unknown_user"_s, u"There is no such user."_s};
    return std::nullopt;
}

Result<QList<UserRecord>> SqlHubStore::users()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + QStringView(kUserColumns) + u" FROM users ORDER BY username"_s))
        return sqlError(u"cannot read users"_s, q.lastError());
    QList<UserRecord> users;
    while (q.next())
        users.append(userFrom(q));
    return users;
}

Status SqlHubStore::updateUser(const UserRecord &user)
{
    QSqlQuery q(database());
    q.prepare(u"UPDATE users SET name = ?, role = ?, opd = ?, active = ?, scope_version = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(nn(user.name)), QVariant(toCode(user.role)), QVariant(nn(user.opd)),
                              QVariant(int(user.active)), QVariant(user.scopeVersion), QVariant(user.id)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(u"cannot change the user "_s + user.username, q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{u"unknown_user"_s, u"There is no such user."_s};
    return std::nullopt;
}

Result<std::optional<qint64>> SqlHubStore::verifyChain()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, json, hash FROM events ORDER BY seq"_s))
        return sqlError(u"cannot read the log"_s, q.lastError());
    QString previous = QString::fromLatin1(kGenesisHash);
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const auto decoded = decodeEvent(parseObject(q.value(1).toString()), DecodeMode::Tolerant);
        // The stored bytes must decode, carry their own seq, chain to the previous event and hash to themselves.
        if (!decoded.ok() || decoded->seq != seq || decoded->prevHash != previous || decoded->hash != q.value(2).toString()
            || eventHash(decoded.value()) != decoded->hash)
            return std::optional<qint64>(seq);
        previous = decoded->hash;
    }
    return std::optional<qint64>();
}

} // namespace rabeg
