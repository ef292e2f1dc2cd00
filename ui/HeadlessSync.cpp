#include "HeadlessSync.h"

#include "SecretFile.h"
#include "cli/OpenProgressLines.h"
#include "store/ComplaintRepository.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostInfo>
#include <QTextStream>

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
    const QCommandLineOption tokenOption(u"token-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption cacheOption(u"cache"_s, QString(), u"PATH"_s);
    const QCommandLineOption caOption(u"ca"_s, QString(), u"FILE"_s);
    parser.addOptions({hubOption, userOption, passwordOption, tokenOption, cacheOption, caOption});
    parser.addPositionalArgument(u"sync"_s, QString());
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    const bool hasSecret = parser.isSet(passwordOption) || parser.isSet(tokenOption);
    if (!parser.isSet(hubOption) || !parser.isSet(userOption) || !parser.isSet(cacheOption) || !hasSecret)
        return fail(u"usage: rabeg sync --hub URL --user NAME (--password-file FILE | --token-file FILE) --cache PATH "
                    u"[--ca FILE]"_s);
    const QUrl hub(parser.value(hubOption));
    if (!hub.isValid() || (hub.scheme() != u"http"_s && hub.scheme() != u"https"_s))
        return fail(u"--hub takes an http:// or https:// address, for example http://127.0.0.1:8470"_s);
    // Both may be given: the token is tried first, the password logs in again when the hub has ended the session.
    QString password;
    if (parser.isSet(passwordOption)) {
        const auto secret = readSecretFile(parser.value(passwordOption), u"--password-file"_s);
        if (!secret.ok())
            return fail(secret.error().message);
        password = QString::fromUtf8(secret.value());
    }
    QByteArray token;
    if (parser.isSet(tokenOption)) {
        const auto secret = readSecretFile(parser.value(tokenOption), u"--token-file"_s);
        if (!secret.ok())
            return fail(secret.error().message);
        token = secret.value();
    }

    SyncSettings settings;
    settings.hub = hub;
    settings.user = parser.value(userOption);
    settings.password = password;
    settings.token = token;
    settings.cachePath = parser.value(cacheOption);
    settings.caFile = parser.value(caOption);
    settings.workstation = QHostInfo::localHostName();
    QTextStream err(stderr); // before the engine: its cache's sink refers to it
    SyncEngine engine(settings);
    engine.cache().setProgressSink(openProgressLines(u"sync"_s, err));
    if (Status status = engine.open(u"rabeg-sync"_s))
        return fail(status->message);
    engine.cache().setProgressSink({});
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
