#include "IdentityKey.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr char kFileHeader[] = "rabeg-hub identity key v1";
constexpr char kSealedPrefix[] = "sb1:";

} // namespace

IdentityKey IdentityKey::generate()
{
    [[maybe_unused]] const int ready = sodium_init(); // idempotent; the random source works even before it
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return IdentityKey(key);
}

Result<IdentityKey> IdentityKey::load(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{u"identity_key_unreadable"_s, u"Cannot read the identity key %1: %2."_s.arg(file, in.errorString())};
    const QList<QByteArray> lines = in.readAll().split('\n');
    const QByteArray key = QByteArray::fromBase64(lines.value(1).trimmed());
    if (lines.value(0).trimmed() != kFileHeader || key.size() != int(crypto_secretbox_KEYBYTES)) {
        return Error{u"identity_key_invalid"_s, u"%1 is not an identity key made by `rabeg-hub key generate`."_s.arg(file)};
    }
    return IdentityKey(key);
}

Status IdentityKey::save(const QString &file) const
{
    if (QFileInfo::exists(file))
        return Error{u"identity_key_exists"_s, u"%1 exists already: an identity key is never overwritten (the "
                                               u"identities sealed with it would be lost)."_s.arg(file)};
    QFile out(file);
    // Created with owner-only permissions before a byte of the key is written.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{u"identity_key_unwritable"_s, u"Cannot write the identity key %1: %2."_s.arg(file, out.errorString())};
    const QByteArray text = QByteArray(kFileHeader) + '\n' + m_key.toBase64() + '\n';
    if (out.write(text) != text.size() || !out.flush())
        return Error{u"identity_key_unwritable"_s, u"Cannot write the identity key %1: %2."_s.arg(file, out.errorString())};
    return std::nullopt;
}

QString IdentityKey::seal(const QByteArray &plain) const
{
    QByteArray box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.constData()),
                          size_t(plain.size()), nonce, reinterpret_cast<const unsigned char *>(m_key.constData()));
    return QLatin1String(kSealedPrefix) + QString::fromLatin1(box.toBase64());
}

std::optional<QByteArray> IdentityKey::open(const QString &sealed) const
{
    if (!isSealed(sealed))
        return std::nullopt;
    const QByteArray box = QByteArray::fromBase64(sealed.mid(int(sizeof kSealedPrefix) - 1).toLatin1());
    if (box.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    QByteArray plain(box.size() - int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   size_t(box.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

bool IdentityKey::isSealed(const QString &text) { return text.startsWith(QLatin1String(kSealedPrefix)); }

QString IdentityKey::fingerprint() const
{
    static constexpr char kContext[] = "rabeg-hub identity key fingerprint";
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(kContext), sizeof kContext - 1,
                       reinterpret_cast<const unsigned char *>(m_key.constData()), size_t(m_key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace rabeg
