#pragma once
// The privacy tests' byte search: every file below a directory (a cache, its -wal and -shm, the identity vault,
// settings, anything beside them), read whole, searched for each needle as UTF-8 bytes.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace rabeg::test {

// "file name: needle" for each needle a file holds; empty when none does.
inline QStringList filesContaining(const QString &directory, const QStringList &needles)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &needle : needles) {
            if (bytes.contains(needle.toUtf8()))
                found.append(QFileInfo(file).fileName() + QStringLiteral(": ") + needle);
        }
    }
    return found;
}

} // namespace rabeg::test
