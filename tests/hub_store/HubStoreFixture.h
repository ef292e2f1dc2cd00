#pragma once

#include <catch2/catch.hpp>

#include "SqlHubStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// Shared by the hub store tests. Every test runs against both back ends: a fresh SQLite file, and the
// PostgreSQL database named by RABEG_TEST_PG with its schema dropped and made again. Commands are built with
// the codec's types and actors by hand, and go through the HubStore interface as the HTTP layer sends them.

namespace hubtest {

enum class Backend { Sqlite, Postgres };

} // namespace hubtest

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<hubtest::Backend>
{
    static std::string convert(hubtest::Backend value)
    {
        return value == hubtest::Backend::Sqlite ? "sqlite" : "postgresql";
    }
};
} // namespace Catch

namespace hubtest {

// The OPDs of these tests; the reference lookup below knows them.
inline constexpr char16_t kDishub[] = u"DISHUB";
inline constexpr char16_t kPupr[] = u"PUPR";
inline constexpr char16_t kDlh[] = u"DLH";

const rabeg::ReferenceLookup &city();

rabeg::Actor operatorActor(); // op.rina
rabeg::Actor otherOperatorActor(); // op.dede, a colleague on another workstation
rabeg::Actor supervisorActor();
rabeg::Actor liaisonOf(const char16_t *opd);

// A new reporter's identity with a NIK, a name and a phone number that appear nowhere else in the tests.
rabeg::ReporterIdentity reporter();

QJsonObject intakePayload(const QString &title = {});
QJsonObject verifyPayload();
QJsonObject dispatchPayload(const char16_t *opd);
QJsonObject returnPayload();
QJsonObject notePayload(const QString &text);

// The digest the HTTP layer makes of a request body: same command id with another body -> command_id_reused.
QByteArray digestOf(const rabeg::Command &command);

// The PostgreSQL spec from RABEG_TEST_PG; fails the running test when it is not set.
QString postgresSpec();

class HubFixture
{
public:
    explicit HubFixture(Backend backend, rabeg::StoreKind kind = rabeg::StoreKind::Production);
    ~HubFixture();
    Q_DISABLE_COPY_MOVE(HubFixture)

    rabeg::HubStore &store() { return *m_store; }
    rabeg::SqlHubStore &sqlStore() { return *m_store; }
    QSqlDatabase db() const { return m_store->database(); }
    Backend backend() const { return m_backend; }
    const QString &spec() const { return m_spec; }

    // Closes the store and opens the same database again, as a restarted hub would.
    void reopen(rabeg::StoreKind kindIfNew = rabeg::StoreKind::Production);
    // Another store over the same database on its own connection, opened in the calling thread.
    std::unique_ptr<rabeg::SqlHubStore> openAnother(const QString &connectionName) const;

    // Hub time: moves on a minute at each request, so that events have distinct times.
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }

    // A command with a new command id, based on `baseVersion` and on the store's current epoch.
    rabeg::Command command(rabeg::CommandType type, const QUuid &complaintId, const QJsonObject &payload,
                           qint64 baseVersion) const;
    rabeg::AppendRequest request(const rabeg::Actor &actor, const rabeg::Command &command,
                                 std::optional<rabeg::ReporterIdentity> identity = std::nullopt);
    // Executes and requires that the store did not fail (a refusal is an outcome, not a failure).
    rabeg::CommandOutcome execute(const rabeg::AppendRequest &request);
    // A command based on the complaint's current version, as a client that has just synced sends it.
    rabeg::CommandOutcome send(const rabeg::Actor &actor, rabeg::CommandType type, const QUuid &complaintId,
                               const QJsonObject &payload = {});
    // The same, requiring 200.
    QJsonObject sendOk(const rabeg::Actor &actor, rabeg::CommandType type, const QUuid &complaintId,
                       const QJsonObject &payload = {});
    // A new complaint taken in by the operator; its id.
    QUuid intake(const QJsonObject &payload = intakePayload(),
                 std::optional<rabeg::ReporterIdentity> identity = std::nullopt);
    // A complaint taken in, verified and dispatched to `opd`.
    QUuid dispatched(const char16_t *opd, const QString &title = {});

    qint64 versionOf(const QUuid &complaintId);
    qint64 head();

    // Direct SQL for checks and tampering: the store tests are the one place outside the store that may.
    qint64 scalar(const QString &sql, const QVariantList &bindings = {});
    void exec(const QString &sql, const QVariantList &bindings = {});

private:
    void open(rabeg::StoreKind kindIfNew);

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_spec;
    std::unique_ptr<rabeg::SqlHubStore> m_store;
    rabeg::IdentityKey m_identityKey = rabeg::IdentityKey::generate(); // both back ends seal identities with it
    QDateTime m_now;
};

// Each store test begins with this: one run per back end, named in every failure message.
#define HUB_STORE_BACKENDS() GENERATE(hubtest::Backend::Sqlite, hubtest::Backend::Postgres)

// Requires a 200 outcome, showing the body when it is not.
void requireOk(const rabeg::CommandOutcome &outcome);
QString errorCode(const rabeg::CommandOutcome &outcome);

} // namespace hubtest
