#include "HubClient.h"

#include "SyncLog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rabeg {

QString HubReply::errorCode() const { return body.value(u"error"_s).toObject().value(u"code"_s).toString(); }

QString HubReply::errorMessage() const
{
    return body.value(u"error"_s).toObject().value(u"message"_s).toString();
}

HubClient::HubClient(QUrl base) : m_base(std::move(base))
{
    m_network.setAutoDeleteReplies(false);
}

Result<HubReply> HubClient::get(const QString &path) { return send("GET", path, {}); }

Result<HubReply> HubClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<HubReply> HubClient::login(const QString &username, const QString &password)
{
    auto reply = post(u"/api/v1/session"_s, {{u"username"_s, username}, {u"password"_s, password}});
    if (reply.ok() && reply->status == 200)
        m_token = reply->body.value(u"token"_s).toString().toLatin1();
    return reply;
}

HubClient::Pending::Pending(QNetworkReply *reply, QByteArray method, QString path)
    : m_reply(reply), m_method(std::move(method)), m_path(std::move(path))
{
}

HubClient::Pending::~Pending()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

HubClient::~HubClient() = default;

std::unique_ptr<HubClient::Pending> HubClient::start(const QByteArray &method, const QString &path,
                                                     const QByteArray &body)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(m_base.path() + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_workstation.isEmpty())
        request.setRawHeader("X-Rabeg-Workstation", m_workstation.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    if (m_pinned)
        request.setSslConfiguration(m_tls);
    return std::make_unique<Pending>(m_network.sendCustomRequest(request, method, body), method, path);
}

std::unique_ptr<HubClient::Pending> HubClient::startGet(const QString &path) { return start("GET", path, {}); }

Result<HubReply> HubClient::remove(const QString &path) { return send("DELETE", path, {}); }

Result<HubReply> HubClient::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return wait(start(method, path, body));
}

Result<HubReply> HubClient::wait(std::unique_ptr<Pending> pending)
{
    QNetworkReply *reply = pending->m_reply;
    const QString path = pending->m_path;
    const QByteArray method = pending->m_method;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    pending->m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        qCInfo(lcSync).noquote() << method << path << "failed:" << reply->errorString();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            return Error{u"tls"_s, u"The hub at %1 could not be verified: its certificate is not from the trusted "
                                   u"authority, so nothing was sent (%2)."_s.arg(m_base.toString(), reply->errorString())};
        return Error{u"network"_s, u"The hub at %1 cannot be reached (%2)."_s.arg(m_base.toString(),
                                                                               reply->errorString())};
    }
    if (status == 204)
        return HubReply{status, {}, {}}; // no content, by definition
    // A reply aborted by its timeout is closed: reading it would only warn.
    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{u"bad_reply"_s, u"The hub's answer to %1 was cut off or is not JSON (%2 bytes); nothing of it "
                                     u"was applied."_s.arg(path).arg(bytes.size())};
    }
    return HubReply{status, document.object(), bytes};
}

} // namespace rabeg
