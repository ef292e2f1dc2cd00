#include "HubStoreFixture.h"

#include "codec/DomainCodec.h"
#include "json/CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace hubtest {
namespace {

class SmallCity final : public ReferenceLookup
{
public:
    bool hasOpd(QStringView code) const override
    {
        return code == QStringView(kDishub) || code == QStringView(kPupr) || code == QStringView(kDlh);
    }
    bool hasAgency(QStringView code) const override { return code == u"POLRESTA"_s; }
    bool hasCategory(QStringView id) const override
    {
        return id == u"perhubungan-pju"_s || id == u"infrastruktur-jalan"_s;
    }
    bool hasService(QStringView code) const override { return code == u"pju"_s || code == u"jalan-rusak"_s; }
    bool hasKecamatan(QStringView code) const override { return code == u"SERANG"_s || code == u"KASEMEN"_s; }
};

QString nextConnectionName()
{
    static int counter = 0;
    return u"hub-store-test-%1"_s.arg(++counter);
}

// Empties the PostgreSQL test database through a connection of its own, so each test starts from nothing.
void resetPostgres(const QString &spec)
{
    const QString name = u"hub-store-test-reset"_s;
    QString problem;
    {
        const QUrl url(spec);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            problem = u"cannot connect to "_s + spec + u": "_s + db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql :
                 {u"SET client_min_messages = warning"_s, u"DROP SCHEMA public CASCADE"_s, u"CREATE SCHEMA public"_s}) {
                if (problem.isEmpty() && !q.exec(sql))
                    problem = sql + u": "_s + q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        FAIL("cannot reset the PostgreSQL test database: " << problem.toStdString());
}

} // namespace

const ReferenceLookup &city()
{
    static const SmallCity instance;
    return instance;
}

Actor operatorActor()
{
    return {u"op.rina"_s, Role::Operator, QString()};
}
Actor otherOperatorActor()
{
    return {u"op.dede"_s, Role::Operator, QString()};
}
Actor supervisorActor()
{
    return {u"spv.hendra"_s, Role::Supervisor, QString()};
}
Actor liaisonOf(const char16_t *opd)
{
    const QString code = QString::fromUtf16(opd);
    return {u"liaison-"_s + code.toLower(), Role::Liaison, code};
}

ReporterIdentity reporter()
{
    return {u"Siti Nurhaliza Rahmawati"_s, u"3673014507880002"_s, u"081298765432"_s, u"siti.n@example.id"_s,
            u"Jl. Ki Mas Jong No. 7, Kasemen"_s};
}

QJsonObject intakePayload(const QString &title)
{
    return {{u"channel"_s, u"walk_in"_s},
            {u"title"_s, title.isEmpty() ? u"Jalan berlubang di Kasemen"_s : title},
            {u"body"_s, u"Jalan di depan SDN Kasemen 1 berlubang besar, sudah ada motor yang jatuh."_s},
            {u"kecamatan"_s, u"KASEMEN"_s},
            {u"service"_s, u"jalan-rusak"_s}};
}

QJsonObject verifyPayload()
{
    return {{u"classification"_s, u"pengaduan"_s},
            {u"category"_s, u"infrastruktur-jalan"_s},
            {u"service"_s, u"jalan-rusak"_s}};
}

QJsonObject dispatchPayload(const char16_t *opd)
{
    return {{u"opd"_s, QString::fromUtf16(opd)}};
}

QJsonObject returnPayload()
{
    return {{u"reason"_s, u"other_opd"_s}, {u"note"_s, u"Jalan kota, kewenangan PUPR."_s}};
}

QJsonObject notePayload(const QString &text)
{
    return {{u"text"_s, text}};
}

QByteArray digestOf(const Command &command)
{
    return QCryptographicHash::hash(json::canonicalBytesUnchecked(encodeCommand(command)), QCryptographicHash::Sha256);
}

QString postgresSpec()
{
    const QString spec = qEnvironmentVariable("RABEG_TEST_PG");
    if (spec.isEmpty()) {
        FAIL("RABEG_TEST_PG is not set, so the PostgreSQL half of this test cannot run. Run the tests through "
             "ctest (its fixture starts a server), or start one with `tests/support/postgres.sh start /tmp/pg 55432` "
             "and export RABEG_TEST_PG=postgresql://postgres@127.0.0.1:55432/rabeg_test");
    }
    return spec;
}

void requireOk(const CommandOutcome &outcome)
{
    INFO("answer: " << QJsonDocument(outcome.body).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(outcome.status == 200);
}

QString errorCode(const CommandOutcome &outcome)
{
    return outcome.body.value(u"error"_s).toObject().value(u"code"_s).toString();
}

HubFixture::HubFixture(Backend backend, StoreKind kind)
    : m_backend(backend), m_now(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC))
{
    if (backend == Backend::Sqlite) {
        REQUIRE(m_dir.isValid());
        m_spec = u"sqlite:"_s + m_dir.filePath(u"hub.sqlite"_s);
    } else {
        m_spec = postgresSpec();
        resetPostgres(m_spec);
    }
    open(kind);
}

HubFixture::~HubFixture() = default;

void HubFixture::open(StoreKind kindIfNew)
{
    auto opened = SqlHubStore::open(m_spec, kindIfNew, nextConnectionName());
    INFO("opening " << m_spec.toStdString() << ": "
                    << (opened.ok() ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    m_store = std::move(opened).value();
    REQUIRE_FALSE(m_store->setIdentityKey(m_identityKey));
}

void HubFixture::reopen(StoreKind kindIfNew)
{
    m_store.reset();
    open(kindIfNew);
}

std::unique_ptr<SqlHubStore> HubFixture::openAnother(const QString &connectionName) const
{
    auto opened = SqlHubStore::open(m_spec, StoreKind::Production, connectionName);
    INFO("opening " << m_spec.toStdString() << ": "
                    << (opened.ok() ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    REQUIRE_FALSE(opened.value()->setIdentityKey(m_identityKey));
    return std::move(opened).value();
}

Command HubFixture::command(CommandType type, const QUuid &complaintId, const QJsonObject &payload,
                            qint64 baseVersion) const
{
    Command command;
    command.commandId = QUuid::createUuid();
    command.type = type;
    command.complaintId = complaintId;
    command.baseVersion = baseVersion;
    command.baseEpoch = m_store->info().epoch;
    command.payload = payload;
    return command;
}

AppendRequest HubFixture::request(const Actor &actor, const Command &command, std::optional<ReporterIdentity> identity)
{
    m_now = m_now.addSecs(60);
    AppendRequest request;
    request.command = command;
    request.actor = actor;
    request.workstation = u"ws-"_s + actor.user;
    request.now = m_now;
    request.reference = &city();
    request.identity = std::move(identity);
    request.requestDigest = digestOf(command);
    return request;
}

CommandOutcome HubFixture::execute(const AppendRequest &request)
{
    auto outcome = m_store->execute(request);
    INFO("store error: " << (outcome.ok() ? std::string() : outcome.error().message.toStdString()));
    REQUIRE(outcome.ok());
    return outcome.value();
}

CommandOutcome HubFixture::send(const Actor &actor, CommandType type, const QUuid &complaintId,
                                const QJsonObject &payload)
{
    return execute(request(actor, command(type, complaintId, payload, versionOf(complaintId))));
}

QJsonObject HubFixture::sendOk(const Actor &actor, CommandType type, const QUuid &complaintId,
                               const QJsonObject &payload)
{
    const CommandOutcome outcome = send(actor, type, complaintId, payload);
    INFO(toCode(type).toStdString() << " by " << actor.user.toStdString());
    requireOk(outcome);
    return outcome.body;
}

QUuid HubFixture::intake(const QJsonObject &payload, std::optional<ReporterIdentity> identity)
{
    const QUuid id = QUuid::createUuid();
    const CommandOutcome outcome
        = execute(request(operatorActor(), command(CommandType::Intake, id, payload, 0), std::move(identity)));
    requireOk(outcome);
    return QUuid::fromString(outcome.body.value(u"complaint_id"_s).toString());
}

QUuid HubFixture::dispatched(const char16_t *opd, const QString &title)
{
    const QUuid id = intake(intakePayload(title));
    sendOk(operatorActor(), CommandType::Verify, id, verifyPayload());
    sendOk(operatorActor(), CommandType::Dispatch, id, dispatchPayload(opd));
    return id;
}

qint64 HubFixture::versionOf(const QUuid &complaintId)
{
    const auto found = m_store->complaint(complaintId);
    REQUIRE(found.ok());
    return found.value() ? found.value()->version : 0;
}

qint64 HubFixture::head()
{
    const auto top = m_store->head();
    REQUIRE(top.ok());
    return top.value();
}

qint64 HubFixture::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    const bool ok = q.exec() && q.next();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q.value(0).toLongLong();
}

void HubFixture::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    const bool ok = q.exec();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace hubtest
