#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace rabeg::test {

// Every file of a SQLite store (the database, -wal, -shm and the journal if any) that exists, read whole.
QList<std::pair<QString, QByteArray>> storeFiles(const QString &databaseFile);
// The files among `files` whose bytes contain `needle` (as UTF-8), by name.
QStringList filesContaining(const QList<std::pair<QString, QByteArray>> &files, const QString &needle);

struct HubRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the rabeg-hub executable to its end (no serve).
HubRun runHub(const QStringList &args);

} // namespace rabeg::test
