#include "TestHub.h"

#include "Auth.h"
#include "codec/DomainCodec.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

int g_connections = 0;

const QDateTime kDemoEnd(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

} // namespace

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QJsonObject verifyPayload()
{
    return {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"perhubungan-pju"_s}, {u"service"_s, u"pju"_s}};
}

TestHub::TestHub() : TestHub(Options{}) {}

TestHub::TestHub(Options options)
{
    // One line per request would bury a failure's message.
    QLoggingCategory::setFilterRules(u"rabeg.hub.http.debug=false"_s);
    REQUIRE(initCrypto());
    REQUIRE(m_dir.isValid());
    auto reference = loadBuiltinReferenceData();
    REQUIRE(reference.ok());
    m_reference = std::move(reference).value();
    openStore(options.kind);

    if (options.demoComplaints > 0) {
        const auto corpus = DemoCorpus::loadBuiltin();
        REQUIRE(corpus.ok());
        DemoOptions demo;
        demo.count = options.demoComplaints;
        demo.end = kDemoEnd;
        QList<DemoComplaint> batch;
        REQUIRE_FALSE(DemoGenerator(m_reference, corpus.value(), demo).run([&batch](const DemoComplaint &one) {
            batch.append(one);
            return true;
        }));
        // Two batches, as ServeCommand imports in batches: the chain must continue across them.
        const qsizetype half = batch.size() / 2;
        REQUIRE_FALSE(m_store->importDemo(batch.mid(0, half)));
        REQUIRE_FALSE(m_store->importDemo(batch.mid(half)));
    }

    m_passwordHash = hashPassword(kPassword, PasswordCost::minimal());
    REQUIRE_FALSE(m_passwordHash.isEmpty());
    if (options.standardUsers) {
        addUser(u"operator"_s, Role::Operator);
        addUser(u"supervisor"_s, Role::Supervisor);
        for (const Opd &opd : std::as_const(m_reference.opds))
            addUser(u"liaison-"_s + opd.code.toLower(), Role::Liaison, opd.code);
    }
    start();
}

TestHub::~TestHub()
{
    stop();
    m_api.reset();
    m_store.reset();
}

void TestHub::openStore(StoreKind kind)
{
    const QString connection = u"sync-test-hub-%1"_s.arg(++g_connections);
    auto store = SqlHubStore::open(u"sqlite:"_s + filePath(), kind, connection);
    INFO((store.ok() ? std::string() : store.error().message.toStdString()));
    REQUIRE(store.ok());
    m_store = std::move(store).value();
    m_api = std::make_unique<HubApi>(*m_store, m_reference, HubClock::startingAt(kDemoEnd.addSecs(3600), 1.0));
}

QString TestHub::filePath() const { return m_dir.filePath(u"hub.sqlite"_s); }

QUrl TestHub::url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

void TestHub::stop()
{
    // The QTcpServer is a child of the HubServer, and the accepted sockets are children of the QTcpServer:
    // destroying the server closes the listening socket and every open connection.
    m_server.reset();
}

void TestHub::announce(qint64 head)
{
    REQUIRE(m_server);
    m_server->announce(head);
}

void TestHub::start()
{
    REQUIRE_FALSE(m_server);
    m_server = std::make_unique<HubServer>(*m_api);
    auto *tcp = new QTcpServer(m_server.get());
    INFO(tcp->errorString().toStdString());
    REQUIRE(tcp->listen(QHostAddress::LocalHost, 0));
    m_server->bind(tcp);
    m_port = tcp->serverPort();
}

void TestHub::reopen()
{
    const StoreKind kind = m_store->info().kind;
    stop();
    m_api.reset();
    m_store.reset();
    openStore(kind);
    start();
}

void TestHub::addUser(const QString &username, Role role, const QString &opd)
{
    const UserRecord user{0, username, username, role, opd, true, m_passwordHash, 1};
    const auto added = m_store->addUser(user);
    INFO((added.ok() ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
}

QByteArray TestHub::token(const QString &username)
{
    if (const auto it = m_tokens.constFind(username); it != m_tokens.constEnd())
        return *it;
    HubRequest request;
    request.method = "POST";
    request.path = u"/api/v1/session"_s;
    request.body = QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, QString::fromUtf8(kPassword)}})
                       .toJson(QJsonDocument::Compact);
    const HubResponse response = m_api->handle(request);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    const QByteArray token = response.object().value(u"token"_s).toString().toLatin1();
    REQUIRE_FALSE(token.isEmpty());
    m_tokens.insert(username, token);
    return token;
}

HubResponse TestHub::post(const QString &username, const QString &path, const QJsonObject &body)
{
    HubRequest request;
    request.method = "POST";
    request.path = path;
    request.headers.insert("authorization", "Bearer " + token(username));
    request.headers.insert("content-type", "application/json");
    request.headers.insert("x-rabeg-workstation", "WS-LAIN-02");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_api->handle(request);
}

HubResponse TestHub::send(const QString &username, const Command &command)
{
    return post(username, u"/api/v1/commands"_s, encodeCommand(command));
}

Command TestHub::command(CommandType type, const QUuid &complaint, qint64 baseVersion, const QJsonObject &payload,
                         qint64 baseEpoch)
{
    return Command{QUuid::createUuid(), type, complaint, baseVersion, baseEpoch, payload};
}

QJsonObject TestHub::run(const QString &username, CommandType type, const QUuid &complaint, const QJsonObject &payload)
{
    const HubResponse response =
        send(username, command(type, complaint, version(complaint), payload, m_store->info().epoch));
    INFO(toCode(type).toStdString() << " by " << username.toStdString() << ": " << response.body.toStdString());
    REQUIRE(response.status == 200);
    return response.object();
}

QUuid TestHub::intake(const QString &username, const QString &title)
{
    const QUuid id = QUuid::createUuid();
    const QJsonObject complaint{{u"complaint_id"_s, uuidText(id)},
                                {u"channel"_s, u"walk_in"_s},
                                {u"title"_s, title},
                                {u"body"_s, u"Lampu PJU di depan masjid mati sejak seminggu, jalan gelap."_s},
                                {u"service"_s, u"pju"_s},
                                {u"kecamatan"_s, u"SERANG"_s},
                                {u"identity"_s, QJsonObject{{u"name"_s, u"Siti Aminah"_s},
                                                            {u"phone"_s, u"087812345678"_s}}}};
    const HubResponse response = post(username, u"/api/v1/complaints"_s, complaint);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 201);
    return id;
}

QUuid TestHub::verified(const QString &username)
{
    const QUuid id = intake(username);
    run(username, CommandType::Verify, id, verifyPayload());
    return id;
}

qint64 TestHub::version(const QUuid &complaint)
{
    const auto found = m_store->complaint(complaint);
    REQUIRE(found.ok());
    return found.value() ? found.value()->version : 0;
}

qint64 TestHub::head()
{
    const auto head = m_store->head();
    REQUIRE(head.ok());
    return head.value();
}

QVariant TestHub::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_store->database());
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    const bool ok = q.exec() && q.next();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q.value(0);
}

void TestHub::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_store->database());
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    const bool ok = q.exec();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

QStringList TestHub::busiestOpds(int count)
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT opd FROM complaints WHERE opd <> '' GROUP BY opd ORDER BY COUNT(*) DESC, opd LIMIT ?"_s);
    q.addBindValue(count);
    REQUIRE(q.exec());
    QStringList opds;
    while (q.next())
        opds.append(q.value(0).toString());
    return opds;
}

} // namespace rabeg::test
