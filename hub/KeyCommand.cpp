#include "KeyCommand.h"

#include "Auth.h"
#include "SqlHubStore.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {

int keyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(u"out"_s, QString(), u"FILE"_s);
    parser.addOption(outOption);
    if (args.value(0) != u"generate"_s || !parser.parse(QStringList{u"key"_s} + args.mid(1))
        || !parser.isSet(outOption) || !parser.positionalArguments().isEmpty()) {
        std::fputs("usage: rabeg-hub key generate --out FILE\n", stderr);
        return 2;
    }
    if (!initCrypto()) {
        std::fputs("rabeg-hub: libsodium cannot start.\n", stderr);
        return 1;
    }
    if (Status status = IdentityKey::generate().save(parser.value(outOption))) {
        std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(status->message));
        return 1;
    }
    std::printf("rabeg-hub: identity key written to %s (readable by its owner only). Keep it outside the store and "
                "its backups, and keep a copy of its own: without it the reporters' identities cannot be read.\n",
                qPrintable(parser.value(outOption)));
    return 0;
}

Result<IdentityKey> serveIdentityKey(SqlHubStore &store, const QString &spec, const QString &keyFile)
{
    QString file = keyFile;
    if (file.isEmpty()) {
        if (store.info().kind == StoreKind::Production)
            return Error{u"identity_key_missing"_s,
                         u"A production hub needs its identity key: --identity-key FILE (make one with `rabeg-hub key "
                         u"generate --out FILE`, and keep it outside the store and its backups)."_s};
        file = SqlHubStore::identityKeyFileBeside(spec);
        if (file.isEmpty())
            return Error{u"identity_key_missing"_s, u"A PostgreSQL store needs --identity-key FILE."_s};
        if (!QFile::exists(file)) {
            if (Status status = IdentityKey::generate().save(file))
                return *status;
        }
    }
    auto key = IdentityKey::load(file);
    if (!key.ok())
        return key.error();
    if (Status status = store.setIdentityKey(key.value()))
        return *status;
    return key;
}

} // namespace rabeg
