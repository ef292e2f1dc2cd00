#include "AttachmentTransfer.h"

#include "sync/SyncLog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

// The reply's {"error": {...}}, empty when the body has none (nginx's own pages are HTML).
QJsonObject errorOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
}

} // namespace

QString AttachmentReply::errorMessage() const
{
    const QString message = errorOf(body).value(u"message"_s).toString();
    if (!message.isEmpty())
        return message;
    if (status == 413) // nginx answers its own limit with an HTML page
        return u"The file is larger than 10 MB. Send a smaller photo or split the document."_s;
    return u"The hub answered %1 without saying why."_s.arg(status);
}

QString AttachmentReply::errorCode() const
{
    const QString code = errorOf(body).value(u"code"_s).toString();
    return code.isEmpty() && status == 413 ? u"attachment_too_large"_s : code;
}

AttachmentTransfer::AttachmentTransfer(QUrl base, QByteArray token, QString workstation, int timeoutMs,
                                       std::optional<QSslConfiguration> tls)
    : m_base(std::move(base)), m_token(std::move(token)), m_workstation(std::move(workstation)),
      m_timeoutMs(timeoutMs), m_tls(std::move(tls))
{
}

QString AttachmentTransfer::uploadPath(const QUuid &complaintId)
{
    return u"/api/v1/complaints/%1/attachments"_s.arg(complaintId.toString(QUuid::WithoutBraces));
}

QString AttachmentTransfer::downloadPath(const QUuid &complaintId, const QUuid &attachmentId)
{
    return uploadPath(complaintId) + u'/' + attachmentId.toString(QUuid::WithoutBraces);
}

Result<AttachmentReply> AttachmentTransfer::run(const AttachmentRequest &request)
{
    const bool upload = request.attachmentId.isNull();
    QUrl url = m_base;
    url.setPath(m_base.path()
                + (upload ? uploadPath(request.complaintId) : downloadPath(request.complaintId, request.attachmentId)));
    QNetworkRequest http(url);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    http.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_workstation.isEmpty())
        http.setRawHeader("X-Rabeg-Workstation", m_workstation.toUtf8());
    if (m_tls)
        http.setSslConfiguration(*m_tls);
    http.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nullptr;
    if (upload) {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        http.setRawHeader("X-Rabeg-File-Name", QUrl::toPercentEncoding(request.fileName));
        if (!request.commandId.isNull())
            http.setRawHeader("X-Rabeg-Command-Id", request.commandId.toString(QUuid::WithoutBraces).toLatin1());
        reply = m_network.post(http, request.bytes);
    } else {
        reply = m_network.get(http);
    }
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        qCInfo(lcSync).noquote() << (upload ? "attachment upload" : "attachment download") << "failed:"
                                 << reply->errorString();
        return Error{u"network"_s, u"The hub at %1 cannot be reached (%2)."_s.arg(m_base.toString(),
                                                                               reply->errorString())};
    }
    AttachmentReply out;
    out.status = status;
    out.body = reply->isOpen() ? reply->readAll() : QByteArray();
    out.contentType = QString::fromLatin1(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    out.sha256 = QString::fromLatin1(reply->rawHeader("X-Rabeg-Sha256"));
    return out;
}

} // namespace rabeg
