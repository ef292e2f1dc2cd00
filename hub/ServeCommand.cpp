#include "ServeCommand.h"

#include "AttachmentRoute.h"
#include "Auth.h"
#include "GuardedTcpServer.h"
#include "HubApi.h"
#include "HubLog.h"
#include "HubServer.h"
#include "ItemCache.h"
#include "KeyCommand.h"
#include "LogListener.h"
#include "ReadPool.h"
#include "Scheduler.h"
#include "SchedulerThread.h"
#include "SqlHubStore.h"
#include "TrainingAccounts.h"
#include "TrainingApi.h"
#include "TrainingHub.h"
#include "codec/WireTime.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSopTicks.h"
#include "refdata/ReferenceLoader.h"
#include "training/ScenarioLoader.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(message));
    return 1;
}

bool parseArgs(QCommandLineParser &parser, const QString &name, const QStringList &args)
{
    if (!parser.parse(QStringList{name} + args)) {
        std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(parser.errorText()));
        return false;
    }
    return true;
}

std::unique_ptr<SqlHubStore> openStore(const QString &spec, StoreKind kind, QString *error)
{
    auto store = SqlHubStore::open(spec, kind, u"rabeg-hub"_s);
    if (!store.ok()) {
        *error = store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

Status loadDemo(SqlHubStore &store, const ReferenceData &reference, qint64 count, const QDateTime &end,
                const PasswordCost &cost)
{
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!corpus.ok())
        return corpus.error();
    DemoOptions options;
    options.count = count;
    options.end = end;
    QList<DemoComplaint> batch;
    Status failure;
    DemoSopTicks ticks(reference, options); // the OPDs' SOP progress, so the stall board has a city's shape
    const Status run = DemoGenerator(reference, corpus.value(), options).run([&](const DemoComplaint &generated) {
        DemoComplaint demo = generated;
        failure = ticks.add(demo);
        if (failure)
            return false;
        batch.append(demo);
        if (batch.size() == 1000) {
            failure = store.importDemo(batch);
            batch.clear();
        }
        return !failure;
    });
    if (run || failure)
        return run ? run : failure;
    if (!batch.isEmpty()) {
        if (Status status = store.importDemo(batch))
            return status;
    }
    // One hash for the shared demo password: these accounts are for demonstrations, never for real work.
    const QString hash = hashPassword("demo", cost);
    QList<UserRecord> users = {{0, u"operator"_s, u"Operator Demo"_s, Role::Operator, {}, true, hash, 1},
                               {0, u"supervisor"_s, u"Supervisor Demo"_s, Role::Supervisor, {}, true, hash, 1},
                               {0, u"admin"_s, u"Admin Demo"_s, Role::Admin, {}, true, hash, 1},
                               {0, u"trainer"_s, u"Pelatih Demo"_s, Role::Trainer, {}, true, hash, 1}};
    for (const Opd &opd : reference.opds)
        users.append({0, u"liaison-"_s + opd.code.toLower(), u"Penghubung "_s + opd.code, Role::Liaison, opd.code,
                      true, hash, 1});
    for (const UserRecord &user : std::as_const(users)) {
        auto added = store.addUser(user);
        if (!added.ok())
            return added.error();
    }
    return std::nullopt;
}

} // namespace

int serveCommand(const QStringList &rawArgs)
{
    // `--demo` takes an optional count: "--demo" alone or "--demo 5000".
    QStringList args = rawArgs;
    std::optional<qint64> demoCount;
    if (const qsizetype i = args.indexOf(u"--demo"_s); i >= 0) {
        bool numeric = false;
        const qint64 n = args.value(i + 1).toLongLong(&numeric);
        demoCount = numeric ? n : 2000;
        args.removeAt(i);
        if (numeric)
            args.removeAt(i);
        if (*demoCount < 0)
            return fail(u"--demo takes a count of complaints (0 or more)."_s);
    }
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    const QCommandLineOption listenOption(u"listen"_s, QString(), u"ADDRESS:PORT"_s, u"127.0.0.1:8470"_s);
    const QCommandLineOption clockOption(u"clock"_s, QString(), u"ISO"_s);
    const QCommandLineOption speedOption(u"clock-speed"_s, QString(), u"K"_s, u"1"_s);
    const QCommandLineOption costOption(u"password-cost"_s, QString(), u"COST"_s, u"interactive"_s);
    // Threads answering GET routes beside the HTTP thread (0: answer everything on the HTTP thread).
    const QCommandLineOption readThreadsOption(u"read-threads"_s, QString(), u"N"_s,
                                               QString::number(std::max(1, QThread::idealThreadCount())));
    // Seconds of real time between two passes of the scheduler (0: no scheduler in this process).
    const QCommandLineOption schedulerOption(u"scheduler-interval"_s, QString(), u"SECONDS"_s, u"30"_s);
    // A training class (docs/training.md): the scenario file; the store must be a training store.
    const QCommandLineOption trainingOption(u"training"_s, QString(), u"SCENARIO"_s);
    // Peers whose X-Real-IP header names the client (nginx in front); repeatable. Without it the login limits
    // count by the connecting address, which behind a proxy is the proxy's.
    const QCommandLineOption proxyOption(u"trusted-proxy"_s, QString(), u"ADDRESS"_s);
    // The key that seals reporters' identities (IdentityKey.h), kept outside the store.
    const QCommandLineOption identityKeyOption(u"identity-key"_s, QString(), u"FILE"_s);
    // Megabytes of page items a PostgreSQL store's pull pages are copied from (ItemCache.h; 0: none).
    const QCommandLineOption itemCacheOption(u"item-cache-mb"_s, QString(), u"MB"_s, u"256"_s);
    // Seconds a connection may stay idle between requests, or in a request that does not move (ConnectionGuard.h).
    const QCommandLineOption idleOption(u"idle-timeout"_s, QString(), u"SECONDS"_s, u"75"_s);
    // Connections the kernel queues before the hub accepts them (a burst of workstations after a network outage).
    const QCommandLineOption backlogOption(u"listen-backlog"_s, QString(), u"N"_s,
                                           QString::number(GuardedTcpServer::kDefaultBacklog));
    parser.addOptions({storeOption, listenOption, clockOption, speedOption, costOption, readThreadsOption,
                       schedulerOption, trainingOption});
    parser.addOption(proxyOption);
    parser.addOption(identityKeyOption);
    parser.addOption(itemCacheOption);
    parser.addOption(idleOption);
    parser.addOption(backlogOption);
    if (!parseArgs(parser, u"serve"_s, args))
        return 2;
    if (!parser.isSet(storeOption))
        return fail(u"serve needs --store sqlite:PATH or --store postgresql://USER@HOST:PORT/DB."_s);
    bool idleOk = false;
    const int idleTimeout = parser.value(idleOption).toInt(&idleOk);
    if (!idleOk || idleTimeout < 1 || idleTimeout > 86400)
        return fail(u"--idle-timeout takes a number of seconds from 1 to 86400."_s);
    bool backlogOk = false;
    const int backlog = parser.value(backlogOption).toInt(&backlogOk);
    if (!backlogOk || backlog < 1 || backlog > 65535)
        return fail(u"--listen-backlog takes a number of connections from 1 to 65535."_s);
    if (!initCrypto())
        return fail(u"libsodium cannot start."_s);
    const PasswordCost cost =
        parser.value(costOption) == u"minimal"_s ? PasswordCost::minimal() : PasswordCost::interactive();

    const auto builtin = loadBuiltinReferenceData();
    if (!builtin.ok())
        return fail(builtin.error().message);
    const bool training = parser.isSet(trainingOption);
    std::optional<TrainingScenario> scenario;
    if (training) {
        if (demoCount || parser.isSet(clockOption))
            return fail(u"--training runs its own class and clock: it takes neither --demo nor --clock."_s);
        if (SqlHubStore::isPostgresSpec(parser.value(storeOption)))
            return fail(u"A training class lives in a SQLite store: --store sqlite:PATH."_s);
        auto loaded = ScenarioLoader(builtin.value()).load(parser.value(trainingOption));
        if (!loaded.ok())
            return fail(loaded.error().message);
        scenario = std::move(loaded).value();
    }
    // A training hub serves the built-in reference data with the scenario's overrides.
    const ReferenceData served = scenario ? ScenarioLoader::withOverrides(builtin.value(), *scenario) : builtin.value();
    const ReferenceData *reference = &served;
    QString error;
    auto store = openStore(parser.value(storeOption),
                           training ? StoreKind::Training : (demoCount ? StoreKind::Demo : StoreKind::Production), &error);
    if (!store)
        return fail(error);
    const StoreInfo info = store->info();
    if (training && info.kind != StoreKind::Training)
        return fail(u"This is a %1 store: a training class never runs in it, and nothing of a class may reach it. Give "
                    u"--training a new store file."_s.arg(toCode(info.kind)));
    if (demoCount && info.kind == StoreKind::Production)
        return fail(u"This is a production store: demo data can never be loaded into it. Use a new store file."_s);
    if (!training && info.kind == StoreKind::Training)
        return fail(u"This is a training store: serve it with --training SCENARIO, never as a normal hub."_s);

    const auto identityKey = serveIdentityKey(*store, parser.value(storeOption), parser.value(identityKeyOption));
    if (!identityKey.ok())
        return fail(identityKey.error().message);

    // A training class starts paused at its scenario's start (TrainingHub::start moves it to where it stopped).
    HubClock clock = training ? HubClock::startingAt(scenario->start, 0) : HubClock::real();
    if (parser.isSet(clockOption)) {
        if (info.kind == StoreKind::Production)
            return fail(u"A production hub runs on real time: --clock is for demo and training stores only."_s);
        const QDateTime start = parseWireTime(parser.value(clockOption));
        bool speedOk = false;
        const double speed = parser.value(speedOption).toDouble(&speedOk);
        // Speed 0 freezes hub time at --clock (a paused class, a test).
        if (!start.isValid() || !speedOk || (speed != 0 && speed < 1) || speed > 600)
            return fail(u"--clock takes an ISO 8601 time with a zone, --clock-speed 0 (frozen) or a number from 1 "
                        u"to 600."_s);
        clock = HubClock::startingAt(start, speed);
    }

    bool intervalOk = false;
    const int schedulerInterval = parser.value(schedulerOption).toInt(&intervalOk);
    if (!intervalOk || schedulerInterval < 0 || schedulerInterval > 86400)
        return fail(u"--scheduler-interval takes a number of seconds from 0 (no scheduler) to 86400."_s);

    store->setSlaPolicy(reference->sla); // the demo's running clocks go into the schedule as they are imported
        if (demoCount && store->head().value_or(0) == 0) {
        std::printf("rabeg-hub: generating %lld demo complaints...\n", *demoCount);
        std::fflush(stdout);
        if (Status status = loadDemo(*store, *reference, *demoCount, clock.now(), cost))
            return fail(status->message);
    }

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    const QHostAddress address(listen.left(colon));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || address.isNull() || !portOk || port > 65535)
        return fail(u"--listen takes ADDRESS:PORT, for example 127.0.0.1:8470 (port 0 picks a free one)."_s);

    bool threadsOk = false;
    // A training hub answers everything on one thread: its clock jumps and resets must not race a read.
    const int readThreads = training ? 0 : parser.value(readThreadsOption).toInt(&threadsOk);
    threadsOk = threadsOk || training;
    if (!threadsOk || readThreads < 0 || readThreads > 64)
        return fail(u"--read-threads takes a number from 0 to 64."_s);
    bool cacheOk = false;
    const qint64 itemCacheMb = parser.value(itemCacheOption).toLongLong(&cacheOk);
    if (!cacheOk || itemCacheMb < 0 || itemCacheMb > 1024 * 1024)
        return fail(u"--item-cache-mb takes a number of megabytes (0: no cache)."_s);
    std::shared_ptr<ItemCache> itemCache;
    if (itemCacheMb > 0 && store->isPostgres())
        itemCache = std::make_shared<ItemCache>(qsizetype(itemCacheMb) * 1024 * 1024);
    store->setItemCache(itemCache); // answers the GET routes itself when there are no read threads
    ReadPool pool(parser.value(storeOption), *reference, clock);
    pool.setIdentityKey(identityKey.value());
    pool.setItemCache(itemCache);
    if (readThreads > 0) {
        if (Status status = pool.start(readThreads))
            return fail(status->message);
    }

    std::unique_ptr<SchedulerThread> scheduler;
    if (schedulerInterval > 0 && !training) { // a training class runs the scheduler at each tick of its clock
        // The first pass runs before the hub serves: what fell due while no hub ran is done before anyone reads.
        const auto first = Scheduler(*store, *reference, clock).runOnce();
        if (!first.ok())
            return fail(u"the scheduler's first pass failed: "_s + first.error().message);
        scheduler = std::make_unique<SchedulerThread>(parser.value(storeOption), *reference, clock,
                                                      std::chrono::seconds(schedulerInterval));
    }

    HubApi api(*store, *reference, clock);
    QList<QHostAddress> proxies;
    for (const QString &text : parser.values(proxyOption)) {
        const QHostAddress proxy(text);
        if (proxy.isNull())
            return fail(u"--trusted-proxy takes an IP address, not \"%1\"."_s.arg(text));
        proxies.append(proxy);
    }
    api.loginGuard().setTrustedProxies(proxies);
    HubServer server(api);
    server.setItemCache(itemCache);
    std::unique_ptr<TrainingHub> trainingHub;
    std::unique_ptr<TrainingApi> trainingApi;
    if (training) {
        const auto accounts = ensureTrainingAccounts(*store, *scenario, cost);
        if (!accounts.ok())
            return fail(accounts.error().message);
        if (!accounts->isEmpty())
            std::printf("rabeg-hub: accounts made for the class (user, role, password):\n%s",
                        qPrintable(accountLines(accounts.value())));
        trainingHub = std::make_unique<TrainingHub>(*store, *reference, clock, *scenario);
        if (Status status = trainingHub->start())
            return fail(status->message);
        trainingApi = std::make_unique<TrainingApi>(*trainingHub, api);
        api.setExtraRoutes([routes = trainingApi.get()](const HubRequest &request, const UserRecord &user) {
            return routes->route(request, user);
        });
        QObject::connect(trainingHub.get(), &TrainingHub::logGrew, &server, &HubServer::announce);
    }
    if (scheduler) {
        QObject::connect(scheduler.get(), &SchedulerThread::logGrew, &server, &HubServer::announce);
        scheduler->start();
    }
    // Several hub processes on one PostgreSQL store: each tells its notice sockets of every process's appends.
    std::unique_ptr<LogListener> listener;
    if (store->isPostgres()) {
        listener = std::make_unique<LogListener>(parser.value(storeOption));
        if (Status status = listener->start())
            return fail(status->message);
        QObject::connect(listener.get(), &LogListener::logGrew, &server, &HubServer::announce);
    }
    if (readThreads > 0)
        server.setReadPool(&pool);
    // The hub itself refuses oversized bodies before buffering them and closes idle connections (ConnectionGuard.h);
    // nginx in front still does both first (docs/deployment.md).
    ConnectionGuard::Limits limits;
    limits.idleTimeout = std::chrono::seconds(idleTimeout);
    limits.refuseBody = &HubApi::refuseBody;
    limits.largestBody = AttachmentRoute::kMaxBytes;
    auto *tcp = new GuardedTcpServer(limits, &server);
    tcp->setListenBacklogSize(backlog);
    if (!tcp->listen(address, quint16(port)))
        return fail(u"cannot listen on %1: %2"_s.arg(listen, tcp->errorString()));
    server.bind(tcp);
    std::printf("rabeg-hub listening on http://%s:%u (store %s, kind %s, epoch %lld)\n",
                qPrintable(tcp->serverAddress().toString()), unsigned(tcp->serverPort()), qPrintable(info.storeId),
                qPrintable(toCode(info.kind)), info.epoch);
    if (trainingHub)
        std::printf("rabeg-hub: training class %d of the scenario \"%s\", clock paused at %s; the trainer runs it "
                    "from the trainer console\n",
                    trainingHub->classNumber(), qPrintable(scenario->id), qPrintable(toWireTime(clock.now())));
    if (info.kind == StoreKind::Demo)
        std::printf("rabeg-hub: demo accounts operator, supervisor, admin, trainer and liaison-<opd code>, "
                    "e.g. liaison-disdukcapil; the password of each is \"demo\"\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace rabeg
