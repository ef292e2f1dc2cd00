#include "HubMain.h"

#include "AuditCommands.h"
#include "DataCommands.h"
#include "KeyCommand.h"
#include "MaintenanceCommands.h"
#include "ServeCommand.h"
#include "TrainingCommands.h"
#include "UserCommands.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace rabeg {
namespace {

constexpr char kUsage[] =
    "usage: rabeg-hub COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  serve --store sqlite:PATH|postgresql://USER@HOST:PORT/DB [--listen 127.0.0.1:PORT] [--demo [N]]\n"
    "        [--clock ISO [--clock-speed K]] [--password-cost interactive|minimal] [--read-threads N]\n"
    "        [--scheduler-interval SECONDS] [--item-cache-mb MB] [--identity-key FILE]\n"
    "        [--trusted-proxy ADDRESS] [--idle-timeout SECONDS] [--listen-backlog N]\n"
    "                                run the hub (port 0 picks a free port and prints it); GET routes\n"
    "                                are answered by N threads (default: one per core, 0: none); the\n"
    "                                scheduler escalates and auto-closes every SECONDS (default 30, 0: off);\n"
    "                                --clock-speed 0 freezes a demo or training clock; on PostgreSQL,\n"
    "                                pull pages come from MB of items kept in memory (default 256, 0: off);\n"
    "                                --identity-key: the key sealing reporters' identities (key generate),\n"
    "                                needed by a production or PostgreSQL store; --trusted-proxy: a proxy\n"
    "                                whose X-Real-IP names the client (nginx; repeatable); --idle-timeout:\n"
    "                                a connection idle between requests, or whose request or answer stops\n"
    "                                moving, for SECONDS is closed (default 75; never an answer being made,\n"
    "                                nor a notice WebSocket); a body over its route's limit (1 MB, uploads\n"
    "                                10 MB) is refused with 413 from its Content-Length, before it is read;\n"
    "                                --listen-backlog: connections queued before accepted (default 1024)\n"
    "  serve --training SCENARIO.json --store sqlite:PATH [--listen ...] [--password-cost ...]\n"
    "                                run a training class (docs/training.md) on a training store\n"
    "  training check SCENARIO.json  check a scenario before the class: ok with its size, or the first\n"
    "                                problem with its path inside the file\n"
    "  training roster --store sqlite:PATH ROSTER.json\n"
    "                                make the accounts of a class (trainers, trainees) in one step\n"
    "  user add --store SPEC --username U --role R [--opd CODE] [--name NAME]\n"
    "                                create an account; the password is read from standard input\n"
    "  user password|revoke|unlock --store SPEC --username U\n"
    "                                a new password (stdin; ends the sessions), end every session, or\n"
    "                                lift the login limits of an account\n"
    "  audit verify --store SPEC     check the hash chains of the event log and the audit log\n"
    "  audit export --store SPEC (--complaint TRACKING | --from DATE --to DATE) [--format json] --out FILE\n"
    "                                a complaint's or a period's events and audit entries for the\n"
    "                                Ombudsman, with the chain heads they were verified against (the\n"
    "                                PDF: `rabeg audit-export` on a workstation)\n"
    "  retention purge --store SPEC --older-than-days N\n"
    "                                delete the identities of complaints closed more than N days ago\n"
    "  key generate --out FILE       a new identity key (0600) for serve --identity-key; a production\n"
    "                                hub needs one, demo and training stores make one beside the store\n"
    "  backup --store sqlite:PATH --out FILE\n"
    "                                a consistent copy of a running SQLite store\n"
    "  restore --from FILE --store sqlite:PATH\n"
    "                                check a backup, copy it to a new store file with a new epoch\n"
    "  epoch bump --store SPEC       a new epoch after restoring PostgreSQL with pg_restore\n"
    "  refdata check [--dir DIR]     validate reference data files (default: the built-in ones)\n"
    "  demo-data [--count N] [--seed S] [--out FILE]\n"
    "                                write N demo complaints with their events as JSON lines\n"
    "  version                       print the version\n";

} // namespace

int hubMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rabeg-hub"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("version")) {
        std::printf("rabeg-hub %s\n", RABEG_VERSION);
        return 0;
    }
    if (command == QLatin1String("serve"))
        return serveCommand(args);
    if (command == QLatin1String("user"))
        return userCommand(args);
    if (command == QLatin1String("retention"))
        return retentionCommand(args);
    if (command == QLatin1String("key"))
        return keyCommand(args);
    if (command == QLatin1String("audit"))
        return auditCommand(args);
    if (command == QLatin1String("backup"))
        return backupCommand(args);
    if (command == QLatin1String("restore"))
        return restoreCommand(args);
    if (command == QLatin1String("epoch"))
        return epochCommand(args);
    if (command == QLatin1String("refdata"))
        return refdataCommand(args);
    if (command == QLatin1String("training"))
        return trainingCommand(args);
    if (command == QLatin1String("demo-data"))
        return demoDataCommand(args);
    std::fprintf(stderr, "rabeg-hub: unknown command \"%s\"\n\n%s", qPrintable(command), kUsage);
    return 2;
}

} // namespace rabeg
