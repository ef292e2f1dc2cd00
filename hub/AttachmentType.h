#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rabeg {

// What an uploaded file is, judged by its first bytes (magic numbers), never by its name or the Content-Type the
// client claims: an .exe renamed .jpg is refused. Photos (JPEG, PNG, WebP) and PDF documents only.
struct AttachmentType
{
    QString mime;      // "image/jpeg", "image/png", "image/webp", "application/pdf"
    QString extension; // "jpg", "png", "webp", "pdf"

    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }

    static std::optional<AttachmentType> sniff(const QByteArray &bytes);
    static QString allowedList(); // for the refusal's sentence
};

} // namespace rabeg
