#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace rabeg {

// A file attached to a complaint as the hub stores it (docs/attachments.md): the bytes live only in the hub's
// store; the log's attachment_added event carries the metadata (id, name, type, size, sha256) and nothing else.
struct AttachmentRecord
{
    QUuid id;
    QUuid complaintId;
    QString name;   // as the uploader's file was called, without any folder
    QString type;   // the MIME type found in the bytes (AttachmentType), not the one claimed
    qint64 size = 0;
    QString sha256; // lowercase hex of the bytes
    QDateTime at;   // hub time of the upload
    QByteArray bytes;
};

} // namespace rabeg
