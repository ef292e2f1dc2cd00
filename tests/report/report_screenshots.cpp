// report_screenshots OUT_DIR [N] [LANGUAGE]: fills a cache with N demo complaints (default 3,000, ending Monday 30
// November 2026), writes the weekly report of 2026-W48 as PDF in LANGUAGE (default id, as the city reads it) and
// renders its cover and its charts page to OUT_DIR/report-cover.png and OUT_DIR/report-charts.png with pdftoppm
// -r 60. Not a test: for docs/screenshots.
#include "Language.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "report/ReportPdf.h"
#include "report/WeeklyReportMaker.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QString pageText(const QString &pdf, int page)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool render(const QString &pdf, int page, const QString &png)
{
    QFile::remove(png);
    const QString stem = png.chopped(4);
    const int code = QProcess::execute(u"pdftoppm"_s,
                                       {u"-r"_s, u"60"_s, u"-png"_s, u"-singlefile"_s, u"-f"_s, QString::number(page),
                                        u"-l"_s, QString::number(page), pdf, stem});
    return code == 0 && QFile::exists(png);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: report_screenshots OUT_DIR [N]\n");
        return 2;
    }
    Language language;
    language.use(argc > 3 ? QString::fromLocal8Bit(argv[3]) : u"id"_s);
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const auto reference = loadBuiltinReferenceData();
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!reference || !corpus)
        return 1;
    QTemporaryDir dir;
    LocalCache cache;
    if (cache.open(dir.filePath(u"demo.sqlite"_s), u"screens"_s))
        return 1;
    DemoOptions options;
    options.count = argc > 2 ? QString::fromLocal8Bit(argv[2]).toLongLong() : 3000;
    options.end = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    if (Status status = fillWithDemoData(cache, reference.value(), corpus.value(), options)) {
        std::fprintf(stderr, "%s\n", qPrintable(status->message));
        return 1;
    }
    cache.setMeta(u"scope"_s, u"supervisor/"_s);
    cache.setMeta(u"cursor"_s, u"18423"_s);
    cache.setMeta(u"synced_at"_s, u"2026-11-30T02:00:00.000Z"_s);
    WeeklyReportRequest request;
    request.week = IsoWeek::parse(u"2026-W48"_s).value();
    request.now = options.end;
    const auto report = makeWeeklyReport(cache, reference.value(), request);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    ReportSignOff signOff;
    signOff.signerName = u"Nama Kepala Dinas (contoh)"_s;
    signOff.signerNip = u"19700101 199001 1 001"_s;
    signOff.notes = u"Contoh catatan: tiga OPD diminta mempercepat tindak lanjut aduan PJU."_s;
    signOff.printedAt = options.end;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    if (writeReportPdf(report.value(), signOff, &reference.value(), pdf))
        return 1;
    QFile::remove(outDir + u"/report-sample.pdf"_s);
    QFile::copy(pdf, outDir + u"/report-sample.pdf"_s);
    int charts = 0;
    for (int page = 1; page < 20 && !charts; ++page) {
        if (pageText(pdf, page).contains(u"Trend over"_s) || pageText(pdf, page).contains(u"Tren "_s))
            charts = page;
    }
    const bool ok = render(pdf, 1, outDir + u"/report-cover.png"_s) && charts > 0
        && render(pdf, charts, outDir + u"/report-charts.png"_s);
    std::printf("cover page 1, charts page %d: %s\n", charts, ok ? "written" : "FAILED");
    return ok ? 0 : 1;
}
