#include "SecretFile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QByteArray> readSecretFile(const QString &path, const QString &option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"secret_file"_s, u"Cannot read the file of %1 (%2): %3"_s.arg(option, path, file.errorString())};
    if (file.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return Error {u"secret_file"_s,
                      u"The file of %1 (%2) can be read or changed by other users; make it readable "
                      u"by its owner only (chmod 600)."_s.arg(option, path)};
    const QByteArray secret = file.readAll().trimmed();
    if (secret.isEmpty())
        return Error {u"secret_file"_s, u"The file of %1 (%2) is empty."_s.arg(option, path)};
    return secret;
}

} // namespace rabeg
