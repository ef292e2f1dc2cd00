#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace rabeg {

// The reference-data tabs' line to the hub (POST /api/v1/admin/opds, /agencies, /routing-table;
// docs/reference-admin.md): one change at a time, asynchronous, every reply deleteLater()'d. A refusal comes back
// as the hub's own sentence.
class ReferenceAdminClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceAdminClient)

public:
    explicit ReferenceAdminClient(QUrl hub, QObject *parent = nullptr);

    void setToken(const QByteArray &token) { m_token = token; }
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool ready() const { return !m_token.isEmpty(); }

    // `path` is one of the admin routes above; `body` without command_id (a new one is made per call).
    void post(const QString &path, const QJsonObject &body);

signals:
    // The hub appended the reference event (its JSON).
    void accepted(const QString &path, const QJsonObject &event);
    void refused(const QString &path, const QString &sentence);

private:
    QNetworkAccessManager m_network;
    QUrl m_hub;
    QByteArray m_token;
    QSslConfiguration m_tls;
    bool m_pinned = false;
};

} // namespace rabeg
