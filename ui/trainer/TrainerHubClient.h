#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace rabeg {

// The trainer console's line to the training hub (docs/api/openapi.yaml, "training"): asynchronous, one reply
// at a time per request, every reply deleteLater()'d. Each answer is the class's status with every trainee's
// result lines, so the scoreboard and the result sheets always show the same moment.
class TrainerHubClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainerHubClient)

public:
    explicit TrainerHubClient(QUrl hub, QObject *parent = nullptr);

    void setToken(const QByteArray &token) { m_token = token; }
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool ready() const { return !m_token.isEmpty(); }

    void refresh();
    void setSpeed(double speed); // 0 pauses
    void jumpTo(const QDateTime &at);
    void reset();

signals:
    void statusReceived(const QJsonObject &status);
    void failed(const QString &message);

private:
    void send(const QByteArray &method, const QString &path, const QJsonObject &body);

    QNetworkAccessManager m_network;
    QUrl m_hub;
    QByteArray m_token;
    QSslConfiguration m_tls;
    bool m_pinned = false;
    bool m_refreshing = false; // a poll in flight is not doubled
};

} // namespace rabeg
