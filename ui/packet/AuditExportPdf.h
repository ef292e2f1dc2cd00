#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class QPagedPaintDevice;
class QPainter;

namespace rabeg {

// The audit export for the Ombudsman as PDF (docs/security.md, "Audit export"), made on a workstation from the
// JSON that `rabeg-hub audit export` writes (the hub links no Qt Gui): what was exported, the heads of both hash
// chains it was verified against, every event with its hash, and every audit log entry.
class AuditExportPdf
{
    Q_DECLARE_TR_FUNCTIONS(AuditExportPdf)

public:
    // The export as `rabeg-hub audit export` wrote it; an error that says why when it is not one.
    static Result<AuditExportPdf> fromJson(const QByteArray &json);
    Status write(const QString &path) const;

private:
    explicit AuditExportPdf(QJsonObject document) : m_document(std::move(document)) { }
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

    QJsonObject m_document;
};

} // namespace rabeg
