// Attachments on the workstation against a real hub on loopback (docs/attachments.md): a photo added from the
// complaint's detail reaches the hub, comes back to every cache as metadata only, and opens in the image viewer from
// bytes fetched on demand; the hub's refusals are shown as its sentences; no file of the cache ever holds the bytes.
#include "ComplaintDetailView.h"
#include "HubWorkspace.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "PdfViewerStandIn.h"
#include "RoadPhoto.h"
#include "TestClient.h"
#include "Workspace.h"
#include "WorkspaceDriver.h"
#include "attachments/AttachmentPanel.h"
#include "attachments/AttachmentTransfer.h"
#include "attachments/AttachmentViewer.h"
#include "sync/SyncWorker.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

AttachmentPanel *panelOf(HubWorkspace &w) { return w.window().inbox()->detail()->attachmentPanel(); }

void open(HubWorkspace &w, WorkspaceDriver &driver, const QUuid &id, const QString &word)
{
    w.waitForComplaint(id);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    driver.search(word);
    REQUIRE(driver.selected() == id);
}

// A demo hub with one new complaint, and the operator's workspace with that complaint found and selected.
struct OpenedComplaint
{
    OpenedComplaint(const QString &title, const QString &word)
        : id(hub.intake(u"supervisor"_s, title)), w(hub, u"operator"_s, false), driver(w.window())
    {
        open(w, driver, id, word);
        panel = panelOf(w);
    }

    TestHub hub {{20, StoreKind::Demo, true}};
    QUuid id;
    HubWorkspace w;
    WorkspaceDriver driver;
    AttachmentPanel *panel = nullptr;
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// Every file in the cache's directory (the database, its -wal and -shm, anything beside them) that holds `needle`.
QStringList filesHolding(const QString &directory, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

TEST_CASE("a photo added from the detail view opens in the image viewer, and no file of the cache holds its bytes")
{
    OpenedComplaint opened(u"Jalan berlubang besar di Kasemen, genangan air"_s, u"Kasemen"_s);
    TestHub &hub = opened.hub;
    HubWorkspace &w = opened.w;
    const QUuid id = opened.id;
    AttachmentPanel *panel = opened.panel;
    CHECK(panel->attachments().isEmpty());
    CHECK(panel->findChild<QPushButton *>(u"addAttachmentPushButton"_s)->isVisible());

    QTemporaryDir files;
    const QByteArray photo = roadPhotoJpeg();
    REQUIRE(photo.size() > 100000);
    panel->upload(writeFile(files, u"jalan-rusak-kasemen.jpg"_s, photo));
    w.waitFor([&] { return panel->attachments().size() == 1; }, "the upload's event comes back with the next sync");
    const AttachmentMeta meta = panel->attachments().first();
    CHECK(meta.name == u"jalan-rusak-kasemen.jpg"_s);
    CHECK(meta.type == u"image/jpeg"_s);
    CHECK(meta.size == photo.size());
    CHECK(meta.addedBy == u"operator"_s);
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    CHECK(meta.sha256 == digest);
    // The hub holds the very bytes.
    const auto stored = hub.store().attachment(id, meta.id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->bytes == photo);

    panel->open(0);
    w.waitFor([&] { return panel->viewer() != nullptr; }, "the hub's bytes open in the viewer");
    AttachmentViewer *viewer = panel->viewer();
    CHECK(viewer->isVisible());
    CHECK(viewer->image().size() == roadPhoto().size());
    CHECK(viewer->windowTitle().contains(u"jalan-rusak-kasemen.jpg"_s));
    viewer->close();

    // Metadata in the cache (the synced history), the bytes nowhere beside it: database, -wal, -shm.
    const QString directory = QFileInfo(w.workspace().cache().database().databaseName()).absolutePath();
    CHECK_FALSE(filesHolding(directory, digest.toLatin1()).isEmpty());
    for (const qsizetype at : {qsizetype(600), photo.size() / 2, photo.size() - 80}) {
        const QStringList holding = filesHolding(directory, photo.mid(at, 48));
        INFO("bytes at " << at << " found in " << holding.join(u", "_s).toStdString());
        CHECK(holding.isEmpty());
    }
    CHECK(filesHolding(directory, photo.mid(photo.size() / 2, 48).toBase64()).isEmpty());
}

TEST_CASE("the hub's refusals are shown as its sentences, and a file over 10 MB is refused before it is sent")
{
    OpenedComplaint opened(u"Jalan berlubang besar di Kasemen, genangan air"_s, u"Kasemen"_s);
    TestHub &hub = opened.hub;
    HubWorkspace &w = opened.w;
    AttachmentPanel *panel = opened.panel;
    QTemporaryDir files;
    const qint64 head = hub.head();

    panel->upload(writeFile(files, u"foto-jalan.jpg"_s, QByteArray("MZ\x90\x00\x03\x00", 6) + QByteArray(4000, 'A')));
    w.waitFor([&] { return panel->statusText().contains(u"not added"_s); }, "the hub refuses the program");
    CHECK(panel->statusText().contains(u"not a photo or a PDF"_s));

    panel->upload(writeFile(files, u"besar.jpg"_s, QByteArray("\xFF\xD8\xFF", 3) + QByteArray(10 * 1024 * 1024, 'x')));
    CHECK(panel->statusText().contains(u"larger than 10 MB"_s));
    CHECK(hub.head() == head);
    CHECK(panel->attachments().isEmpty());
}

TEST_CASE("over HTTP the hub answers a body over 10 MB on the upload route with 413 and its sentence")
{
    TestHub hub({5, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s, u"Jalan berlubang"_s);
    AttachmentTransfer transfer(hub.url(), hub.token(u"operator"_s), u"WS-UJI"_s, 60000, std::nullopt);
    const auto reply = transfer.run(
        {id, {}, u"besar.jpg"_s, QByteArray("\xFF\xD8\xFF", 3) + QByteArray(10 * 1024 * 1024, 'x'), QUuid::createUuid()});
    REQUIRE(reply.ok());
    CHECK(reply->status == 413);
    CHECK(reply->errorMessage().contains(u"larger than 10 MB"_s));
    // And a PDF within the limit goes through and comes back the same.
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(200000, 'p') + QByteArray("\n%%EOF\n");
    const auto added = transfer.run({id, {}, u"surat pernyataan.pdf"_s, pdf, QUuid::createUuid()});
    REQUIRE(added.ok());
    REQUIRE(added->status == 201);
    const QJsonObject meta = QJsonDocument::fromJson(added->body).object().value(u"attachment"_s).toObject();
    const auto fetched = transfer.run({id, QUuid::fromString(meta.value(u"attachment_id"_s).toString()), {}, {}, {}});
    REQUIRE(fetched.ok());
    CHECK(fetched->status == 200);
    CHECK(fetched->contentType == u"application/pdf"_s);
    CHECK(fetched->body == pdf);
    CHECK(fetched->sha256 == meta.value(u"sha256"_s).toString());
}

TEST_CASE("the liaison of the OPD holding a complaint adds a photo and an operator opens it; offline it is not "
          "fetched and a sentence says why")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s, u"Lampu PJU padam di Jl. Maulana Yusuf"_s);
    hub.run(u"supervisor"_s, CommandType::Verify, id,
            {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"perhubungan-pju"_s}, {u"service"_s, u"pju"_s}});
    hub.run(u"supervisor"_s, CommandType::Dispatch, id, {{u"opd"_s, u"DISHUB"_s}});
    QTemporaryDir files;
    const QByteArray photo = roadPhotoJpeg(70);
    {
        HubWorkspace liaison(hub, u"liaison-dishub"_s, false);
        WorkspaceDriver driver(liaison.window());
        open(liaison, driver, id, u"Maulana"_s);
        AttachmentPanel *panel = panelOf(liaison);
        REQUIRE(liaison.session().actor().role == Role::Liaison);
        CHECK(panel->findChild<QPushButton *>(u"addAttachmentPushButton"_s)->isVisible());
        panel->upload(writeFile(files, u"lampu-sudah-diganti.jpg"_s, photo));
        liaison.waitFor([&] { return panel->attachments().size() == 1; }, "the liaison's upload comes back");
        CHECK(panel->attachments().first().addedBy == u"liaison-dishub"_s);
    }

    HubWorkspace w(hub, u"operator"_s, false);
    WorkspaceDriver driver(w.window());
    open(w, driver, id, u"Maulana"_s);
    AttachmentPanel *panel = panelOf(w);
    REQUIRE(panel->attachments().size() == 1);
    panel->open(0);
    w.waitFor([&] { return panel->viewer() != nullptr; }, "the operator opens the liaison's photo");
    CHECK(panel->viewer()->image().size() == roadPhoto().size());
    panel->viewer()->close();

    hub.stop();
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !w.session().hubOnline(); }, "the workstation notices the hub is away");
    panel->open(0);
    CHECK(panel->statusText().contains(u"cannot be reached"_s));
    CHECK(panel->attachments().size() == 1); // the metadata stays listed from the cache
}

TEST_CASE("a PDF opens in the desktop's viewer from a private folder of this session, not beside the cache")
{
    OpenedComplaint opened(u"Surat keterangan domisili ditolak kelurahan Kasemen"_s, u"domisili"_s);
    HubWorkspace &w = opened.w;
    AttachmentPanel *panel = opened.panel;
    QTemporaryDir files;
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(120000, 'q') + QByteArray("\n%%EOF\n");
    panel->upload(writeFile(files, u"surat penolakan (kelurahan).pdf"_s, pdf));
    w.waitFor([&] { return panel->attachments().size() == 1; }, "the upload's event comes back with the next sync");

    PdfViewerStandIn viewer;
    QDesktopServices::setUrlHandler(u"file"_s, &viewer, "openUrl");
    panel->open(0);
    w.waitFor([&] { return !viewer.opened.isEmpty(); }, "the desktop is asked to open the PDF");
    QDesktopServices::unsetUrlHandler(u"file"_s);
    const QString path = viewer.opened.first().toLocalFile();
    QFile copy(path);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == pdf);
    CHECK(path.endsWith(u".pdf"_s));
    constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((copy.permissions() & others) == 0); // only its owner reads it
    const QFileInfo folder(QFileInfo(path).absolutePath());
    CHECK(folder.fileName().startsWith(u"rabeg-attachments-"_s));
    CHECK((folder.permissions() & others) == 0);
    const QString cacheDirectory = QFileInfo(w.workspace().cache().database().databaseName()).absolutePath();
    CHECK_FALSE(path.startsWith(cacheDirectory));
    CHECK(filesHolding(cacheDirectory, pdf.mid(60000, 48)).isEmpty());
    CHECK(panel->statusText().contains(u"opened in the PDF viewer"_s));
}
