// docs/screenshots/attachment-viewer.png, in Indonesian: a photo of a damaged road (drawn by RoadPhoto, no real
// person's picture) added to a complaint and opened from its detail, over the workstation.
// QT_QPA_PLATFORM=offscreen RABEG_SCREENSHOT_DIR=docs/screenshots ./test_attachment_client "[.screenshot]"
#include "ComplaintDetailView.h"
#include "HubWorkspace.h"
#include "InboxView.h"
#include "Language.h"
#include "MainWindow.h"
#include "RoadPhoto.h"
#include "TestClient.h"
#include "WorkspaceDriver.h"
#include "attachments/AttachmentPanel.h"
#include "attachments/AttachmentViewer.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("screenshot of a photo attachment opened from the detail", "[.screenshot]")
{
    const QString directory = qEnvironmentVariable("RABEG_SCREENSHOT_DIR");
    REQUIRE_FALSE(directory.isEmpty());
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s, u"Jalan berlubang besar di Jl. Raya Kasemen, tergenang air"_s);
    HubWorkspace w(hub, u"operator"_s, false);
    Language language;
    REQUIRE(language.use(u"id"_s));
    w.window().resize(1400, 900);
    WorkspaceDriver driver(w.window());
    w.waitForComplaint(id);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    driver.search(u"Kasemen"_s);
    REQUIRE(driver.selected() == id);
    AttachmentPanel *panel = w.window().inbox()->detail()->attachmentPanel();
    QTemporaryDir files;
    const QString path = files.filePath(u"jalan-rusak-kasemen.jpg"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(roadPhotoJpeg());
    }
    panel->upload(path);
    w.waitFor([&] { return panel->attachments().size() == 1; }, "listed after the next sync");
    panel->open(0);
    w.waitFor([&] { return panel->viewer() != nullptr; }, "the viewer opens");
    AttachmentViewer *viewer = panel->viewer();
    viewer->resize(960, 720);
    QTest::qWait(200); // layout settles before the picture
    REQUIRE(w.window().grab().save(QDir(directory).filePath(u"attachment-detail.png"_s)));
    // The viewer over the workstation, as the operator sees it.
    QImage shot = w.window().grab().toImage();
    {
        // Offscreen windows have no decorations: a plain frame and title bar, as a desktop would draw them.
        QPainter painter(&shot);
        const QPixmap dialog = viewer->grab();
        const int title = 30;
        const QRect frame((shot.width() - dialog.width()) / 2 - 1, (shot.height() - dialog.height() - title) / 2,
                          dialog.width() + 2, dialog.height() + title + 1);
        painter.fillRect(frame.adjusted(6, 6, 6, 6), QColor(0, 0, 0, 60)); // shadow
        painter.fillRect(frame, QColor(60, 64, 72));
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(frame.left(), frame.top(), frame.width(), title), Qt::AlignCenter,
                         viewer->windowTitle());
        painter.drawPixmap(frame.left() + 1, frame.top() + title, dialog);
    }
    REQUIRE(shot.save(QDir(directory).filePath(u"attachment-viewer.png"_s)));
}
