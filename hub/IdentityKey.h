#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rabeg {

// The hub key that seals the identity table (libsodium secretbox: XSalsa20-Poly1305). It lives in a file of its
// own, outside the store, so a copy of the store or of a backup holds no readable identity. The store records
// only the key's fingerprint, so a store opened with another key says so instead of answering garbage.
class IdentityKey
{
public:
    static IdentityKey generate();
    // The key of a file written by save(); an error that names the file when it is missing, unreadable or not a key.
    static Result<IdentityKey> load(const QString &file);
    // Writes the key to a new file readable by its owner only (0600); refuses to overwrite an existing file.
    Status save(const QString &file) const;

    // "sb1:" + base64(nonce | ciphertext): a fresh random nonce each time.
    QString seal(const QByteArray &plain) const;
    // The plaintext of seal()'s text, or nothing when the text was not sealed by this key (or was altered).
    std::optional<QByteArray> open(const QString &sealed) const;
    static bool isSealed(const QString &text);

    // A keyed hash of a fixed text (hex): tells keys apart without telling anything about them.
    QString fingerprint() const;

private:
    explicit IdentityKey(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

} // namespace rabeg
