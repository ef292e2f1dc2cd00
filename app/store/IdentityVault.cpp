#include "IdentityVault.h"

#include "codec/WireTime.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Sealed before the JSON and checked on opening: the complaint, and for an intake the table too, so that a row
// moved onto another complaint or from one table to the other (an intake is never shown) does not open.
QByteArray sealedPrefix(const QString &table, const QUuid &complaint)
{
    const QByteArray id = idText(complaint).toLatin1() + '\n';
    return table == u"identities"_s ? id : table.toLatin1() + ':' + id;
}

Error vaultError(const QString &message)
{
    return Error{u"identity_vault"_s, message};
}

} // namespace

QString IdentityVault::pathFor(const QString &cachePath)
{
    return cachePath + u".identity"_s;
}

QByteArray IdentityVault::makeKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (!sodiumReady())
        return {};
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

Status IdentityVault::open(const QString &path, const QByteArray &key)
{
    if (!sodiumReady())
        return vaultError(u"libsodium cannot start"_s);
    if (key.size() != kKeyBytes)
        return vaultError(u"the identity key is not %1 bytes"_s.arg(kKeyBytes));
    close();
    static int counter = 0;
    if (Status status = m_db.open(path, u"rabeg-identity-vault-%1"_s.arg(++counter)))
        return status;
    m_key = key;
    return m_db.exec({u"CREATE TABLE IF NOT EXISTS identities (complaint_id TEXT PRIMARY KEY, nonce BLOB NOT NULL, "
                      u"sealed BLOB NOT NULL)"_s,
                      u"CREATE TABLE IF NOT EXISTS intakes (complaint_id TEXT PRIMARY KEY, nonce BLOB NOT NULL, "
                      u"sealed BLOB NOT NULL)"_s,
                      u"CREATE TABLE IF NOT EXISTS views (view_id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL, "
                      u"actor TEXT NOT NULL, at_workstation TEXT NOT NULL, last_hub_time TEXT, offline INTEGER NOT "
                      u"NULL)"_s});
}

void IdentityVault::close()
{
    m_db.close();
    sodium_memzero(m_key.data(), size_t(m_key.size()));
    m_key.clear();
}

Status IdentityVault::remove(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            return vaultError(u"cannot delete %1: %2"_s.arg(file.fileName(), file.errorString()));
    }
    return std::nullopt;
}

Status IdentityVault::keep(const QUuid &complaint, const QJsonObject &identity)
{
    return seal(u"identities"_s, complaint, identity);
}

Status IdentityVault::keepIntake(const QUuid &complaint, const QJsonObject &held)
{
    return seal(u"intakes"_s, complaint, held);
}

Status IdentityVault::seal(const QString &table, const QUuid &complaint, const QJsonObject &identity)
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    // The complaint's id sealed with the identity: opening checks it, so a row cannot stand for another complaint.
    QByteArray plain = sealedPrefix(table, complaint) + QJsonDocument(identity).toJson(QJsonDocument::Compact);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray sealed(plain.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealed.data()),
                          reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    sodium_memzero(plain.data(), size_t(plain.size()));
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT OR REPLACE INTO %1 (complaint_id, nonce, sealed) VALUES (?, ?, ?)"_s.arg(table));
    q.addBindValue(idText(complaint));
    q.addBindValue(nonce);
    q.addBindValue(sealed);
    if (!q.exec())
        return sqlError(u"cannot keep the identity"_s, q.lastError());
    return std::nullopt;
}

Result<std::optional<QJsonObject>> IdentityVault::identity(const QUuid &complaint) const
{
    return unseal(u"identities"_s, complaint);
}

Result<std::optional<QJsonObject>> IdentityVault::intake(const QUuid &complaint) const
{
    return unseal(u"intakes"_s, complaint);
}

Result<std::optional<QJsonObject>> IdentityVault::unseal(const QString &table, const QUuid &complaint) const
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT nonce, sealed FROM %1 WHERE complaint_id = ?"_s.arg(table));
    q.addBindValue(idText(complaint));
    if (!q.exec())
        return sqlError(u"cannot read the identity"_s, q.lastError());
    if (!q.next())
        return std::optional<QJsonObject>();
    const QByteArray nonce = q.value(0).toByteArray();
    const QByteArray sealed = q.value(1).toByteArray();
    if (nonce.size() != crypto_secretbox_NONCEBYTES || sealed.size() < int(crypto_secretbox_MACBYTES))
        return vaultError(u"the identity kept for this complaint is damaged"_s);
    QByteArray plain(sealed.size() - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()),
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return vaultError(u"the identity kept for this complaint does not open: altered, or sealed with another key"_s);
    const QByteArray prefix = sealedPrefix(table, complaint);
    if (!plain.startsWith(prefix)) {
        sodium_memzero(plain.data(), size_t(plain.size()));
        return vaultError(u"the identity kept for this complaint belongs to another complaint"_s);
    }
    const QJsonObject identity = QJsonDocument::fromJson(plain.mid(prefix.size())).object();
    sodium_memzero(plain.data(), size_t(plain.size()));
    return std::optional<QJsonObject>(identity);
}

Status IdentityVault::drop(const QUuid &complaint)
{
    return erase(u"identities"_s, complaint);
}

Status IdentityVault::dropIntake(const QUuid &complaint)
{
    return erase(u"intakes"_s, complaint);
}

Status IdentityVault::erase(const QString &table, const QUuid &complaint)
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    QSqlQuery q(m_db.database());
    q.prepare(u"DELETE FROM %1 WHERE complaint_id = ?"_s.arg(table));
    q.addBindValue(idText(complaint));
    if (!q.exec())
        return sqlError(u"cannot delete the identity"_s, q.lastError());
    return std::nullopt;
}

Result<QList<QUuid>> IdentityVault::kept() const
{
    return idsIn(u"identities"_s);
}

Result<QList<QUuid>> IdentityVault::intakes() const
{
    return idsIn(u"intakes"_s);
}

Result<QList<QUuid>> IdentityVault::idsIn(const QString &table) const
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT complaint_id FROM %1 ORDER BY complaint_id"_s.arg(table)))
        return sqlError(u"cannot list the identities kept"_s, q.lastError());
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

Result<int> IdentityVault::count() const
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    QSqlQuery q(m_db.database());
    if (!q.exec(u"SELECT COUNT(*) FROM identities"_s) || !q.next())
        return sqlError(u"cannot count the identities"_s, q.lastError());
    return q.value(0).toInt();
}

Status IdentityVault::queueView(const View &view)
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT OR IGNORE INTO views (view_id, complaint_id, actor, at_workstation, last_hub_time, offline) "
              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(view.viewId);
    q.addBindValue(idText(view.complaint));
    q.addBindValue(view.actor);
    q.addBindValue(toWireTime(view.atWorkstation));
    q.addBindValue(view.lastHubTime.isValid() ? toWireTime(view.lastHubTime) : QString());
    q.addBindValue(view.offline ? 1 : 0);
    if (!q.exec())
        return sqlError(u"cannot queue the identity view"_s, q.lastError());
    return std::nullopt;
}

Result<QList<IdentityVault::View>> IdentityVault::pendingViews() const
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT view_id, complaint_id, actor, at_workstation, last_hub_time, offline FROM views "
                u"ORDER BY at_workstation, view_id"_s))
        return sqlError(u"cannot read the queued identity views"_s, q.lastError());
    QList<View> views;
    while (q.next()) {
        View view;
        view.viewId = q.value(0).toString();
        view.complaint = QUuid::fromString(q.value(1).toString());
        view.actor = q.value(2).toString();
        view.atWorkstation = parseWireTime(q.value(3).toString());
        view.lastHubTime = parseWireTime(q.value(4).toString());
        view.offline = q.value(5).toInt() != 0;
        views.append(view);
    }
    return views;
}

Status IdentityVault::viewsDelivered(const QStringList &viewIds)
{
    if (!isOpen())
        return vaultError(u"the identity vault is not open"_s);
    QSqlQuery q(m_db.database());
    q.prepare(u"DELETE FROM views WHERE view_id = ?"_s);
    for (const QString &id : viewIds) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(u"cannot mark the identity views delivered"_s, q.lastError());
    }
    return std::nullopt;
}

} // namespace rabeg
