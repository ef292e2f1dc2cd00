#include "HubFixture.h"

#include "Auth.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

int g_fixtures = 0;

const QDateTime kDemoEnd(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

} // namespace

std::ostream &operator<<(std::ostream &out, const StoreDump &dump)
{
    return out << "{head " << dump.head << ", events " << dump.events << ", complaints " << dump.complaints
               << ", identities " << dump.identities << ", users " << dump.users << ", tokens " << dump.tokens
               << ", last hash " << dump.lastHash.left(12).toStdString() << "}";
}

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QJsonObject errorOf(const HubResponse &response) { return response.object().value(u"error"_s).toObject(); }

void requireError(const HubResponse &response, int status, const QString &code)
{
    INFO(response.body.toStdString());
    CHECK(response.status == status);
    const QJsonObject error = errorOf(response);
    CHECK(error.value(u"code"_s).toString() == code);
    CHECK_FALSE(error.value(u"message"_s).toString().trimmed().isEmpty());
}

void requireRefusal(const HubResponse &response, int status, const QString &code)
{
    INFO(response.status << " " << response.body.left(400).toStdString());
    CHECK(response.status >= 400);
    CHECK(response.status < 500);
    if (status != 0)
        CHECK(response.status == status);
    CHECK(response.contentType == "application/json");
    const QJsonObject error = errorOf(response);
    CHECK(error.value(u"code"_s).isString());
    CHECK(response.object().size() == 1);
    if (!code.isEmpty())
        CHECK(error.value(u"code"_s).toString() == code);
    CHECK_FALSE(error.value(u"message"_s).toString().trimmed().isEmpty());
}

HubFixture::HubFixture(int demoComplaints)
{
    REQUIRE(initCrypto());
    REQUIRE(m_dir.isValid());
    auto reference = loadBuiltinReferenceData();
    REQUIRE(reference.ok());
    m_reference = std::move(reference).value();
    m_connection = u"hub-api-test-%1"_s.arg(++g_fixtures);
    auto store = SqlHubStore::open(u"sqlite:"_s + m_dir.filePath(u"hub.sqlite"_s), StoreKind::Demo, m_connection);
    INFO((store.ok() ? std::string() : store.error().message.toStdString()));
    REQUIRE(store.ok());
    m_store = std::move(store).value();

    if (demoComplaints > 0) {
        const auto corpus = DemoCorpus::loadBuiltin();
        REQUIRE(corpus.ok());
        DemoOptions options;
        options.count = demoComplaints;
        options.end = kDemoEnd;
        QList<DemoComplaint> batch;
        REQUIRE_FALSE(DemoGenerator(m_reference, corpus.value(), options).run([&batch](const DemoComplaint &demo) {
            batch.append(demo);
            return true;
        }));
        REQUIRE_FALSE(m_store->importDemo(batch));
    }

    const QString hash = hashPassword(kPassword, PasswordCost::minimal());
    REQUIRE_FALSE(hash.isEmpty());
    const QList<UserRecord> users = {
        {0, u"op.rina"_s, u"Rina"_s, Role::Operator, {}, true, hash, 1},
        {0, u"op.budi"_s, u"Budi"_s, Role::Operator, {}, true, hash, 1},
        {0, u"spv.dewi"_s, u"Dewi"_s, Role::Supervisor, {}, true, hash, 1},
        {0, u"admin.iwan"_s, u"Iwan"_s, Role::Admin, {}, true, hash, 1},
        {0, u"liaison-dishub"_s, u"Penghubung DISHUB"_s, Role::Liaison, u"DISHUB"_s, true, hash, 1},
        {0, u"liaison-dlh"_s, u"Penghubung DLH"_s, Role::Liaison, u"DLH"_s, true, hash, 1},
    };
    for (const UserRecord &user : users)
        REQUIRE(m_store->addUser(user).ok());

    // Hub time runs just after the demo data, so that new events follow the imported ones.
    m_api = std::make_unique<HubApi>(*m_store, m_reference, HubClock::startingAt(kDemoEnd.addSecs(3600), 1.0));
}

HubFixture::~HubFixture() = default;

HubResponse HubFixture::loginAs(const QString &username, const QByteArray &password)
{
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, QString::fromUtf8(password)}};
    return request("POST", u"/api/v1/session"_s, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray HubFixture::login(const QString &username)
{
    if (const auto it = m_tokens.constFind(username); it != m_tokens.constEnd())
        return *it;
    const HubResponse response = loginAs(username, kPassword);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    const QByteArray token = response.object().value(u"token"_s).toString().toLatin1();
    REQUIRE_FALSE(token.isEmpty());
    m_tokens.insert(username, token);
    return token;
}

HubResponse HubFixture::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token,
                                const QByteArray &body)
{
    const QUrl url(u"http://hub.test"_s + pathAndQuery);
    HubRequest request;
    request.method = method;
    request.path = url.path();
    request.query = QUrlQuery(url.query());
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.headers.insert("content-type", "application/json");
    request.headers.insert("x-rabeg-workstation", "WS-UJI-01");
    request.body = body;
    return m_api->handle(request);
}

HubResponse HubFixture::post(const QByteArray &token, const QString &path, const QJsonObject &body)
{
    return post(token, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QUuid HubFixture::intake(const QByteArray &token, const QString &title, const QString &body, bool anonim)
{
    const QUuid id = QUuid::createUuid();
    const QJsonObject complaint{{u"complaint_id"_s, uuidText(id)},
                                {u"channel"_s, u"walk_in"_s},
                                {u"title"_s, title},
                                {u"body"_s, body},
                                {u"service"_s, u"pju"_s},
                                {u"kecamatan"_s, u"SERANG"_s},
                                {u"anonim"_s, anonim},
                                {u"identity"_s, QJsonObject{{u"name"_s, u"Siti Aminah"_s},
                                                            {u"nik"_s, u"3673015507880002"_s},
                                                            {u"phone"_s, u"087812345678"_s}}}};
    const HubResponse response = post(token, u"/api/v1/complaints"_s, complaint);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 201);
    REQUIRE(response.object().value(u"complaint_id"_s).toString() == uuidText(id));
    return id;
}

QJsonObject HubFixture::command(const QString &type, const QUuid &complaint, qint64 baseVersion,
                                const QJsonObject &payload, const QUuid &commandId)
{
    return {{u"command_id"_s, uuidText(commandId.isNull() ? QUuid::createUuid() : commandId)},
            {u"type"_s, type},
            {u"complaint_id"_s, uuidText(complaint)},
            {u"base_version"_s, baseVersion},
            {u"base_epoch"_s, 1},
            {u"payload"_s, payload}};
}

HubResponse HubFixture::send(const QByteArray &token, const QJsonObject &command)
{
    return post(token, u"/api/v1/commands"_s, command);
}

QJsonObject HubFixture::run(const QByteArray &token, const QString &type, const QUuid &complaint,
                            const QJsonObject &payload)
{
    const HubResponse response = send(token, command(type, complaint, version(complaint), payload));
    INFO(type.toStdString() << ": " << response.body.toStdString());
    REQUIRE(response.status == 200);
    return response.object();
}

QUuid HubFixture::dispatched(const QString &opd, const QString &title, const QString &body)
{
    const QByteArray token = login(u"op.rina"_s);
    const QUuid id = intake(token, title, body);
    run(token, u"verify"_s, id,
        {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"perhubungan-pju"_s}, {u"service"_s, u"pju"_s}});
    run(token, u"dispatch"_s, id, {{u"opd"_s, opd}});
    return id;
}

qint64 HubFixture::version(const QUuid &complaint)
{
    const auto found = m_store->complaint(complaint);
    REQUIRE(found.ok());
    return found.value() ? found.value()->version : 0;
}

StoreDump HubFixture::dump()
{
    QSqlQuery q(m_store->database());
    const auto scalar = [&q](const QString &sql) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    };
    StoreDump out;
    out.head = scalar(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s).toLongLong();
    out.events = scalar(u"SELECT COUNT(*) FROM events"_s).toLongLong();
    out.complaints = scalar(u"SELECT COUNT(*) FROM complaints"_s).toLongLong();
    out.identities = scalar(u"SELECT COUNT(*) FROM identities"_s).toLongLong();
    out.users = scalar(u"SELECT COUNT(*) FROM users"_s).toLongLong();
    out.tokens = scalar(u"SELECT COUNT(*) FROM tokens"_s).toLongLong();
    out.lastHash = scalar(u"SELECT COALESCE(MAX(hash), '') FROM events WHERE seq = (SELECT MAX(seq) FROM events)"_s)
                       .toString();
    return out;
}

void HubFixture::exec(const QString &sql)
{
    QSqlQuery q(m_store->database());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace rabeg::test
