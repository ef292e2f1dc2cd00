#include "Auth.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace rabeg {

PasswordCost PasswordCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::minimal() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

bool initCrypto() { return sodium_init() >= 0; }

QString hashPassword(const QByteArray &password, const PasswordCost &cost)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), static_cast<unsigned long long>(password.size()),
                              cost.opsLimit, cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QByteArray &password)
{
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
           == 0;
}

bool verifyLogin(const std::optional<QString> &hash, const QByteArray &password)
{
    if (hash)
        return verifyPassword(*hash, password);
    static const QString nobody = hashPassword(newToken(), PasswordCost::interactive());
    verifyPassword(nobody, password); // the time it takes, not its answer
    return false;
}

QByteArray newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenDigest(const QByteArray &token) { return QCryptographicHash::hash(token, QCryptographicHash::Sha256); }

} // namespace rabeg
