#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace rabeg {

// Reads a password or token file for the command line (`--password-file`, `--token-file`). A secret that other
// users can read, or write, is no secret: such a file is refused rather than used. The content is trimmed.
Result<QByteArray> readSecretFile(const QString &path, const QString &option);

} // namespace rabeg
