#include "UserCommands.h"

#include "AccountRules.h"
#include "Auth.h"
#include "HubReference.h"
#include "PasswordRules.h"
#include "LoginGuard.h"
#include "SqlHubStore.h"
#include "refdata/ReferenceLoader.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr char kUsage[] =
    "usage: rabeg-hub user add --store SPEC --username U --role R [--opd CODE] [--name NAME]   (password on stdin)\n"
    "       rabeg-hub user password --store SPEC --username U                                (password on stdin)\n"
    "       rabeg-hub user revoke --store SPEC --username U\n"
    "       rabeg-hub user unlock --store SPEC --username U\n";

int fail(const QString &message)
{
    std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(message));
    return 1;
}

// The password on the first line of standard input, checked against the rules for real accounts.
std::optional<QString> readPassword(const QString &username)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (const auto problem = passwordProblem(password, username)) {
        fail(*problem);
        return std::nullopt;
    }
    return password;
}

int addUser(SqlHubStore &store, const QCommandLineParser &parser, const QString &username)
{
    const auto reference = loadBuiltinReferenceData();
    if (!reference.ok())
        return fail(reference.error().message);
    // The OPDs in force: an admin may have added or deactivated some since the shipped data (HubReference.h).
    HubReference inForce(reference.value());
    if (Status status = inForce.refresh(store))
        return fail(status->message);
    const auto checked = checkAccountScope(parser.value(u"role"_s), parser.value(u"opd"_s), inForce);
    if (const auto *problem = std::get_if<AccountProblem>(&checked))
        return fail(problem->message);
    if (const auto problem = checkNewOpd(parser.value(u"opd"_s), inForce))
        return fail(problem->message);
    const Role role = std::get<Role>(checked);
    const auto password = readPassword(username);
    if (!password)
        return 1;
    const UserRecord user {0, username, parser.value(u"name"_s), role, parser.value(u"opd"_s), true,
                          hashPassword(password->toUtf8(), PasswordCost::interactive()), 1};
    const auto added = store.addUser(user);
    if (!added.ok())
        return fail(added.error().message);
    std::printf("added %s (%s)\n", qPrintable(user.username), qPrintable(toCode(user.role)));
    return 0;
}

} // namespace

int userCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    if (!QStringList {u"add"_s, u"password"_s, u"revoke"_s, u"unlock"_s}.contains(verb)) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    QCommandLineParser parser;
    parser.addOptions({{u"store"_s, QString(), u"SPEC"_s},
                       {u"username"_s, QString(), u"U"_s},
                       {u"role"_s, QString(), u"R"_s},
                       {u"opd"_s, QString(), u"CODE"_s},
                       {u"name"_s, QString(), u"NAME"_s}});
    if (!parser.parse(QStringList {u"user"_s} + args.mid(1)) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "rabeg-hub: %s\n%s", qPrintable(parser.errorText()), kUsage);
        return 2;
    }
    const QString username = parser.value(u"username"_s);
    if (!parser.isSet(u"store"_s) || username.isEmpty())
        return fail(u"user %1 needs --store SPEC and --username U."_s.arg(verb));
    if (verb != u"add"_s && (parser.isSet(u"role"_s) || parser.isSet(u"opd"_s) || parser.isSet(u"name"_s)))
        return fail(u"user %1 takes only --store and --username."_s.arg(verb));
    if (!initCrypto())
        return fail(u"libsodium cannot start."_s);
    auto opened = SqlHubStore::open(parser.value(u"store"_s), StoreKind::Production, u"rabeg-hub"_s);
    if (!opened.ok())
        return fail(opened.error().message);
    SqlHubStore &store = *opened.value();
    if (verb == u"add"_s)
        return addUser(store, parser, username);

    const auto user = store.user(username);
    if (!user.ok())
        return fail(user.error().message);
    if (!user.value())
        return fail(u"There is no user \"%1\"."_s.arg(username));
    if (verb == u"unlock"_s) {
        if (Status status = LoginGuard(store).unlock(username))
            return fail(status->message);
        std::printf("unlocked %s: the login limits of the account start afresh\n", qPrintable(username));
        return 0;
    }
    if (verb == u"password"_s) {
        const auto password = readPassword(username);
        if (!password)
            return 1;
        if (Status status = store.setPassword(user.value()->id,
                                              hashPassword(password->toUtf8(), PasswordCost::interactive())))
            return fail(status->message);
    }
    const auto ended = store.revokeTokens(user.value()->id);
    if (!ended.ok())
        return fail(ended.error().message);
    std::printf("%s %s: %d session(s) ended\n", verb == u"password"_s ? "new password for" : "revoked",
                qPrintable(username), ended.value());
    return 0;
}

} // namespace rabeg
