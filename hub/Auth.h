#pragma once

#include <QByteArray>
#include <QString>

namespace rabeg {

// Argon2id password hashes (libsodium) with a configurable cost: interactive for real accounts, minimal in
// tests. Hashing is slow on purpose; the HTTP server runs it off its thread.
struct PasswordCost
{
    unsigned long long opsLimit;
    size_t memLimit;

    static PasswordCost interactive();
    static PasswordCost minimal(); // tests and demo accounts only
};

bool initCrypto();
QString hashPassword(const QByteArray &password, const PasswordCost &cost);
bool verifyPassword(const QString &hash, const QByteArray &password);

// Session tokens: 32 random bytes, base64url; only their SHA-256 is stored.
QByteArray newToken();
QByteArray tokenDigest(const QByteArray &token);

} // namespace rabeg
