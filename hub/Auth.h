#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

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
// A login's check: `hash` is the account's, or none for a user name no account has. Then the password is verified
// against a hash of no one's password at the interactive cost, so that an unknown name takes as long to refuse as a
// wrong password (a hostile review told accounts apart by time: 0.002 s against 0.14 s). Always false without a hash.
bool verifyLogin(const std::optional<QString> &hash, const QByteArray &password);

// Session tokens: 32 random bytes, base64url; only their SHA-256 is stored.
QByteArray newToken();
QByteArray tokenDigest(const QByteArray &token);

} // namespace rabeg
