#include "SopHub.h"

#include "Auth.h"
#include "SopFixture.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace sop {

Hub::Hub(const QDateTime &hubTime, int complaints)
{
    REQUIRE(initCrypto());
    auto opened = SqlHubStore::open(u"sqlite:"_s + m_dir.filePath(u"hub.sqlite"_s), StoreKind::Demo, u"sop"_s);
    REQUIRE(opened.ok());
    m_store = std::move(opened).value();
    DemoOptions options;
    options.count = complaints;
    options.end = hubTime;
    REQUIRE_FALSE(
        DemoGenerator(shipped(), DemoCorpus::loadBuiltin().value(), options).run([this](const DemoComplaint &demo) {
            m_demo.append(demo);
            return true;
        }));
    REQUIRE_FALSE(m_store->importDemo(m_demo));
    const QString hash = hashPassword("demo", PasswordCost::minimal());
    REQUIRE(m_store->addUser({0, u"operator"_s, u"Operator"_s, Role::Operator, {}, true, hash, 1}).ok());
    REQUIRE(m_store->addUser({0, u"admin"_s, u"Admin"_s, Role::Admin, {}, true, hash, 1}).ok());
    REQUIRE(m_store->addUser({0, u"supervisor"_s, u"Supervisor"_s, Role::Supervisor, {}, true, hash, 1}).ok());
    for (const Opd &opd : shipped().opds)
        REQUIRE(m_store->addUser({0, liaison(opd.code), opd.name, Role::Liaison, opd.code, true, hash, 1}).ok());
    m_api = std::make_unique<HubApi>(*m_store, shipped(), HubClock::startingAt(hubTime, 0));
}

QString Hub::liaison(const QString &opd)
{
    return u"liaison-"_s + opd.toLower();
}

QByteArray Hub::login(const QString &user)
{
    if (!m_tokens.contains(user)) {
        const QByteArray body = QJsonDocument(QJsonObject {{u"username"_s, user}, {u"password"_s, u"demo"_s}})
                                    .toJson(QJsonDocument::Compact);
        const HubResponse session = m_api->handle({"POST", u"/api/v1/session"_s, {}, {}, body, {}});
        REQUIRE(session.status == 200);
        m_tokens.insert(user, "Bearer " + session.object().value(u"token"_s).toString().toLatin1());
    }
    return m_tokens.value(user);
}

HubResponse Hub::get(const QString &user, const QString &path)
{
    const qsizetype mark = path.indexOf(u'?');
    return m_api->handle({"GET",
                          path.left(mark),
                          QUrlQuery(mark < 0 ? QString() : path.mid(mark + 1)),
                          {{"authorization", login(user)}},
                          {},
                          {}});
}

HubResponse Hub::post(const QString &user, const QString &path, const QJsonObject &body)
{
    return m_api->handle(
        {"POST", path, {}, {{"authorization", login(user)}}, QJsonDocument(body).toJson(QJsonDocument::Compact), {}});
}

HubResponse Hub::command(const QString &user, const QUuid &id, const QString &type, const QJsonObject &payload)
{
    const HubResponse state = get(u"operator"_s, u"/api/v1/complaints/"_s + id.toString(QUuid::WithoutBraces));
    const qint64 version = state.object().value(u"state"_s).toObject().value(u"version"_s).toInteger();
    return post(user, u"/api/v1/commands"_s,
                {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {u"type"_s, type},
                 {u"complaint_id"_s, id.toString(QUuid::WithoutBraces)},
                 {u"base_version"_s, version},
                 {u"payload"_s, payload}});
}

QString codeOf(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace sop
