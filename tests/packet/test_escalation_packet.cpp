#include <catch2/catch.hpp>

#include "ReportFixture.h"
#include "cli/EscalationPacketCommand.h"
#include "deadline/EscalationPacket.h"
#include "deadline/WorkingCalendar.h"
#include "domain/Lifecycle.h"
#include "packet/EscalationPacketPdf.h"
#include "store/ComplaintRepository.h"
#include "store/EscalationPacketQuery.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

// `-layout` for the tables; `-raw` (content order) for text drawn across the page, which layout mode drops.
QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-layout"))
{
    QProcess process;
    process.start(u"pdftotext"_s, {mode, pdf, u"-"_s});
    REQUIRE(process.waitForStarted());
    process.waitForFinished(-1);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool matches(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

// `rabeg escalation-packet ...` through run(), as main() calls it.
int packetCommand(const QStringList &options, QString *errors = nullptr)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = EscalationPacketCommand::run(QStringList {u"rabeg"_s, u"escalation-packet"_s} + options, outStream,
                                                  errStream);
    errStream.flush();
    if (errors)
        *errors = err;
    return code;
}

} // namespace

TEST_CASE("days overdue count the WIB days after the due day up to the day the clock stopped or now")
{
    // Due Fri 13 Nov 2026 24:00 WIB (17:00 UTC).
    const QDateTime due = wib("2026-11-14 00:00");
    CHECK(daysOverdue(due, due.addMSecs(-1)) == 0);
    CHECK(daysOverdue(due, due) == 0);
    CHECK(daysOverdue(due, due.addMSecs(1)) == 1); // Saturday 14 Nov, the first day late
    CHECK(daysOverdue(due, wib("2026-11-19 10:00")) == 6); // 14 to 19 Nov
    CHECK(daysOverdue(due, wib("2026-11-19 23:59")) == 6);
    CHECK(daysOverdue(due, wib("2026-11-20 00:00")) == 7);
}

TEST_CASE("the escalation packet of an escalated complaint carries its OPD, deadlines, timeline and days overdue")
{
    FixtureCache fixture;
    QTemporaryDir out;
    const QString pdf = out.filePath(u"packet.pdf"_s);
    // Story 2: PJU at DISHUB, dispatched Fri 30 Oct 2026 10:00 WIB and never answered; the follow-up's 14 calendar
    // days end Fri 13 Nov 24:00 WIB; escalated Sat 14 Nov. Looked at Thu 19 Nov 10:00 WIB: 6 days overdue.
    QString errors;
    REQUIRE(packetCommand({u"--complaint"_s, u"SRG-2026-000002"_s, u"--out"_s, pdf, u"--cache"_s, fixture.path,
                           u"--at"_s, u"2026-11-19T03:00:00Z"_s, u"--language"_s, u"en"_s},
                          &errors)
            == EscalationPacketCommand::Done);
    const QString t = pdfText(pdf);
    INFO(t.toStdString());
    CHECK(t.contains(u"Escalation to the Ombudsman"_s));
    CHECK(t.contains(u"SRG-2026-000002"_s));
    CHECK(t.contains(u"Dinas Perhubungan (DISHUB)"_s));
    CHECK(t.contains(u"Lampu PJU mati"_s));
    CHECK(t.contains(u"Days overdue: 6."_s));
    CHECK(t.contains(u"was due 13-11-2026 24:00 WIB"_s));
    // The deadlines table: follow-up started at the dispatch, due at the end of 13 Nov, breached.
    CHECK(matches(t, u"Tindak lanjut OPD\\s+1\\s+30-10-2026 10:00\\s+13-11-2026 24:00\\s+-\\s+breached"_s));
    // The timeline: the dispatch and the escalation with who did them.
    CHECK(matches(t, u"30-10-2026 10:00 WIB"_s));
    CHECK(matches(t, u"14-11-2026 08:00 WIB.*spv\\.budi"_s));
    CHECK(t.contains(u"identity on record at the command center"_s));
}

TEST_CASE("a late answer stops the count of days overdue at the day of the answer")
{
    FixtureCache fixture;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(fixture.path, u"packet-late"_s));
    // Story 7: dispatched Mon 19 Oct 10:00 WIB, follow-up due Mon 2 Nov 24:00 WIB, answered Tue 10 Nov: 8 days.
    const auto packet = escalationPacketOf(cache, u"SRG-2026-000007"_s, wib("2026-11-30 10:00"));
    REQUIRE(packet.ok());
    REQUIRE(packet->escalating);
    CHECK(packet->escalating->clock == u"followup"_s);
    CHECK(packet->escalating->dueAt == wib("2026-11-03 00:00"));
    CHECK(packet->escalating->state == DeadlineState::Breached);
    CHECK(packet->daysOverdue == 8);
    // A complaint answered in time is not overdue (story 1).
    const auto onTime = escalationPacketOf(cache, u"SRG-2026-000001"_s, wib("2026-11-30 10:00"));
    REQUIRE(onTime.ok());
    CHECK(onTime->daysOverdue == 0);
}

TEST_CASE("the packet of an anonymous complaint says nothing about the reporter")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    Story story(42, u"Pungutan liar di kelurahan"_s);
    story.play(CommandType::Intake, {u"op.rina"_s, Role::Operator, {}}, "2026-10-30 09:00",
               {{u"channel"_s, u"lapor"_s},
                {u"title"_s, u"Pungutan liar di kelurahan"_s},
                {u"body"_s, u"Petugas meminta uang untuk surat pengantar."_s},
                {u"anonim"_s, true},
                {u"identity"_s, QJsonObject {{u"name"_s, u"Siti Rahmawati"_s}, {u"email"_s, u"siti@example.id"_s}}}});
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(path, u"packet-anonim"_s));
        ComplaintRepository repository(cache);
        REQUIRE_FALSE(repository.put(story.complaint(), story.events()));
    }
    const QString pdf = dir.filePath(u"anonim.pdf"_s);
    REQUIRE(packetCommand({u"--complaint"_s, u"SRG-2026-000042"_s, u"--out"_s, pdf, u"--cache"_s, path, u"--at"_s,
                           u"2026-11-19T03:00:00Z"_s, u"--language"_s, u"en"_s})
            == EscalationPacketCommand::Done);
    const QString t = pdfText(pdf);
    INFO(t.toStdString());
    CHECK(t.contains(u"SRG-2026-000042"_s));
    CHECK(t.contains(u"identity withheld"_s));
    CHECK_FALSE(t.contains(u"identity on record"_s));
    CHECK_FALSE(t.contains(u"Siti"_s));
    CHECK_FALSE(t.contains(u"siti@example.id"_s));
}

TEST_CASE("the headless command needs no display and says what is wrong in a sentence")
{
    FixtureCache fixture;
    QTemporaryDir out;
    const QString pdf = out.filePath(u"packet.pdf"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral(RABEG_CLIENT_BINARY),
        {u"escalation-packet"_s, u"--complaint"_s, u"SRG-2026-000002"_s, u"--out"_s, pdf, u"--cache"_s, fixture.path});
    REQUIRE(process.waitForStarted());
    process.waitForFinished(-1);
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(pdfText(pdf).contains(u"SRG-2026-000002"_s));

    QString errors;
    CHECK(packetCommand({u"--complaint"_s, u"SRG-2026-999999"_s, u"--out"_s, pdf, u"--cache"_s, fixture.path}, &errors)
          == EscalationPacketCommand::Failed);
    CHECK(errors.contains(u"holds no complaint \"SRG-2026-999999\""_s));
    CHECK(packetCommand({u"--out"_s, pdf}) == EscalationPacketCommand::Usage);
}

TEST_CASE("the escalation packet made from a training hub's cache carries the training mark on every page")
{
    FixtureCache fixture;
    QTemporaryDir out;
    const auto packetText = [&](const QString &name) {
        const QString pdf = out.filePath(name);
        REQUIRE(packetCommand({u"--complaint"_s, u"SRG-2026-000002"_s, u"--out"_s, pdf, u"--cache"_s, fixture.path,
                               u"--at"_s, u"2026-11-19T03:00:00Z"_s, u"--language"_s, u"en"_s})
                == EscalationPacketCommand::Done);
        return pdfText(pdf, u"-raw"_s);
    };
    CHECK_FALSE(packetText(u"production.pdf"_s).contains(u"PELATIHAN"_s));
    CHECK_FALSE(pdfText(out.filePath(u"production.pdf"_s), u"-raw"_s).contains(u"PELATIHAN"_s));
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(fixture.path, u"packet-training-kind"_s));
        REQUIRE_FALSE(cache.setMeta(u"kind"_s, u"training"_s));
        cache.close();
    }
    const QStringList pages = packetText(u"training.pdf"_s).split(u'\f', Qt::SkipEmptyParts);
    REQUIRE_FALSE(pages.isEmpty());
    for (const QString &page : pages) {
        if (page.trimmed().isEmpty())
            continue; // pdftotext ends the last page with a form feed
        INFO(page.toStdString());
        CHECK(page.contains(QRegularExpression(u"TRAINING\\s*/\\s*PELATIHAN"_s)));
    }
}

TEST_CASE("the packet's timeline names an SOP step by its title in the complaint's checklist, not by its key")
{
    // KTP-el at DISDUKCAPIL (its shipped template's first step: "telaah-aduan"), ticked by the OPD's liaison.
    Story story(41, u"Blangko KTP-el habis"_s);
    story.received("2026-11-02 08:00", u"ktp-el"_s).dispatched("2026-11-02 09:00", u"DISDUKCAPIL"_s);
    story.acknowledged("2026-11-02 10:00");
    story.play(CommandType::CompleteStep, Actor {u"liaison-disdukcapil"_s, Role::Liaison, u"DISDUKCAPIL"_s},
               "2026-11-03 10:00", {{u"step"_s, u"telaah-aduan"_s}, {u"note"_s, u"Berkas lengkap"_s}});
    const ReferenceData &reference = shipped();
    const WorkingCalendar calendar(reference.calendar);
    const EscalationPacket packet = makeEscalationPacket(story.complaint(), story.events(), reference.sla, calendar,
                                                         wib("2026-11-19 10:00"));
    QTemporaryDir out;
    const QString pdf = out.filePath(u"steps.pdf"_s);
    REQUIRE_FALSE(EscalationPacketPdf(packet, &reference).write(pdf));
    const QString t = pdfText(pdf);
    INFO(t.toStdString());
    CHECK(t.contains(u"SOP step done: 1. Telaah aduan"_s));
    CHECK(t.contains(u"Berkas lengkap"_s));
    CHECK_FALSE(t.contains(u"telaah-aduan"_s));
}
