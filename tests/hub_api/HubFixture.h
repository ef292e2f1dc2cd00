#pragma once

#include "HubApi.h"
#include "SqlHubStore.h"
#include "refdata/ReferenceData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.left(300).toStdString() + '"'; }
};
} // namespace Catch

namespace rabeg::test {

// The password of every account the fixture makes.
inline const QByteArray kPassword = "sandi-uji-123";

// What must not change when a hostile request is refused: the log, the projections and the accounts.
// Idempotency records (the commands table) are left out on purpose: a refusal by the lifecycle is remembered,
// so that a retry of the same command gets the same answer. So are the tracking-number counters: the store
// takes a number before the lifecycle judges an intake, and keeps it when the intake is refused.
struct StoreDump
{
    qint64 head = 0;
    qint64 events = 0;
    qint64 complaints = 0;
    qint64 identities = 0;
    qint64 users = 0;
    qint64 tokens = 0;
    QString lastHash;
    friend bool operator==(const StoreDump &, const StoreDump &) = default;
};
std::ostream &operator<<(std::ostream &out, const StoreDump &dump);

// A hub over a real SQLite file in a temporary directory, a demo store with a few imported complaints, a virtual
// clock just after the demo data, and one account per role:
//   op.rina, op.budi (operators), spv.dewi (supervisor), admin.iwan (admin),
//   liaison-dishub (liaison of DISHUB), liaison-dlh (liaison of DLH).
// Requests go straight to HubApi::handle, without a socket.
class HubFixture
{
public:
    explicit HubFixture(int demoComplaints = 12);
    ~HubFixture();
    Q_DISABLE_COPY_MOVE(HubFixture)

    HubApi &api() { return *m_api; }
    SqlHubStore &store() { return *m_store; }
    const ReferenceData &reference() const { return m_reference; }
    QString storeId() const { return m_store->info().storeId; }

    // A token for the user, from POST /api/v1/session (REQUIREs success).
    QByteArray login(const QString &username);
    HubResponse loginAs(const QString &username, const QByteArray &password);

    HubResponse request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token = {},
                        const QByteArray &body = {});
    HubResponse get(const QByteArray &token, const QString &pathAndQuery) { return request("GET", pathAndQuery, token); }
    HubResponse post(const QByteArray &token, const QString &path, const QByteArray &body)
    {
        return request("POST", path, token, body);
    }
    HubResponse post(const QByteArray &token, const QString &path, const QJsonObject &body);

    // POST /api/v1/complaints with a DISHUB street-light complaint; the complaint id, REQUIREs 201.
    QUuid intake(const QByteArray &token, const QString &title, const QString &body, bool anonim = false);
    // A command to POST /api/v1/commands; the command id is new unless given.
    static QJsonObject command(const QString &type, const QUuid &complaint, qint64 baseVersion,
                               const QJsonObject &payload, const QUuid &commandId = {});
    HubResponse send(const QByteArray &token, const QJsonObject &command);
    // Sends the command at the complaint's current version and REQUIREs 200.
    QJsonObject run(const QByteArray &token, const QString &type, const QUuid &complaint, const QJsonObject &payload);
    // A complaint verified and dispatched to `opd` by op.rina.
    QUuid dispatched(const QString &opd, const QString &title = QStringLiteral("Lampu jalan mati"),
                     const QString &body = QStringLiteral("Lampu PJU di depan masjid mati sejak seminggu."));

    qint64 version(const QUuid &complaint);
    StoreDump dump();
    void exec(const QString &sql); // for tests that change what an admin screen would change

private:
    QTemporaryDir m_dir;
    QString m_connection;
    ReferenceData m_reference;
    std::unique_ptr<SqlHubStore> m_store;
    std::unique_ptr<HubApi> m_api;
    QHash<QString, QByteArray> m_tokens;
};

QString uuidText(const QUuid &id);
QJsonObject errorOf(const HubResponse &response); // the {"code","message"} of an error answer
// An error answer: the status, a known code and a non-empty message.
void requireError(const HubResponse &response, int status, const QString &code);
// A hostile request's answer: a 4xx (exactly `status` unless 0) in the error shape, with the code unless empty.
void requireRefusal(const HubResponse &response, int status, const QString &code);

} // namespace rabeg::test
