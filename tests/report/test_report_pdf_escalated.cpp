// The printed report's escalated list when a week has many: per OPD the earliest ten, the others counted and left
// to the CSV, the figures untouched (docs/reports.md, "Isi laporan"). The report is made here in memory, so that the
// test chooses how many escalations each OPD has; the PDF is read back with pdftotext.
#include <catch2/catch.hpp>

#include "ReportFixture.h"
#include "report/EscalatedExcerpt.h"
#include "report/ReportCsv.h"
#include "report/ReportPdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

// `count` escalations of `opd`, an hour apart from `first`, tracking ids from `number` on.
QList<EscalatedComplaint> escalations(const QString &opd, int count, const char *first, int number)
{
    QList<EscalatedComplaint> rows;
    for (int i = 0; i < count; ++i) {
        EscalatedComplaint row;
        row.id = QUuid::createUuid();
        row.trackingId = u"SRG-2026-%1"_s.arg(number + i, 6, 10, QChar(u'0'));
        row.title = u"Aduan %1 %2"_s.arg(opd.isEmpty() ? u"pusat"_s : opd).arg(i + 1);
        row.opd = opd;
        row.escalatedAt = wib(first).addSecs(3600 * i);
        row.reason = u"followup_breached"_s;
        row.stateAtEnd = ComplaintState::Dispatched;
        rows.append(row);
    }
    return rows;
}

// A week with 13 escalations of DISHUB, 2 of PUPR and 1 of the command center, interleaved in time as the tally
// gives them (by escalation time).
WeeklyReport busyWeek()
{
    WeeklyReport report;
    report.week = IsoWeek::parse(u"2026-W46").value();
    report.asOf = report.week.end();
    report.escalated = escalations(u"DISHUB"_s, 13, "2026-11-09 08:00", 100)
        + escalations(u"PUPR"_s, 2, "2026-11-09 08:30", 200) + escalations(QString(), 1, "2026-11-10 09:00", 300);
    std::sort(report.escalated.begin(), report.escalated.end(),
              [](const EscalatedComplaint &a, const EscalatedComplaint &b) { return a.escalatedAt < b.escalatedAt; });
    report.figures.escalated = 16;
    OpdReportRow dishub;
    dishub.opd = u"DISHUB"_s;
    dishub.escalated = 13;
    OpdReportRow pupr;
    pupr.opd = u"PUPR"_s;
    pupr.escalated = 2;
    OpdReportRow center;
    center.escalated = 1;
    report.opds = {dishub, pupr, center};
    return report;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForStarted());
    process.waitForFinished(-1);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("the excerpt of the escalations keeps each OPD's earliest ones in order and counts the others")
{
    const WeeklyReport report = busyWeek();
    const EscalatedExcerpt excerpt = EscalatedExcerpt::of(report.escalated, 10);
    CHECK(excerpt.total == 16);
    CHECK(excerpt.cut());
    REQUIRE(excerpt.groups.size() == 3);
    CHECK(excerpt.groups.at(0).opd == u"DISHUB"_s);
    CHECK(excerpt.groups.at(1).opd == u"PUPR"_s);
    CHECK(excerpt.groups.at(2).opd.isEmpty()); // the command center last, as in the per-OPD table
    REQUIRE(excerpt.groups.at(0).listed.size() == 10);
    for (int i = 0; i < 10; ++i)
        CHECK(excerpt.groups.at(0).listed.at(i).trackingId == u"SRG-2026-%1"_s.arg(100 + i, 6, 10, QChar(u'0')));
    CHECK(excerpt.groups.at(0).more == 3);
    CHECK(excerpt.groups.at(1).listed.size() == 2);
    CHECK(excerpt.groups.at(1).more == 0);
    CHECK(excerpt.groups.at(2).listed.size() == 1);
    CHECK_FALSE(EscalatedExcerpt::of(report.escalated, 13).cut());
    CHECK(EscalatedExcerpt::of({}, 10).groups.isEmpty());
}

TEST_CASE("a week with more escalations than the PDF lists per OPD prints the earliest ten of each OPD, counts the "
          "rest and points to the CSV, which keeps them all")
{
    const WeeklyReport report = busyWeek();
    QTemporaryDir out;
    const QString pdf = out.filePath(u"week.pdf"_s);
    REQUIRE_FALSE(writeReportPdf(report, {}, &shipped(), pdf));
    const QString t = pdfText(pdf);
    INFO(t.toStdString());

    // The figures are the whole week's.
    CHECK(QRegularExpression(u"Escalated to the Ombudsman\\s+16\\n"_s).match(t).hasMatch());
    CHECK(QRegularExpression(u"DISHUB .*\\b0\\s+0\\s+0\\s+13\\s"_s).match(t).hasMatch());
    // The note above the list, and each listed row with its title and OPD.
    CHECK(t.contains(u"16 complaints were escalated this week. The earliest 10 of each OPD are listed"_s));
    CHECK(t.contains(u"-escalated.csv"_s));
    for (int i = 0; i < 10; ++i) {
        const QString id = u"SRG-2026-%1"_s.arg(100 + i, 6, 10, QChar(u'0'));
        CHECK(QRegularExpression(id + u"\\s+Aduan DISHUB %1\\s+DISHUB"_s.arg(i + 1)).match(t).hasMatch());
    }
    for (int i = 10; i < 13; ++i)
        CHECK_FALSE(t.contains(u"SRG-2026-%1"_s.arg(100 + i, 6, 10, QChar(u'0'))));
    CHECK(QRegularExpression(u"\\+ 3 more, listed in the CSV\\s+DISHUB"_s).match(t).hasMatch());
    CHECK(QRegularExpression(u"SRG-2026-000200\\s+Aduan PUPR 1\\s+PUPR"_s).match(t).hasMatch());
    CHECK(QRegularExpression(u"SRG-2026-000201\\s+Aduan PUPR 2\\s+PUPR"_s).match(t).hasMatch());
    CHECK(QRegularExpression(u"SRG-2026-000300\\s+Aduan pusat 1\\s+Command ce"_s).match(t).hasMatch()); // elided
    // Grouped per OPD: DISHUB's tenth before PUPR's first although PUPR's came earlier in the week.
    CHECK(t.indexOf(u"SRG-2026-000109"_s) < t.indexOf(u"SRG-2026-000200"_s));
    CHECK(t.count(u"more, listed in the CSV"_s) == 1);

    // The CSV lists all sixteen.
    REQUIRE(ReportCsv::write(report, out.filePath(u"week.csv"_s)).ok());
    QFile csv(out.filePath(u"week-escalated.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString all = QString::fromUtf8(csv.readAll());
    CHECK(all.count(u"\r\n"_s) == 17); // the header and 16 rows
    for (int i = 0; i < 13; ++i)
        CHECK(all.contains(u"SRG-2026-%1"_s.arg(100 + i, 6, 10, QChar(u'0'))));
}

TEST_CASE("a week with few escalations prints them all, without the note")
{
    WeeklyReport report = busyWeek();
    report.escalated = escalations(u"DISHUB"_s, 10, "2026-11-09 08:00", 100);
    QTemporaryDir out;
    const QString pdf = out.filePath(u"week.pdf"_s);
    REQUIRE_FALSE(writeReportPdf(report, {}, &shipped(), pdf));
    const QString t = pdfText(pdf);
    INFO(t.toStdString());
    for (int i = 0; i < 10; ++i)
        CHECK(t.contains(u"SRG-2026-%1"_s.arg(100 + i, 6, 10, QChar(u'0'))));
    CHECK_FALSE(t.contains(u"listed in the CSV"_s));
    CHECK_FALSE(t.contains(u"-escalated.csv"_s));
}
