#pragma once

#include "core/Result.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <chrono>

namespace rabeg {

// Tells this process when any hub process on the same PostgreSQL store appended to the log: a connection of its
// own that LISTENs on the channel every append notifies (SqlHubStore::kLogChannel, in the append's transaction,
// so notices arrive at commit and in commit order). Lives in the HTTP thread, whose event loop reads the
// notifications. The connection is checked every `recheck`; a lost one is opened again (the workstations poll
// meanwhile, so a notice missed then costs at most one poll interval).
class LogListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogListener)

public:
    explicit LogListener(const QString &spec, QObject *parent = nullptr);
    ~LogListener() override;

    Status start(std::chrono::milliseconds recheck = std::chrono::seconds(30));

signals:
    void logGrew(qint64 head);

private:
    Status listen();
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void recheck();
    void close();

    QString m_spec;
    QString m_connection;
    QTimer m_timer;
};

} // namespace rabeg
