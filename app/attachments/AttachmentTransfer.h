#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace rabeg {

// One attachment to or from the hub (docs/attachments.md): an upload when attachmentId is null, else a download.
struct AttachmentRequest
{
    QUuid complaintId;
    QUuid attachmentId;
    QString fileName;  // upload: the name the hub lists
    QByteArray bytes;  // upload: the file
    QUuid commandId;   // upload: the same id on a retry adds nothing twice
};

// The hub's answer as it came: the bytes of a download (held in memory only, never written by this class), or
// the JSON of an upload's answer or of a refusal.
struct AttachmentReply
{
    int status = 0;
    QByteArray body;
    QString contentType;
    QString sha256; // what the hub says the bytes' SHA-256 is (X-Rabeg-Sha256), for a download

    // A refusal's sentence ({"error":{"message"}}), or a sentence of our own when the body has none.
    QString errorMessage() const;
    // The refusal's code, "attachment_too_large" for nginx's own 413 page; empty when there is none.
    QString errorCode() const;
};

// Raw bytes over HTTP for attachments, blocking like HubClient, on the thread that owns it (the sync thread).
// Attachments are never cached: nothing here touches the cache or any file.
class AttachmentTransfer
{
public:
    AttachmentTransfer(QUrl base, QByteArray token, QString workstation, int timeoutMs,
                       std::optional<QSslConfiguration> tls);
    Q_DISABLE_COPY_MOVE(AttachmentTransfer)

    Result<AttachmentReply> run(const AttachmentRequest &request);

    static QString uploadPath(const QUuid &complaintId);
    static QString downloadPath(const QUuid &complaintId, const QUuid &attachmentId);

private:
    QUrl m_base;
    QByteArray m_token;
    QString m_workstation;
    int m_timeoutMs;
    std::optional<QSslConfiguration> m_tls;
    QNetworkAccessManager m_network;
};

} // namespace rabeg
