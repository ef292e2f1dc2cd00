#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace rabeg {

// One named QSqlDatabase connection to a SQLite file, opened in the calling thread (one connection per thread),
// with the pragmas every Rabeg SQLite file uses: WAL, synchronous=NORMAL set explicitly (Debian's default for
// WAL is FULL), foreign keys on, a busy timeout. Removed from Qt's registry when destroyed.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    Status open(const QString &path, const QString &connectionName);
    void close();
    QSqlDatabase database() const;
    bool isOpen() const { return !m_name.isEmpty(); }

    // Runs statements one by one (no parameters), stopping at the first failure.
    Status exec(const QStringList &statements);

private:
    QString m_name;
};

Error sqlError(const QString &what, const class QSqlError &error);

} // namespace rabeg
