#include "PrivacyFiles.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace rabeg::test {

QList<std::pair<QString, QByteArray>> storeFiles(const QString &databaseFile)
{
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(databaseFile + suffix);
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), file.readAll()});
    }
    return files;
}

QStringList filesContaining(const QList<std::pair<QString, QByteArray>> &files, const QString &needle)
{
    QStringList found;
    for (const auto &[name, bytes] : files) {
        if (bytes.contains(needle.toUtf8()))
            found.append(name);
    }
    return found;
}

HubRun runHub(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(RABEG_HUB_EXE), args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rabeg::test
