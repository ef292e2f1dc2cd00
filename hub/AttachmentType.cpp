#include "AttachmentType.h"

using namespace Qt::StringLiterals;

namespace rabeg {

std::optional<AttachmentType> AttachmentType::sniff(const QByteArray &bytes)
{
    // JPEG: SOI marker then another marker; PNG: its 8-byte signature; WebP: a RIFF container of type WEBP;
    // PDF: "%PDF-" (the specification allows it within the first 1024 bytes, real files start with it).
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return AttachmentType{u"image/jpeg"_s, u"jpg"_s};
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return AttachmentType{u"image/png"_s, u"png"_s};
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return AttachmentType{u"image/webp"_s, u"webp"_s};
    if (bytes.startsWith("%PDF-"))
        return AttachmentType{u"application/pdf"_s, u"pdf"_s};
    return std::nullopt;
}

QString AttachmentType::allowedList() { return u"JPEG, PNG or WebP photos and PDF documents"_s; }

} // namespace rabeg
