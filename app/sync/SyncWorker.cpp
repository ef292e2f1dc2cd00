#include "SyncWorker.h"

#include "SyncLog.h"
#include "TrustedCa.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

// Lives on the sync thread; everything it owns is created there.
class SyncWorker::Inside final : public QObject
{
public:
    explicit Inside(SyncSettings settings, SyncWorker *outer) : m_settings(std::move(settings)), m_outer(outer) {}

    void begin()
    {
        m_engine = new SyncEngine(m_settings, this);
        if (Status status = m_engine->open(u"rabeg-sync-thread"_s)) {
            emit m_outer->failedToStart(status->message);
            return;
        }
        connect(m_engine, &SyncEngine::statusChanged, m_outer, &SyncWorker::statusChanged);
        connect(m_engine, &SyncEngine::cacheChanged, m_outer, &SyncWorker::cacheChanged);
        connect(m_engine, &SyncEngine::sessionStarted, m_outer, &SyncWorker::sessionStarted);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { syncNow(); });
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        if (!m_settings.caFile.isEmpty()) // open() above has already refused a file that holds no certificate
            m_socket->setSslConfiguration(pinnedTlsConfiguration(m_settings.caFile).value_or(QSslConfiguration()));
        connect(m_socket, &QWebSocket::connected, this, [this] {
            m_socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"token"_s, QString::fromLatin1(m_engine->token())}}).toJson()));
        });
        connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
            const QJsonObject notice = QJsonDocument::fromJson(message.toUtf8()).object();
            const qint64 seq = qint64(notice.value(u"seq"_s).toDouble());
            if (seq > m_engine->status().cursor) {
                m_noticed = std::max(m_noticed, seq);
                m_noticeRetries = 0;
                schedule(0);
            }
        });
        syncNow();
    }

    void submit(const Command &command)
    {
        if (Status status = m_engine ? m_engine->enqueue(command) : Status(Error{u"not_open"_s, u""_s}))
            qCWarning(lcSync) << "cannot queue a command:" << status->message;
        schedule(0);
    }

    void syncSoon() { schedule(0); }

    // On demand, never while a sync waits for the hub (a request nested in its waits): then after it ends.
    void askHub(quint64 ticket, const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        m_asks.append({ticket, method, path, body, std::nullopt});
        if (!m_syncing)
            answerAsks();
    }

    void transferAttachment(quint64 ticket, const AttachmentRequest &request)
    {
        m_asks.append({ticket, {}, {}, {}, request});
        if (!m_syncing)
            answerAsks();
    }

    void logIn(const QString &password)
    {
        if (!m_engine)
            return;
        m_engine->setPassword(password);
        schedule(0);
    }

private:
    struct Ask
    {
        quint64 ticket;
        QByteArray method;
        QString path;
        QJsonObject body;
        std::optional<AttachmentRequest> attachment;
    };

    void answerAsks()
    {
        m_syncing = true; // a timer firing in the waits below is served after them, as during a sync
        while (!m_asks.isEmpty()) {
            const Ask ask = m_asks.takeFirst();
            const QByteArray token = m_engine ? m_engine->token() : QByteArray();
            if (token.isEmpty()) {
                if (ask.attachment)
                    emit m_outer->attachmentTransferred(ask.ticket, 0, {}, {}, {}, u"not_signed_in"_s);
                else
                    emit m_outer->hubAnswered(ask.ticket, 0, {}, u"not_signed_in"_s);
                continue;
            }
            if (ask.attachment) {
                std::optional<QSslConfiguration> tls;
                if (!m_settings.caFile.isEmpty())
                    tls = pinnedTlsConfiguration(m_settings.caFile).value_or(QSslConfiguration());
                AttachmentTransfer transfer(m_settings.hub, token, m_settings.workstation, m_settings.timeoutMs, tls);
                const auto reply = transfer.run(*ask.attachment);
                if (!reply.ok())
                    emit m_outer->attachmentTransferred(ask.ticket, 0, {}, {}, {}, reply.error().message);
                else
                    emit m_outer->attachmentTransferred(ask.ticket, reply->status, reply->body, reply->contentType,
                                                        reply->sha256, {});
                m_wanted = m_wanted || (reply.ok() && reply->status == 401);
                continue;
            }
            HubClient client(m_settings.hub);
            client.setToken(token);
            client.setWorkstation(m_settings.workstation);
            client.setTimeoutMs(m_settings.timeoutMs);
            if (!m_settings.caFile.isEmpty())
                client.setTlsConfiguration(pinnedTlsConfiguration(m_settings.caFile).value_or(QSslConfiguration()));
            const auto reply = ask.method == "POST" ? client.post(ask.path, ask.body) : client.get(ask.path);
            if (!reply.ok())
                emit m_outer->hubAnswered(ask.ticket, 0, {}, reply.error().message);
            else
                emit m_outer->hubAnswered(ask.ticket, reply->status, reply->body, {});
            if (reply.ok() && reply->status == 401)
                m_wanted = true; // the sync logs in again (or asks for the password)
        }
        m_syncing = false;
        if (m_wanted && m_timer)
            m_timer->start(0);
    }

    // A wake-up (a notice, a local command) that arrives while a sync runs, inside HubClient's waits, is remembered
    // and served by another sync as soon as this one ends: never by a sync nested inside it (a timer firing in
    // those waits), and never swallowed by the poll interval scheduled when the sync ends.
    void schedule(int ms)
    {
        if (ms == 0)
            m_wanted = true;
        if (!m_syncing)
            m_timer->start(ms);
    }

    void syncNow()
    {
        if (m_syncing) {
            m_wanted = true;
            return;
        }
        m_syncing = true;
        m_wanted = false;
        const Status status = m_engine->syncOnce();
        m_syncing = false;
        if (!m_asks.isEmpty())
            answerAsks();
        if (status) {
            // Exponential backoff with jitter, so a city's workstations do not all knock at once after an outage.
            m_backoffMs = m_backoffMs == 0 ? 2000 : std::min(m_backoffMs * 2, 60000);
            const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 5 + 1));
            m_timer->start(m_backoffMs - m_backoffMs / 10 + jitter);
            return;
        }
        m_backoffMs = 0;
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            QUrl url = m_settings.hub;
            url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
            url.setPath(url.path() + u"/api/v1/notify"_s);
            m_socket->open(url);
        }
        // A notice can run ahead of the hub process that answers the pull: behind nginx, another process learns of
        // the append from PostgreSQL a moment later, and a hub pages up to the head it shares (hub/ItemCache.h,
        // at most 200 ms old). So the pull is tried again every 100 ms until it reaches the noticed seq, for a second.
        // The noticed seq is kept across a pull asked for meanwhile (m_wanted), so that one is judged by it too.
        const bool shortOfNotice = m_noticed > m_engine->status().cursor && m_noticeRetries < kNoticeRetries;
        if (shortOfNotice && !m_wanted) {
            ++m_noticeRetries;
            m_timer->start(kNoticeRetryMs);
            return;
        }
        if (!shortOfNotice)
            m_noticed = 0;
        m_timer->start(m_wanted ? 0 : kPollMs);
    }

    static constexpr int kPollMs = 30000;
    static constexpr int kNoticeRetryMs = 100;
    static constexpr int kNoticeRetries = 10;
    SyncSettings m_settings;
    SyncWorker *m_outer;
    SyncEngine *m_engine = nullptr;
    QTimer *m_timer = nullptr;
    QWebSocket *m_socket = nullptr;
    int m_backoffMs = 0;
    bool m_syncing = false;
    bool m_wanted = false; // a sync was asked for since the current one began
    qint64 m_noticed = 0;  // the highest seq a notice announced that the cache has not reached yet
    int m_noticeRetries = 0;
    QList<Ask> m_asks;     // on-demand requests waiting for the sync that runs now
};

SyncWorker::SyncWorker(SyncSettings settings, QObject *parent) : QObject(parent)
{
    if (!settings.identities)
        settings.identities = std::make_shared<HeldIdentities>();
    m_identities = settings.identities;
    m_thread.setObjectName(u"rabeg-sync"_s);
    m_inside = new Inside(std::move(settings), this);
    m_inside->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inside, &QObject::deleteLater);
}

SyncWorker::~SyncWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncWorker::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_inside, [inside = m_inside] { inside->begin(); }, Qt::QueuedConnection);
}

void SyncWorker::submit(const Command &command)
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside, command] { inside->submit(command); },
                              Qt::QueuedConnection);
}

void SyncWorker::syncSoon()
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside] { inside->syncSoon(); }, Qt::QueuedConnection);
}

void SyncWorker::askHub(quint64 ticket, const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QMetaObject::invokeMethod(
        m_inside, [inside = m_inside, ticket, method, path, body] { inside->askHub(ticket, method, path, body); },
        Qt::QueuedConnection);
}

void SyncWorker::transferAttachment(quint64 ticket, const AttachmentRequest &request)
{
    QMetaObject::invokeMethod(
        m_inside, [inside = m_inside, ticket, request] { inside->transferAttachment(ticket, request); },
        Qt::QueuedConnection);
}

void SyncWorker::logIn(const QString &password)
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside, password] { inside->logIn(password); },
                              Qt::QueuedConnection);
}

} // namespace rabeg
