#include "HeadlessSync.h"

#include "store/ComplaintRepository.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rabeg sync: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int headlessSync(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption hubOption(u"hub"_s, QString(), u"URL"_s);
    const QCommandLineOption userOption(u"user"_s, QString(), u"NAME"_s);
    const QCommandLineOption passwordOption(u"password-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption cacheOption(u"cache"_s, QString(), u"PATH"_s);
    const QCommandLineOption caOption(u"ca"_s, QString(), u"FILE"_s);
    parser.addOptions({hubOption, userOption, passwordOption, cacheOption, caOption});
    parser.addPositionalArgument(u"sync"_s, QString());
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    for (const auto *option : {&hubOption, &userOption, &passwordOption, &cacheOption}) {
        if (!parser.isSet(*option))
            return fail(u"usage: rabeg sync --hub URL --user NAME --password-file FILE --cache PATH [--ca FILE]"_s);
    }
    const QUrl hub(parser.value(hubOption));
    if (!hub.isValid() || (hub.scheme() != u"http"_s && hub.scheme() != u"https"_s))
        return fail(u"--hub takes an http:// or https:// address, for example http://127.0.0.1:8470"_s);
    QFile passwordFile(parser.value(passwordOption));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return fail(u"cannot read the password file %1: %2"_s.arg(passwordFile.fileName(), passwordFile.errorString()));
    // A password that others can read is no secret: refuse it rather than use it.
    if (passwordFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
        return fail(u"the password file %1 can be read by other users; make it readable by its owner only "
                    u"(chmod 600)"_s.arg(passwordFile.fileName()));
    const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();

    SyncSettings settings;
    settings.hub = hub;
    settings.user = parser.value(userOption);
    settings.password = password;
    settings.cachePath = parser.value(cacheOption);
    settings.caFile = parser.value(caOption);
    settings.workstation = QHostInfo::localHostName();
    SyncEngine engine(settings);
    if (Status status = engine.open(u"rabeg-sync"_s))
        return fail(status->message);
    if (Status status = engine.syncOnce())
        return fail(status->message);
    const SyncStatus s = engine.status();
    const qint64 complaints = ComplaintRepository(engine.cache()).count().value_or(0);
    std::printf("synced: %lld complaints in %s, cursor %lld, %d pending, %d conflicts, %d refused (%s store)\n",
                complaints, qPrintable(settings.cachePath), s.cursor, s.pending, s.conflicts, s.refused,
                qPrintable(s.storeKind));
    return s.conflicts > 0 || s.refused > 0 ? 3 : 0;
}

} // namespace rabeg
