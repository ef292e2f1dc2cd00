#pragma once

#include "HubApi.h"
#include "HubServer.h"
#include "SqlHubStore.h"
#include "refdata/ReferenceData.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace rabeg::test {

// The password of every account a TestHub makes.
inline const QByteArray kPassword = "sandi-uji-123";

// A real hub in this process: a SqlHubStore on a SQLite file in a temporary directory, HubApi, and HubServer
// listening on 127.0.0.1 with a free port, all in the test's thread. SyncEngine's blocking calls spin nested event
// loops, in which this server answers. Hub time is virtual, just after the imported demo data.
//
// Accounts (password kPassword): operator, supervisor, and liaison-<opd code in lower case> for every OPD.
class TestHub
{
public:
    struct Options
    {
        int demoComplaints = 40;
        StoreKind kind = StoreKind::Demo;
        bool standardUsers = true;
    };

    TestHub();
    explicit TestHub(Options options);
    ~TestHub();
    Q_DISABLE_COPY_MOVE(TestHub)

    QUrl url() const;
    bool running() const { return m_server != nullptr; }
    // Closes the listening socket and every connection, as a hub that went down.
    void stop();
    // Listens again, on a new free port (url() changes).
    void start();
    // Tells the notice sockets that the log grew to `head`, as HubServer does after an append.
    void announce(qint64 head);
    // Stops, closes the store, opens the same file again (e.g. after a change to hub_meta) and starts.
    void reopen();

    SqlHubStore &store() { return *m_store; }
    HubApi &api() { return *m_api; }
    const ReferenceData &reference() const { return m_reference; }
    QString filePath() const;

    void addUser(const QString &username, Role role, const QString &opd = {});

    // Requests through HubApi::handle, without a socket: what other workstations do meanwhile.
    QByteArray token(const QString &username);
    HubResponse post(const QString &username, const QString &path, const QJsonObject &body);
    HubResponse send(const QString &username, const Command &command);
    // A command at the complaint's current version; REQUIREs 200.
    QJsonObject run(const QString &username, CommandType type, const QUuid &complaint, const QJsonObject &payload);
    // A new walk-in complaint about a street light (state "received"); its id.
    QUuid intake(const QString &username, const QString &title = QStringLiteral("Lampu jalan mati di Cipocok"));
    // A complaint taken in and verified by `username` (state "verified").
    QUuid verified(const QString &username);

    qint64 version(const QUuid &complaint);
    qint64 head();
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    void exec(const QString &sql, const QVariantList &binds = {});
    // The codes of the OPDs holding the most complaints, most first.
    QStringList busiestOpds(int count);

    static Command command(CommandType type, const QUuid &complaint, qint64 baseVersion, const QJsonObject &payload,
                           qint64 baseEpoch = 1);

private:
    void openStore(StoreKind kind);

    QTemporaryDir m_dir;
    ReferenceData m_reference;
    QString m_passwordHash;
    std::unique_ptr<SqlHubStore> m_store;
    std::unique_ptr<HubApi> m_api;
    std::unique_ptr<HubServer> m_server;
    quint16 m_port = 0;
    QHash<QString, QByteArray> m_tokens;
};

QString uuidText(const QUuid &id);
QJsonObject verifyPayload();

} // namespace rabeg::test
