#include "MaintenanceCommands.h"

#include "SqlHubStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(message));
    return 1;
}

int usage(const char *text)
{
    std::fprintf(stderr, "usage: %s\n", text);
    return 2;
}

bool parse(QCommandLineParser &parser, const QString &name, const QStringList &args)
{
    if (!parser.parse(QStringList{name} + args)) {
        std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(parser.errorText()));
        return false;
    }
    return parser.positionalArguments().isEmpty();
}

QString sqlitePath(const QString &spec) { return spec.startsWith(u"sqlite:"_s) ? spec.mid(7) : QString(); }

// Opens a store that must exist already: maintenance never creates an empty one by mistake.
std::unique_ptr<SqlHubStore> openExisting(const QString &spec, const QString &connection, QString *error)
{
    const QString path = sqlitePath(spec);
    if (!path.isEmpty() && !QFileInfo::exists(path)) {
        *error = u"There is no store at %1."_s.arg(path);
        return nullptr;
    }
    auto store = SqlHubStore::open(spec, StoreKind::Production, connection);
    if (!store.ok()) {
        *error = store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace

int backupCommand(const QStringList &args)
{
    constexpr char kUsage[] = "rabeg-hub backup --store sqlite:PATH --out FILE";
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    const QCommandLineOption outOption(u"out"_s, QString(), u"FILE"_s);
    parser.addOptions({storeOption, outOption});
    if (!parse(parser, u"backup"_s, args) || !parser.isSet(storeOption) || !parser.isSet(outOption))
        return usage(kUsage);
    QString error;
    auto store = openExisting(parser.value(storeOption), u"rabeg-hub-backup"_s, &error);
    if (!store)
        return fail(error);
    const auto head = store->head();
    if (Status failed = store->backupTo(parser.value(outOption)))
        return fail(failed->message);
    std::printf("backup: %s (store %s, epoch %lld, head at least %lld)\n", qPrintable(parser.value(outOption)),
                qPrintable(store->info().storeId), store->info().epoch, head.value_or(0));
    return 0;
}

int restoreCommand(const QStringList &args)
{
    constexpr char kUsage[] = "rabeg-hub restore --from FILE --store sqlite:PATH   (PATH must not exist)";
    QCommandLineParser parser;
    const QCommandLineOption fromOption(u"from"_s, QString(), u"FILE"_s);
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    parser.addOptions({fromOption, storeOption});
    if (!parse(parser, u"restore"_s, args) || !parser.isSet(fromOption) || !parser.isSet(storeOption))
        return usage(kUsage);
    const QString from = parser.value(fromOption);
    const QString target = sqlitePath(parser.value(storeOption));
    if (target.isEmpty())
        return fail(u"restore writes a SQLite store (--store sqlite:PATH); restore PostgreSQL with pg_restore, then "
                    u"run \"rabeg-hub epoch bump --store SPEC\"."_s);
    if (QFileInfo::exists(target))
        return fail(u"%1 exists already; restore into a new file, then point the hub at it."_s.arg(target));

    // The backup is checked where it lies first: a broken or tampered file is refused before anything is written.
    {
        QString error;
        auto backup = openExisting(u"sqlite:"_s + from, u"rabeg-hub-restore-check"_s, &error);
        if (!backup)
            return fail(u"%1 is not a readable hub store: %2"_s.arg(from, error));
        const auto broken = backup->verifyChain();
        if (!broken.ok())
            return fail(u"%1 cannot be checked: %2"_s.arg(from, broken.error().message));
        if (broken.value())
            return fail(u"%1 is damaged: its hash chain breaks at seq %2; nothing was restored."_s.arg(from).arg(
                *broken.value()));
    }
    if (!QFile::copy(from, target))
        return fail(u"Cannot copy %1 to %2."_s.arg(from, target));
    QString error;
    auto store = openExisting(parser.value(storeOption), u"rabeg-hub-restore"_s, &error);
    if (!store)
        return fail(error);
    const auto epoch = store->beginNewEpoch();
    if (!epoch.ok())
        return fail(epoch.error().message);
    std::printf("restored: %s (store %s, epoch %lld, head %lld); workstations will bootstrap again and re-send "
                "the commands they had not seen confirmed\n",
                qPrintable(target), qPrintable(store->info().storeId), epoch.value(), store->head().value_or(0));
    return 0;
}

int epochCommand(const QStringList &args)
{
    constexpr char kUsage[] = "rabeg-hub epoch bump --store SPEC";
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    parser.addOption(storeOption);
    if (args.value(0) != u"bump"_s || !parse(parser, u"epoch"_s, args.mid(1)) || !parser.isSet(storeOption))
        return usage(kUsage);
    QString error;
    auto store = openExisting(parser.value(storeOption), u"rabeg-hub-epoch"_s, &error);
    if (!store)
        return fail(error);
    const auto epoch = store->beginNewEpoch();
    if (!epoch.ok())
        return fail(epoch.error().message);
    std::printf("epoch: %lld (store %s)\n", epoch.value(), qPrintable(store->info().storeId));
    return 0;
}

} // namespace rabeg
