// Identity at rest in SqlHubStore: the identity table's rows sealed with the hub's identity key (IdentityKey.h),
// the key's fingerprint recorded in hub_meta so that another key is refused.
#include "SqlHubStore.h"

#include "store/SqliteConnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr char kFingerprintKey[] = "identity_key";

Error wrongKey()
{
    return Error{u"identity_key_wrong"_s,
                 u"The identity key does not belong to this store: its reporters' identities were sealed with another "
                 u"key. Start the hub with the key file made for this store (rabeg-hub serve --identity-key FILE)."_s};
}

// The fingerprint the store recorded, or records `fingerprint` as its own when it has none yet (the first key).
Result<QString> recordedFingerprint(QSqlDatabase db, const QString &fingerprint)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO hub_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING"_s);
    q.addBindValue(QString::fromLatin1(kFingerprintKey));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return sqlError(u"cannot record the identity key's fingerprint"_s, q.lastError());
    q.prepare(u"SELECT value FROM hub_meta WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(kFingerprintKey));
    if (!q.exec() || !q.next())
        return sqlError(u"cannot read the identity key's fingerprint"_s, q.lastError());
    return q.value(0).toString();
}

} // namespace

QString SqlHubStore::identityKeyFileBeside(const QString &spec)
{
    return spec.startsWith(u"sqlite:"_s) ? spec.mid(7) + u".identity-key"_s : QString();
}

Status SqlHubStore::setIdentityKey(const IdentityKey &key)
{
    const auto recorded = recordedFingerprint(database(), key.fingerprint());
    if (!recorded.ok())
        return recorded.error();
    if (recorded.value() != key.fingerprint())
        return wrongKey();
    m_identityKey = key;

    // Identities stored before the store had a key: sealed now, in one transaction.
    if (Status status = begin())
        return status;
    QSqlQuery q(database());
    if (!q.exec(u"SELECT complaint_id, json FROM identities WHERE json NOT LIKE 'sb1:%'"_s)) {
        const Error error = sqlError(u"cannot read the identities to seal"_s, q.lastError());
        rollback();
        return error;
    }
    QList<std::pair<QString, QString>> plain;
    while (q.next())
        plain.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[id, json] : std::as_const(plain)) {
        QSqlQuery update(database());
        update.prepare(u"UPDATE identities SET json = ? WHERE complaint_id = ?"_s);
        update.addBindValue(key.seal(json.toUtf8()));
        update.addBindValue(id);
        if (!update.exec()) {
            const Error error = sqlError(u"cannot seal a stored identity"_s, update.lastError());
            rollback();
            return error;
        }
    }
    return commit();
}

Result<IdentityKey> SqlHubStore::identityKey()
{
    if (m_identityKey)
        return *m_identityKey;
    const QString file = identityKeyFileBeside(m_spec);
    if (file.isEmpty()) {
        return Error{u"identity_key_missing"_s, u"This hub has no identity key, so it neither stores nor reads "
                                                u"reporters' identities: start it with --identity-key FILE."_s};
    }
    auto key = IdentityKey::load(file);
    if (!key.ok()) {
        if (key.error().code != u"identity_key_unreadable"_s || QFile::exists(file))
            return key.error();
        const IdentityKey made = IdentityKey::generate();
        if (Status status = made.save(file))
            return *status;
        key = made;
    }
    // Only the fingerprint here (this may run inside an append's transaction); no sealing of older rows.
    const auto recorded = recordedFingerprint(database(), key->fingerprint());
    if (!recorded.ok())
        return recorded.error();
    if (recorded.value() != key->fingerprint())
        return wrongKey();
    m_identityKey = key.value();
    return key.value();
}

Result<QString> SqlHubStore::sealIdentity(const QString &json)
{
    const auto key = identityKey();
    if (!key.ok())
        return key.error();
    return key->seal(json.toUtf8());
}

Result<std::optional<ReporterIdentity>> SqlHubStore::identity(const QUuid &complaintId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT json FROM identities WHERE complaint_id = ?"_s);
    q.addBindValue(complaintId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(u"cannot read an identity"_s, q.lastError());
    if (!q.next())
        return std::optional<ReporterIdentity>();
    const QString stored = q.value(0).toString();
    QByteArray text = stored.toUtf8(); // a row from before the store had a key, until setIdentityKey seals it
    if (IdentityKey::isSealed(stored)) {
        const auto key = identityKey();
        if (!key.ok())
            return key.error();
        const auto opened = key->open(stored);
        if (!opened)
            return wrongKey();
        text = *opened;
    }
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    ReporterIdentity identity{json.value(u"name"_s).toString(), json.value(u"nik"_s).toString(),
                              json.value(u"phone"_s).toString(), json.value(u"email"_s).toString(),
                              json.value(u"address"_s).toString()};
    return std::optional<ReporterIdentity>(identity);
}

} // namespace rabeg
