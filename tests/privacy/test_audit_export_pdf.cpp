// Issue 12, the audit export as PDF: `rabeg-hub audit export` writes the JSON from a real store, the client command
// `rabeg audit-export` makes the PDF (the hub links no Qt Gui), and pdftotext reads the heads and entries back.
#include "HubFixture.h"
#include "PrivacyFiles.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    // In drawing order: a cell's wrapped lines stay together (with -layout, neighbouring cells interleave).
    process.start(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpace(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

} // namespace

TEST_CASE("the audit export's PDF, made by rabeg audit-export from the hub's JSON, shows the chain heads, every event "
          "with its hash and every audit entry with its reason", "[privacy][export]")
{
    HubFixture hub;
    const QUuid id = hub.intake(hub.login(u"op.rina"_s), u"Pungli di kelurahan"_s, u"Diminta uang."_s, true);
    const QString reason = u"Permintaan Ombudsman RI Perwakilan Banten: verifikasi offline, file diffuse"_s;
    REQUIRE(hub.post(hub.login(u"admin.iwan"_s), u"/api/v1/complaints/%1/identity/reveal"_s.arg(uuidText(id)),
                     QJsonObject{{u"reason"_s, reason}})
                .status == 200);
    const QString tracking = hub.store().complaint(id).value()->trackingId;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString json = dir.filePath(u"export.json"_s);
    const QString pdf = dir.filePath(u"export.pdf"_s);
    HubRun run = runHub({u"audit"_s, u"export"_s, u"--store"_s, u"sqlite:"_s + hub.store().database().databaseName(),
                         u"--complaint"_s, tracking, u"--out"_s, json});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    // The hub itself says where the PDF is made.
    run = runHub({u"audit"_s, u"export"_s, u"--store"_s, u"sqlite:"_s + hub.store().database().databaseName(),
                  u"--complaint"_s, tracking, u"--format"_s, u"pdf"_s, u"--out"_s, pdf});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"rabeg audit-export"_s));

    QProcess client;
    client.start(QStringLiteral(RABEG_CLIENT_BINARY), {u"audit-export"_s, u"--in"_s, json, u"--out"_s, pdf,
                                                        u"--language"_s, u"en"_s});
    REQUIRE(client.waitForFinished(120000));
    INFO(client.readAllStandardError().toStdString());
    REQUIRE(client.exitCode() == 0);

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"Audit export for the Ombudsman"_s));
    CHECK(text.contains(tracking));
    const auto head = hub.store().chainHead();
    REQUIRE(head.ok());
    // No ligatures: a hash with "ff" in it once came back from pdftotext with the ligature character in its place
    // (the reason above has "ff", "fi" and "fl" so that this holds on every run, not only on such hashes).
    const QString flat = withoutSpace(text);
    CHECK(flat.contains(head->second));                                  // the event log's head hash
    CHECK(flat.contains(hub.store().auditHead().value()->hash) == false); // the export's own entry came after it
    CHECK(text.contains(u"identity_revealed"_s)); // the event's type
    CHECK(flat.contains(u"identityrevealed"_s));  // the audit entry's action, wrapped in its column
    CHECK(text.contains(u"received"_s));
    CHECK(flat.contains(withoutSpace(reason)));
    CHECK_FALSE(text.contains(u"3673015507880002"_s));

    // Not an export: refused with a sentence, nothing written.
    const QString other = dir.filePath(u"other.pdf"_s);
    client.start(QStringLiteral(RABEG_CLIENT_BINARY), {u"audit-export"_s, u"--in"_s, dir.filePath(u"missing.json"_s),
                                                        u"--out"_s, other});
    REQUIRE(client.waitForFinished(60000));
    CHECK(client.exitCode() == 1);
    CHECK_FALSE(QFile::exists(other));
}
