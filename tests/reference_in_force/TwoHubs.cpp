#include "TwoHubs.h"
#include "../support/PostgresStatements.h"

#include "Auth.h"
#include "codec/DomainCodec.h"
#include "refdata/ReferenceLoader.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace refhub {
namespace {

const QByteArray kPassword = "sandi-uji-123";

QString nextConnectionName()
{
    static int counter = 0;
    return u"reference-in-force-%1"_s.arg(++counter);
}

QString runOn(const QString &spec, const QStringList &statements)
{
    return rabeg::test::runStatements(spec, statements, u"reference-in-force"_s);
}

// A database of these tests' own in the store tests' cluster, emptied.
QString postgresSpec()
{
    const QString cluster = qEnvironmentVariable("RABEG_TEST_PG");
    if (cluster.isEmpty())
        FAIL("RABEG_TEST_PG is not set: run this test through ctest, whose fixture starts a PostgreSQL server.");
    QUrl url(cluster);
    url.setPath(u"/postgres"_s);
    const QString admin = url.toString();
    url.setPath(u"/rabeg_reference"_s);
    static bool made = false;
    if (!made) {
        runOn(admin, {u"CREATE DATABASE rabeg_reference"_s}); // fails harmlessly when it exists
        made = true;
    }
    const QString problem = runOn(url.toString(), {u"SET client_min_messages = warning"_s,
                                                   u"DROP SCHEMA public CASCADE"_s, u"CREATE SCHEMA public"_s});
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    return url.toString();
}

std::unique_ptr<SqlHubStore> openStore(const QString &spec)
{
    auto opened = SqlHubStore::open(spec, StoreKind::Demo, nextConnectionName());
    INFO("opening " << spec.toStdString() << ": " << (opened.ok() ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

QString errorCode(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString errorMessage(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"message"_s).toString();
}

TwoHubs::TwoHubs(Backend backend) : m_backend(backend)
{
    QLoggingCategory::setFilterRules(u"rabeg.hub.http.debug=false"_s);
    REQUIRE(initCrypto());
    auto shipped = loadBuiltinReferenceData();
    REQUIRE(shipped.ok());
    m_shipped = std::move(shipped).value();
    REQUIRE(m_dir.isValid());
    m_spec = backend == Backend::Sqlite ? u"sqlite:"_s + m_dir.filePath(u"hub.sqlite"_s) : postgresSpec();
    m_store = openStore(m_spec);
    m_other = openStore(m_spec);
    const HubClock clock = HubClock::startingAt(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC), 1.0);
    m_first = std::make_unique<HubApi>(*m_store, m_shipped, clock);
    m_second = std::make_unique<HubApi>(*m_other, m_shipped, clock);
    const QString hash = hashPassword(kPassword, PasswordCost::minimal());
    for (const UserRecord &user : {UserRecord {0, u"admin"_s, u"Iwan"_s, Role::Admin, {}, true, hash, 1},
                                   UserRecord {0, u"operator"_s, u"Rina"_s, Role::Operator, {}, true, hash, 1},
                                   UserRecord {0, u"liaison-dishub"_s, u"Dede"_s, Role::Liaison, u"DISHUB"_s, true,
                                               hash, 1}})
        REQUIRE(m_store->addUser(user).ok());
}

TwoHubs::~TwoHubs()
{
    m_second.reset();
    m_first.reset();
    m_other.reset();
    m_store.reset();
}

QByteArray TwoHubs::token(const QString &user)
{
    if (const auto it = m_tokens.constFind(user); it != m_tokens.constEnd())
        return *it;
    HubRequest request;
    request.method = "POST";
    request.path = u"/api/v1/session"_s;
    const QString password = m_passwords.value(user, QString::fromUtf8(kPassword));
    request.body = QJsonDocument(QJsonObject {{u"username"_s, user}, {u"password"_s, password}})
                       .toJson(QJsonDocument::Compact);
    const HubResponse response = m_first->handle(request);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    const QByteArray token = response.object().value(u"token"_s).toString().toLatin1();
    m_tokens.insert(user, token);
    return token;
}

HubResponse TwoHubs::post(HubApi &hub, const QString &user, const QString &path, const QJsonObject &body)
{
    HubRequest request;
    request.method = "POST";
    request.path = path;
    request.headers.insert("authorization", "Bearer " + token(user));
    request.headers.insert("content-type", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return hub.handle(request);
}

HubResponse TwoHubs::get(HubApi &hub, const QString &user, const QString &path)
{
    HubRequest request;
    request.method = "GET";
    request.path = path;
    request.headers.insert("authorization", "Bearer " + token(user));
    return hub.handle(request);
}

HubResponse TwoHubs::command(HubApi &hub, const QString &user, CommandType type, const QUuid &id,
                             const QJsonObject &payload)
{
    const auto current = complaint(id);
    const Command command {QUuid::createUuid(), type, id, current ? current->version : 0, m_store->info().epoch,
                           payload};
    return post(hub, user, u"/api/v1/commands"_s, encodeCommand(command));
}

QUuid TwoHubs::verified(HubApi &hub)
{
    const QUuid id = QUuid::createUuid();
    const QJsonObject intake {{u"complaint_id"_s, id.toString(QUuid::WithoutBraces)},
                              {u"channel"_s, u"walk_in"_s},
                              {u"title"_s, u"Lampu jalan mati di Cipocok"_s},
                              {u"body"_s, u"Lampu PJU di depan masjid mati sejak seminggu, jalan gelap."_s},
                              {u"service"_s, u"pju"_s},
                              {u"kecamatan"_s, u"SERANG"_s}};
    const HubResponse taken = post(hub, u"operator"_s, u"/api/v1/complaints"_s, intake);
    INFO(taken.body.toStdString());
    REQUIRE(taken.status == 201);
    const HubResponse verify = command(hub, u"operator"_s, CommandType::Verify, id,
                                       {{u"classification"_s, u"pengaduan"_s},
                                        {u"category"_s, u"perhubungan-pju"_s},
                                        {u"service"_s, u"pju"_s}});
    INFO(verify.body.toStdString());
    REQUIRE(verify.status == 200);
    return id;
}

void TwoHubs::change(HubApi &hub, const QString &path, const QString &action, const QString &code,
                     const QString &name)
{
    QJsonObject body {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"action"_s, action},
                      {u"code"_s, code},
                      {u"reason"_s, u"Perwal 2026 tentang susunan perangkat daerah"_s}};
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    const HubResponse response = post(hub, u"admin"_s, path, body);
    INFO(action.toStdString() << " " << code.toStdString() << ": " << response.body.toStdString());
    REQUIRE(response.status == 200);
}

qint64 TwoHubs::head()
{
    const auto head = m_store->head();
    REQUIRE(head.ok());
    return head.value();
}

std::optional<Complaint> TwoHubs::complaint(const QUuid &id)
{
    const auto found = m_store->complaint(id);
    REQUIRE(found.ok());
    return found.value();
}

} // namespace refhub
