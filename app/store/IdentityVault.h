#pragma once

#include "core/Result.h"
#include "store/SqliteConnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace rabeg {

// The reporter identities a workstation whose role may see them keeps for offline use (DESIGN.md, "What each
// client may see"; docs/security.md): a SQLite file of its own beside the cache (`<cache>.identity`), one row per
// complaint holding the identity as the hub's identity route returned it, sealed with libsodium's
// crypto_secretbox_easy under a random nonce per row. The complaint's id is sealed inside with the identity and
// checked on opening, so a row moved onto another complaint does not open. The 32-byte key is not here: the GUI
// keeps it in the OS keychain (ui/identity/IdentityKeychain) and hands it in; without it there is no vault.
// Intakes typed here and not yet on the hub are sealed alike in a table of their own (keepIntake).
// The file also queues the views shown from it (who, which complaint, when) until the hub has them in its audit
// log; those rows hold no identity.
class IdentityVault
{
public:
    static constexpr int kKeyBytes = 32;

    struct View
    {
        QString viewId; // made here: the hub records a view once however often it is sent
        QUuid complaint;
        QString actor;
        QDateTime atWorkstation; // the workstation's clock
        QDateTime lastHubTime; // hub time as last known
        bool offline = true;
    };

    // The vault's file for a cache's path.
    static QString pathFor(const QString &cachePath);
    // A fresh random key (libsodium's randombytes).
    static QByteArray makeKey();

    IdentityVault() = default;
    Q_DISABLE_COPY_MOVE(IdentityVault)

    // Opens (creating when absent) the vault at `path` with `key` (kKeyBytes), on the calling thread.
    Status open(const QString &path, const QByteArray &key);
    bool isOpen() const { return m_db.isOpen(); }
    void close();
    // Closes the vault and deletes its file and the SQLite files beside it (-wal, -shm, -journal).
    static Status remove(const QString &path);

    Status keep(const QUuid &complaint, const QJsonObject &identity);
    // The identity kept for the complaint; nullopt when none; an error when the row does not open (a wrong key,
    // or a row altered or moved): nothing of it is returned.
    Result<std::optional<QJsonObject>> identity(const QUuid &complaint) const;
    Status drop(const QUuid &complaint);
    // The complaints whose identity is kept.
    Result<QList<QUuid>> kept() const;
    Result<int> count() const;

    // An intake's reporter identity and text as typed, not yet on the hub (HeldIdentities): sealed like the
    // identities, in a table of their own, so the hub's "which do you still hold" never deletes them; deleted when
    // the hub has the complaint. Never shown: only sent.
    Status keepIntake(const QUuid &complaint, const QJsonObject &held);
    Result<std::optional<QJsonObject>> intake(const QUuid &complaint) const;
    Status dropIntake(const QUuid &complaint);
    Result<QList<QUuid>> intakes() const;

    Status queueView(const View &view);
    Result<QList<View>> pendingViews() const;
    Status viewsDelivered(const QStringList &viewIds);

private:
    Status seal(const QString &table, const QUuid &complaint, const QJsonObject &plain);
    Result<std::optional<QJsonObject>> unseal(const QString &table, const QUuid &complaint) const;
    Status erase(const QString &table, const QUuid &complaint);
    Result<QList<QUuid>> idsIn(const QString &table) const;

    QByteArray m_key;
    SqliteConnection m_db;
};

} // namespace rabeg
