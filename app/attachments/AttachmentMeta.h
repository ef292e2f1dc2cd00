#pragma once

#include "domain/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace rabeg {

// What a workstation knows of a complaint's attachments: the metadata its attachment_added events carry, never
// the bytes (docs/attachments.md). Read from the complaint's history, oldest first.
struct AttachmentMeta
{
    QUuid id;
    QString name;
    QString type; // MIME type found by the hub in the bytes
    qint64 size = 0;
    QString sha256;
    QString addedBy;
    QDateTime at;

    bool isImage() const { return type.startsWith(QLatin1String("image/")); }
};

QList<AttachmentMeta> attachmentsOf(const QList<Event> &history);

} // namespace rabeg
