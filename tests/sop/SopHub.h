#pragma once

#include "HubApi.h"
#include "SqlHubStore.h"
#include "demo/DemoGenerator.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace sop {

// A demo store on SQLite behind the real API, with a frozen virtual clock so that "the same hub time" holds for
// every request: an operator, an admin, a supervisor, and a liaison for every OPD (password "demo").
class Hub
{
public:
    explicit Hub(const QDateTime &hubTime, int complaints = 400);

    static QString liaison(const QString &opd);
    QByteArray login(const QString &user);
    rabeg::HubResponse get(const QString &user, const QString &path);
    rabeg::HubResponse post(const QString &user, const QString &path, const QJsonObject &body);
    // A complaint command on the complaint's current version, as `user`.
    rabeg::HubResponse command(const QString &user, const QUuid &id, const QString &type, const QJsonObject &payload);

    const QList<rabeg::DemoComplaint> &demo() const { return m_demo; }
    rabeg::SqlHubStore &store() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<rabeg::SqlHubStore> m_store;
    std::unique_ptr<rabeg::HubApi> m_api;
    QList<rabeg::DemoComplaint> m_demo;
    QHash<QString, QByteArray> m_tokens;
};

QString codeOf(const rabeg::HubResponse &response);

} // namespace sop
