#include "LogListener.h"

#include "HubLog.h"
#include "SqlHubStore.h"
#include "store/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString nextConnectionName()
{
    static int counter = 0;
    return u"rabeg-hub-listen-%1"_s.arg(++counter);
}

} // namespace

LogListener::LogListener(const QString &spec, QObject *parent) : QObject(parent), m_spec(spec)
{
    connect(&m_timer, &QTimer::timeout, this, &LogListener::recheck);
}

LogListener::~LogListener() { close(); }

Status LogListener::start(std::chrono::milliseconds recheck)
{
    if (Status status = listen())
        return status;
    m_timer.start(recheck);
    return std::nullopt;
}

Status LogListener::listen()
{
    close();
    m_connection = nextConnectionName();
    QSqlDatabase db = SqlHubStore::addConnection(m_spec, m_connection);
    if (!db.isValid() || !db.open())
        return sqlError(u"cannot open the notice connection"_s, db.lastError());
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(SqlHubStore::kLogChannel)))
        return sqlError(u"cannot LISTEN for appends"_s, driver->lastError());
    connect(driver, &QSqlDriver::notification, this, &LogListener::received);
    return std::nullopt;
}

void LogListener::received(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(SqlHubStore::kLogChannel))
        return;
    bool ok = false;
    const qint64 head = payload.toString().toLongLong(&ok);
    if (ok && head > 0)
        emit logGrew(head);
}

void LogListener::recheck()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(u"SELECT 1"_s))
            return;
    }
    qCWarning(lcHubNotify) << "the notice connection to PostgreSQL was lost; opening it again";
    if (Status status = listen())
        qCWarning(lcHubNotify).noquote() << status->message;
}

void LogListener::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid() && db.driver())
            db.driver()->disconnect(this);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

} // namespace rabeg
