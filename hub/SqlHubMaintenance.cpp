// Backup and restore support of SqlHubStore (rabeg-hub backup / restore / epoch bump, MaintenanceCommands.cpp).
#include "SqlHubStore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Status SqlHubStore::backupTo(const QString &file)
{
    if (isPostgres())
        return Error{u"backup_postgres"_s, u"A PostgreSQL store is backed up with pg_dump -Fc; after pg_restore, run "
                                           u"\"rabeg-hub epoch bump --store SPEC\"."_s};
    if (QFileInfo::exists(file))
        return Error{u"backup_exists"_s, u"%1 exists already; a backup never overwrites a file."_s.arg(file)};
    // VACUUM INTO reads one snapshot of the database (WAL readers do not block the hub's writer) and writes
    // a compact, self-contained copy.
    QSqlQuery q(database());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(file);
    if (!q.exec())
        return Error{u"backup_failed"_s, u"The backup to %1 failed: %2"_s.arg(file, q.lastError().text())};
    return std::nullopt;
}

Result<qint64> SqlHubStore::beginNewEpoch()
{
    if (Status failed = begin())
        return *failed;
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM hub_meta WHERE key = 'epoch'"_s);
    if (!q.exec() || !q.next()) {
        rollback();
        return Error{u"epoch_unreadable"_s, u"The store's epoch cannot be read: %1"_s.arg(q.lastError().text())};
    }
    const qint64 epoch = q.value(0).toString().toLongLong() + 1;
    q.prepare(u"UPDATE hub_meta SET value = ? WHERE key = 'epoch'"_s);
    q.addBindValue(QString::number(epoch));
    if (!q.exec()) {
        rollback();
        return Error{u"epoch_unwritable"_s, u"The store's epoch cannot be written: %1"_s.arg(q.lastError().text())};
    }
    if (Status failed = commit())
        return *failed;
    m_info.epoch = epoch;
    return epoch;
}

} // namespace rabeg
