#pragma once

#include "HubApi.h"
#include "SqlHubStore.h"
#include "refdata/ReferenceData.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace refhub {

enum class Backend { Sqlite, Postgres };

// Two hub processes' worth of HubApi on one store, each over its own connection, as several rabeg-hub processes
// run on one PostgreSQL: a fresh SQLite file, or a database of its own in the PostgreSQL cluster of the store tests
// (RABEG_TEST_PG, started by the CTest fixture "postgres"), emptied first. Requests go to HubApi::handle.
// Accounts (password kPassword): admin, operator, liaison-dishub.
class TwoHubs
{
public:
    explicit TwoHubs(Backend backend);
    ~TwoHubs();
    Q_DISABLE_COPY_MOVE(TwoHubs)

    rabeg::HubApi &first() { return *m_first; }
    rabeg::HubApi &second() { return *m_second; }
    rabeg::SqlHubStore &store() { return *m_store; }
    const rabeg::ReferenceData &shipped() const { return m_shipped; }

    rabeg::HubResponse post(rabeg::HubApi &hub, const QString &user, const QString &path, const QJsonObject &body);
    rabeg::HubResponse get(rabeg::HubApi &hub, const QString &user, const QString &path);
    // A command at the complaint's current version through `hub`.
    rabeg::HubResponse command(rabeg::HubApi &hub, const QString &user, rabeg::CommandType type, const QUuid &id,
                               const QJsonObject &payload);
    // A street-light complaint taken in and verified by the operator through `hub` (REQUIREs both).
    QUuid verified(rabeg::HubApi &hub);
    // An admin's change of an OPD or agency {"action", "code", "name", "reason"} through `hub`; REQUIREs 200.
    void change(rabeg::HubApi &hub, const QString &path, const QString &action, const QString &code,
                const QString &name = {});

    // The password of an account made through the user route (the fixture's own accounts have kPassword).
    void setPassword(const QString &user, const QString &password) { m_passwords.insert(user, password); }

    qint64 head();
    std::optional<rabeg::Complaint> complaint(const QUuid &id);

private:
    QByteArray token(const QString &user);

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_spec;
    rabeg::ReferenceData m_shipped;
    std::unique_ptr<rabeg::SqlHubStore> m_store;
    std::unique_ptr<rabeg::SqlHubStore> m_other;
    std::unique_ptr<rabeg::HubApi> m_first;
    std::unique_ptr<rabeg::HubApi> m_second;
    QHash<QString, QByteArray> m_tokens;
    QHash<QString, QString> m_passwords;
};

#define TWO_HUB_BACKENDS() GENERATE(refhub::Backend::Sqlite, refhub::Backend::Postgres)

QString errorCode(const rabeg::HubResponse &response);
QString errorMessage(const rabeg::HubResponse &response);

} // namespace refhub
