#include "BenchCommon.h"

#include "Auth.h"
#include "HubApi.h"
#include "HubServer.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpServer>

#include <pthread.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg::bench {

QString benchIdentityKeyFile() { return QDir::temp().filePath(u"rabeg-bench-identity.key"_s); }

Result<ImportTiming> buildDemoStore(const QString &spec, qint64 count, qint64 progressEvery)
{
    if (!initCrypto())
        return Error{u"crypto"_s, u"libsodium cannot start"_s};
    auto reference = loadBuiltinReferenceData();
    if (!reference.ok())
        return reference.error();
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!corpus.ok())
        return corpus.error();
    auto opened = SqlHubStore::open(spec, StoreKind::Demo, u"bench-import"_s);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<SqlHubStore> store = std::move(opened).value();
    if (store->head().value_or(0) != 0)
        return Error{u"not_new"_s, u"the benchmark store must be new: "_s + spec};
    if (!store->isPostgres()) {
        // As the workstation's demo fill does (BulkPageCache.h): the log's and projection's indexes are keyed by
        // random UUIDs, so with SQLite's 2 MB cache every insert reads its pages again as the store grows.
        QSqlQuery pragma(store->database());
        pragma.exec(u"PRAGMA cache_size = -2097152"_s);
    }
    if (store->isPostgres()) {
        const QString keyFile = benchIdentityKeyFile();
        if (!QFile::exists(keyFile)) {
            if (Status status = IdentityKey::generate().save(keyFile))
                return *status;
        }
        auto key = IdentityKey::load(keyFile);
        if (!key.ok())
            return key.error();
        if (Status status = store->setIdentityKey(key.value()))
            return *status;
    }

    ImportTiming timing;
    QElapsedTimer wall;
    QElapsedTimer importTimer;
    wall.start();
    DemoOptions options;
    options.count = count;
    QList<DemoComplaint> batch;
    Status failure;
    qint64 importNs = 0;
    double importCpu = 0;
    const auto flush = [&] {
        importTimer.start();
        const double cpu0 = threadCpuSeconds();
        failure = store->importDemo(batch);
        importCpu += threadCpuSeconds() - cpu0;
        importNs += importTimer.nsecsElapsed();
        batch.clear();
    };
    const Status run = DemoGenerator(reference.value(), corpus.value(), options).run([&](const DemoComplaint &demo) {
        batch.append(demo);
        timing.events += demo.events.size();
        ++timing.complaints;
        if (batch.size() == 1000)
            flush();
        if (progressEvery > 0 && timing.complaints % progressEvery == 0) {
            std::fprintf(stderr, "  imported %lld complaints (%.0f s)\n", timing.complaints, wall.nsecsElapsed() / 1e9);
            std::fflush(stderr);
        }
        return !failure;
    });
    if (!run && !failure && !batch.isEmpty())
        flush();
    if (run || failure)
        return run ? *run : *failure;
    timing.wallSeconds = wall.nsecsElapsed() / 1e9;
    timing.importSeconds = importNs / 1e9;
    timing.importCpuSeconds = importCpu;
    timing.generateSeconds = timing.wallSeconds - timing.importSeconds;

    const UserRecord user{0, kBenchUser, u"Benchmark"_s, Role::Operator, {}, true,
                          hashPassword(kBenchPassword, PasswordCost::minimal()), 1};
    if (auto added = store->addUser(user); !added.ok())
        return added.error();
    if (!store->isPostgres()) {
        QSqlQuery q(store->database());
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    return timing;
}

// Lives in the hub thread: opens the store there, serves until the thread's event loop quits.
class HubThread::Runner final : public QThread
{
public:
    explicit Runner(HubThread &owner) : m_owner(owner) {}

protected:
    void run() override
    {
        clockid_t clock{};
        if (pthread_getcpuclockid(pthread_self(), &clock) == 0) {
            m_owner.m_clock = clock;
            m_owner.m_hasClock = true;
        }
        auto opened = SqlHubStore::open(m_owner.m_spec, StoreKind::Demo, u"bench-hub-thread"_s);
        if (!opened.ok()) {
            m_owner.m_ready.set_value(opened.error());
            return;
        }
        {
            std::unique_ptr<SqlHubStore> store = std::move(opened).value();
            HubApi api(*store, m_owner.m_reference, HubClock::real());
            HubServer server(api);
            auto *tcp = new QTcpServer(&server);
            if (!tcp->listen(QHostAddress::LocalHost, 0)) {
                m_owner.m_ready.set_value(Error{u"listen"_s, tcp->errorString()});
                return;
            }
            server.bind(tcp);
            m_owner.m_ready.set_value(quint16(tcp->serverPort()));
            exec();
        }
        m_owner.m_hasClock = false;
    }

private:
    HubThread &m_owner;
};

HubThread::HubThread(QString spec, const ReferenceData &reference) : m_spec(std::move(spec)), m_reference(reference) {}

HubThread::~HubThread() { stop(); }

Result<quint16> HubThread::start()
{
    if (!initCrypto())
        return Error{u"crypto"_s, u"libsodium cannot start"_s};
    m_ready = {};
    auto ready = m_ready.get_future();
    m_thread = std::make_unique<Runner>(*this);
    m_thread->start();
    Result<quint16> port = ready.get();
    if (!port.ok())
        stop();
    return port;
}

void HubThread::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

double HubThread::cpuSeconds() const
{
    if (!m_hasClock)
        return 0;
    timespec ts{};
    if (clock_gettime(m_clock, &ts) != 0)
        return 0;
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

double percentile(QList<double> values, double p) { return percentileOf(std::move(values), p); }

double median(QList<double> values) { return percentile(std::move(values), 50); }

QString sqliteVersion()
{
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-version"_s);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
                version = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-version"_s);
    return version;
}

QString machineLine()
{
    return u"%1 cores, %2, Qt %3, SQLite %4"_s.arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), sqliteVersion());
}

void quietLogs() { QLoggingCategory::setFilterRules(u"rabeg.*.debug=false\nrabeg.*.info=false"_s); }

void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

QString grouped(qint64 value)
{
    QLocale locale(QLocale::English);
    return locale.toString(value);
}

} // namespace rabeg::bench
