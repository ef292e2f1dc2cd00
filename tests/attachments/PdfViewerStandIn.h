#pragma once
// Stands in for the desktop's PDF viewer in the attachment tests: QDesktopServices hands it the file URLs that
// Rabeg asks the desktop to open (QDesktopServices::setUrlHandler), so a test sees what a viewer would be given.
#include <QList>
#include <QObject>
#include <QUrl>

namespace rabeg::test {

class PdfViewerStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void openUrl(const QUrl &url) { opened.append(url); }
};

} // namespace rabeg::test
