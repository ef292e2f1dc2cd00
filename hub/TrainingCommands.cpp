#include "TrainingCommands.h"

#include "SqlHubStore.h"
#include "TrainingAccounts.h"
#include "refdata/ReferenceLoader.h"
#include "training/ScenarioLoader.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int trainingCommand(const QStringList &args)
{
    if (args.value(0) == u"check"_s) {
        // A scenario a trainer wrote, checked before the class: the first problem with its path inside the file.
        if (args.size() != 2) {
            std::fputs("usage: rabeg-hub training check SCENARIO.json\n", stderr);
            return 2;
        }
        const auto reference = loadBuiltinReferenceData();
        if (!reference.ok())
            return fail(reference.error().message);
        const auto scenario = ScenarioLoader(reference.value()).load(args.at(1));
        if (!scenario.ok())
            return fail(scenario.error().message);
        std::printf("ok: \"%s\", %lld trainees, %lld complaints over %d minutes\n", qPrintable(scenario->title),
                    qint64(scenario->trainees.size()), qint64(scenario->complaints.size()),
                    scenario->lastArrivalMinutes());
        return 0;
    }
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, QString(), u"SPEC"_s);
    const QCommandLineOption costOption(u"password-cost"_s, QString(), u"COST"_s, u"interactive"_s);
    parser.addOptions({storeOption, costOption});
    parser.addPositionalArgument(u"file"_s, QString());
    if (args.value(0) != u"roster"_s || !parser.parse(QStringList {u"training"_s} + args.mid(1))
        || !parser.isSet(storeOption) || parser.positionalArguments().size() != 1) {
        std::fputs("usage: rabeg-hub training roster --store sqlite:PATH ROSTER.json\n"
                   "       rabeg-hub training check SCENARIO.json\n",
                   stderr);
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: %2"_s.arg(path, file.errorString()));
    const auto reference = loadBuiltinReferenceData();
    if (!reference.ok())
        return fail(reference.error().message);
    const auto roster = ScenarioLoader(reference.value()).parseRoster(file.readAll());
    if (!roster.ok())
        return fail(path + u": "_s + roster.error().message);
    if (!initCrypto())
        return fail(u"libsodium cannot start."_s);
    auto store = SqlHubStore::open(parser.value(storeOption), StoreKind::Training, u"rabeg-hub"_s);
    if (!store.ok())
        return fail(store.error().message);
    if (store.value()->info().kind != StoreKind::Training)
        return fail(u"This is a %1 store: class accounts go into a training store only."_s.arg(
            toCode(store.value()->info().kind)));
    const PasswordCost cost
        = parser.value(costOption) == u"minimal"_s ? PasswordCost::minimal() : PasswordCost::interactive();
    const auto made = ensureTrainingAccounts(*store.value(), roster.value(), cost);
    if (!made.ok())
        return fail(made.error().message);
    std::printf("%lld accounts made (user, role, password):\n%s", qint64(made->size()),
                qPrintable(accountLines(made.value())));
    return 0;
}

} // namespace rabeg
