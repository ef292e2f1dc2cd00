#include <catch2/catch.hpp>

#include "ReportFixture.h"
#include "report/ReportCsv.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end (no time limit of our own: the test runner's timeout is the only one).
Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.waitForFinished(-1);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// `rabeg report weekly ...` as cron runs it: no display at all, nothing saying which platform to use.
Run report(const QStringList &options, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    return run(QStringLiteral(RABEG_CLIENT_BINARY), QStringList {u"report"_s, u"weekly"_s} + options, environment);
}

bool contains(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

// RFC 4180, written here so the test does not trust the writer's own idea of it: fields separated by commas,
// records by CRLF, a quoted field may hold commas, CRLF and doubled quotes. Fails on anything else.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool quoted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                i += 2;
            } else if (c == u'"') {
                quoted = false;
                ++i;
                const bool endsField = i == text.size() || text.at(i) == u',' || text.mid(i, 2) == u"\r\n"_s;
                REQUIRE(endsField);
            } else {
                field += c;
                ++i;
            }
        } else if (c == u'"') {
            REQUIRE(field.isEmpty());
            quoted = true;
            ++i;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            ++i;
        } else if (text.mid(i, 2) == u"\r\n"_s) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            i += 2;
        } else {
            REQUIRE(c != u'\r');
            REQUIRE(c != u'\n'); // a bare LF is not a record separator in RFC 4180
            field += c;
            ++i;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty()); // the last record ends with CRLF
    REQUIRE(record.isEmpty());
    return records;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return parseCsv(file.readAll());
}

} // namespace

TEST_CASE("the headless PDF, made without a display, holds the figures, the tables and the charts' words as text")
{
    const FixtureCache fixture;
    QTemporaryDir out;
    const QString pdf = out.filePath(u"week.pdf"_s);
    const Run made = report({u"--week"_s, u"2026-W46"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf, u"--cache"_s,
                             fixture.path, u"--language"_s, u"en"_s, u"--signer-name"_s, u"Drs. H. Ahmad Fauzi"_s,
                             u"--signer-nip"_s, u"196805121990031004"_s, u"--notes"_s, u"Rapat evaluasi Senin."_s},
                            out.path());
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    REQUIRE(QFile::exists(pdf));

    const Run text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.exitCode == 0);
    const QString t = text.out;
    INFO(t.toStdString());
    // The cover: each figure on its line with the value worked out by hand (test_report_figures.cpp).
    CHECK(t.contains(u"Weekly complaint report"_s));
    CHECK(t.contains(u"Week 2026-W46"_s));
    CHECK(contains(t, u"\\bReceived\\s+3\\n"_s));
    CHECK(contains(t, u"\\bVerified\\s+1\\n"_s));
    CHECK(contains(t, u"\\bDispatched\\s+1\\n"_s));
    CHECK(contains(t, u"\\bResponded\\s+3\\n"_s));
    CHECK(contains(t, u"\\bClosed\\s+1\\n"_s));
    CHECK(contains(t, u"Overdue at week end\\s+2\\n"_s));
    CHECK(contains(t, u"Escalated to the Ombudsman\\s+1\\n"_s));
    CHECK(contains(t, u"Median working days to follow-up\\s+8\\.0 \\(of 3 responses\\)"_s));
    CHECK(contains(t, u"Deadline compliance \\(follow-up\\)\\s+66\\.7% \\(2 met, 1 breached\\)"_s));
    CHECK(contains(t, u"up to seq 4,?821"_s));
    // The per-OPD table, row by row: dispatched, responded, overdue, escalated, compliance (met/decided), median.
    CHECK(contains(t, u"DISDUKCAPIL .*\\b1\\s+1\\s+0\\s+0\\s+100\\.0% \\(1/1\\)\\s+8\\.0\\n"_s));
    CHECK(contains(t, u"DISHUB .*\\b0\\s+1\\s+1\\s+1\\s+0\\.0% \\(0/1\\)\\s+16\\.0\\n"_s));
    CHECK(contains(t, u"PUPR .*\\b0\\s+1\\s+0\\s+0\\s+100\\.0% \\(1/1\\)\\s+2\\.0\\n"_s));
    CHECK(contains(t, u"Command center .*\\b0\\s+0\\s+1\\s+0\\s+- \\(0/0\\)\\s+-\\n"_s));
    // The charts: titles, axis titles, tick labels and legends are text, not pictures.
    CHECK(t.contains(u"Received by the OPD (dispatched)"_s));
    CHECK(t.contains(u"Responded by the OPD"_s));
    CHECK(t.count(u"Complaints"_s) >= 2); // the y axis of both charts
    CHECK(t.contains(u"ISO week"_s));
    CHECK(t.contains(u"W35"_s));
    CHECK(t.contains(u"W46"_s));
    CHECK(t.contains(u"Trend over the last 12 weeks"_s));
    // The lists, notes, signature block and the definitions.
    CHECK(contains(t, u"SRG-2026-000002\\s+Lampu PJU mati"_s));
    CHECK(t.contains(u"Telaah aduan dan disposisi ke bidang"_s));
    CHECK(t.contains(u"Rapat evaluasi Senin."_s));
    CHECK(t.contains(u"Drs. H. Ahmad Fauzi"_s));
    CHECK(t.contains(u"NIP 196805121990031004"_s));
    CHECK(t.contains(u"Appendix: definitions"_s));
    CHECK(t.contains(u"met / (met + breached)"_s));

    // Charts are vector paths: the document holds no image at all (pdfimages lists a two-line header only).
    const Run images = run(u"pdfimages"_s, {u"-list"_s, pdf});
    REQUIRE(images.exitCode == 0);
    const QStringList lines = images.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 2);
    CHECK(lines.value(0).startsWith(u"page"_s));
}

TEST_CASE("the CSV of every table parses as RFC 4180 and holds the hand-computed figures")
{
    const FixtureCache fixture;
    QTemporaryDir out;
    const Run made = report({u"--week"_s, u"2026-W46"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                             out.filePath(u"week.csv"_s), u"--cache"_s, fixture.path},
                            out.path());
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    const auto figures = readCsv(out.filePath(u"week-figures.csv"_s));
    REQUIRE(figures.first() == QStringList {u"week"_s, u"figure"_s, u"value"_s});
    QHash<QString, QString> values;
    for (const QStringList &record : figures.mid(1)) {
        REQUIRE(record.size() == 3);
        CHECK(record.at(0) == u"2026-W46"_s);
        values.insert(record.at(1), record.at(2));
    }
    CHECK(values.value(u"received"_s) == u"3"_s);
    CHECK(values.value(u"verified"_s) == u"1"_s);
    CHECK(values.value(u"dispatched"_s) == u"1"_s);
    CHECK(values.value(u"responded"_s) == u"3"_s);
    CHECK(values.value(u"closed"_s) == u"1"_s);
    CHECK(values.value(u"overdue"_s) == u"2"_s);
    CHECK(values.value(u"escalated"_s) == u"1"_s);
    CHECK(values.value(u"median_followup_working_days"_s) == u"8.0"_s);
    CHECK(values.value(u"compliance_percent"_s) == u"66.7"_s);
    CHECK(values.value(u"hub_seq"_s) == u"4821"_s);

    const auto opd = readCsv(out.filePath(u"week-opd.csv"_s));
    REQUIRE(opd.size() == 5); // header, three OPDs, the command center
    for (const QStringList &record : opd)
        CHECK(record.size() == opd.first().size());
    CHECK(opd.at(2)
          == QStringList {u"2026-W46"_s, u"DISHUB"_s, u"0"_s, u"1"_s, u"1"_s, u"1"_s, u"0"_s, u"1"_s, u"0.0"_s,
                          u"16.0"_s, u"1"_s});

    // A title with a comma and quotes survives the round trip.
    const auto escalated = readCsv(out.filePath(u"week-escalated.csv"_s));
    REQUIRE(escalated.size() == 2);
    CHECK(escalated.at(1).at(2) == u"Lampu PJU mati, jalan \"gelap\" total"_s);
    CHECK(escalated.at(1).at(6) == u"dispatched"_s);

    const auto stalled = readCsv(out.filePath(u"week-stalled.csv"_s));
    REQUIRE(stalled.size() == 2);
    CHECK(stalled.at(1).at(1) == u"DISHUB"_s);
    CHECK(stalled.at(1).at(4) == u"1"_s);

    const auto trend = readCsv(out.filePath(u"week-trend.csv"_s));
    REQUIRE(trend.size() == 13);
    CHECK(trend.last() == QStringList {u"2026-W46"_s, u"3"_s, u"3"_s});
}

TEST_CASE("the CSV writer quotes exactly the fields that need it")
{
    CHECK(ReportCsv::field(u"plain"_s) == u"plain"_s);
    CHECK(ReportCsv::field(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(ReportCsv::field(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(ReportCsv::field(u"two\nlines"_s) == u"\"two\nlines\""_s);
    const ReportCsv::Table table {u"t"_s, {u"a"_s, u"b"_s}, {{u"x,y"_s, u"line\r\nbreak"_s}}};
    CHECK(parseCsv(ReportCsv::encode(table)) == QList<QStringList> {{u"a"_s, u"b"_s}, {u"x,y"_s, u"line\r\nbreak"_s}});
}

TEST_CASE("the headless command refuses a week that is not an ISO week and a cache that does not exist")
{
    QTemporaryDir out;
    CHECK(report({u"--week"_s, u"2026-48"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out.filePath(u"x.pdf"_s),
                  u"--cache"_s, out.filePath(u"none.sqlite"_s)},
                 out.path())
              .exitCode
          == 2);
    CHECK(
        report({u"--week"_s, u"2026-W46"_s, u"--format"_s, u"xls"_s, u"--out"_s, out.filePath(u"x.xls"_s)}, out.path())
            .exitCode
        == 2);
    const Run missing = report({u"--week"_s, u"2026-W46"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                                out.filePath(u"x.pdf"_s), u"--cache"_s, out.filePath(u"none.sqlite"_s)},
                               out.path());
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"no such cache file"_s));
    CHECK_FALSE(QFile::exists(out.filePath(u"none.sqlite"_s)));
}

TEST_CASE("every page of a report made from a training hub's cache carries the training mark, and no other does")
{
    const FixtureCache fixture;
    QTemporaryDir out;
    const auto pagesWithMark = [&](const QString &name) {
        const QString pdf = out.filePath(name);
        const Run made = report({u"--week"_s, u"2026-W46"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf, u"--cache"_s,
                                 fixture.path, u"--language"_s, u"en"_s},
                                out.path());
        INFO(made.out.toStdString() << made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        // -raw (content order): the layout mode drops text drawn across the page.
        const Run text = run(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
        REQUIRE(text.exitCode == 0);
        int marked = 0;
        int pages = 0;
        for (const QString &page : text.out.split(u'\f')) {
            if (page.trimmed().isEmpty())
                continue; // pdftotext ends the last page with a form feed
            ++pages;
            marked += page.contains(QRegularExpression(u"TRAINING\\s*/\\s*PELATIHAN"_s)) ? 1 : 0;
        }
        return std::pair {marked, pages};
    };
    const auto [productionMarked, productionPages] = pagesWithMark(u"production.pdf"_s);
    CHECK(productionMarked == 0);
    CHECK(productionPages >= 3);
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(fixture.path, u"report-training-kind"_s));
        REQUIRE_FALSE(cache.setMeta(u"kind"_s, u"training"_s));
        cache.close();
    }
    const auto [trainingMarked, trainingPages] = pagesWithMark(u"training.pdf"_s);
    CHECK(trainingPages == productionPages);
    CHECK(trainingMarked == trainingPages);
}

TEST_CASE("the headless commands say on stderr that they upgrade an old cache, and an upgrade survives a failed sync")
{
    QTemporaryDir out;
    const auto copyOfV14 = [&out](const QString &name) {
        const QString path = out.filePath(name);
        REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA) + u"/cache/cache-v14.sqlite"_s, path));
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        return path;
    };
    const auto schemaOf = [](const QString &path) {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(path, u"headless-upgrade-check"_s));
        return cache.meta(u"schema_version"_s);
    };

    // The report: the migration, then the stall spans from 0% to 100% with the count, then the report itself.
    const QString forReport = copyOfV14(u"report.sqlite"_s);
    const Run made = report({u"--week"_s, u"2026-W46"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                             out.filePath(u"week.pdf"_s), u"--cache"_s, forReport},
                            out.path());
    CHECK(made.exitCode == 0);
    CHECK(made.err.contains(u"rabeg report: migrating the cache to schema "_s
                            + QString::number(LocalCache::kSchemaVersion)));
    CHECK(made.err.contains(u"rabeg report: deriving the report's stall spans, 0%"_s));
    CHECK(contains(made.err, u"rabeg report: deriving the report's stall spans, 100% \\([1-9][0-9]* complaints\\)"_s));
    CHECK(QFile::exists(out.filePath(u"week.pdf"_s)));

    // `rabeg sync` opens (and so upgrades) the cache before it reaches the hub; a hub that is not there fails the
    // sync but keeps the upgrade, which a second open does not run again.
    const QString forSync = copyOfV14(u"sync.sqlite"_s);
    QFile password(out.filePath(u"password"_s));
    REQUIRE(password.open(QIODevice::WriteOnly));
    password.write("not-used\n");
    password.close();
    REQUIRE(password.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // refused when others can read it
    const Run synced = run(QStringLiteral(RABEG_CLIENT_BINARY),
                           {u"sync"_s, u"--hub"_s, u"http://127.0.0.1:9"_s, u"--user"_s, u"operator"_s,
                            u"--password-file"_s, password.fileName(), u"--cache"_s, forSync});
    CHECK(synced.exitCode == 1);
    CHECK(synced.err.contains(u"rabeg sync: migrating the cache to schema "_s
                              + QString::number(LocalCache::kSchemaVersion)));
    CHECK(contains(synced.err, u"rabeg sync: deriving the report's stall spans, 100% \\([1-9][0-9]* complaints\\)"_s));
    CHECK(schemaOf(forSync) == QString::number(LocalCache::kSchemaVersion));
    const Run again = report({u"--week"_s, u"2026-W46"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                              out.filePath(u"again.csv"_s), u"--cache"_s, forSync},
                             out.path());
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.err.contains(u"migrating"_s));
    CHECK_FALSE(again.err.contains(u"stall spans"_s));
}
