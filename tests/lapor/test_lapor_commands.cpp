// The headless commands: `rabeg lapor-import` lists the rows it could not read by number and exits 3, a second run
// queues nothing; `rabeg lapor-export` writes the documented header; wrong usage exits 2.
#include <catch2/catch.hpp>

#include "LaporFixtures.h"
#include "cli/LaporExportCommand.h"
#include "cli/LaporImportCommand.h"
#include "store/SyncRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("rabeg lapor-import reports unreadable rows by number and a second run queues nothing")
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"operator.sqlite"_s);
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(cachePath, u"lapor-cli-make"_s));
    }
    const auto run = [&](const QStringList &extra, QString &out, QString &err) {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        return LaporImportCommand::run(QStringList {u"rabeg"_s, u"lapor-import"_s, u"--cache"_s, cachePath} + extra,
                                       outStream, errStream, [] { return laporNow(); });
    };
    QString out, err;
    CHECK(run({laporData(u"lapor-malformed.csv"_s)}, out, err) == LaporImportCommand::RowsLeftOut);
    CHECK(out.startsWith(u"lapor-malformed.csv: 9 rows read; 4 new complaints and 0 status changes queued"_s));
    CHECK(err.contains(u"problem: row 3 (line 3), column \"Tanggal Laporan\": \"31/02/2026 10:00\" is not a date"_s));
    CHECK(err.contains(u"problem: row 7 (line 8): text after a closing quote"_s));
    QString again, againErr;
    CHECK(run({laporData(u"lapor-malformed.csv"_s)}, again, againErr) == LaporImportCommand::RowsLeftOut);
    CHECK(again.startsWith(u"lapor-malformed.csv: 9 rows read; 0 new complaints and 0 status changes queued, 4 "
                           u"unchanged"_s));
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(cachePath, u"lapor-cli-check"_s));
        CHECK(SyncRepository(cache).outbox().value().size() == 4);
    }

    QString unmapped, unmappedErr;
    CHECK(run({laporData(u"lapor-renamed.csv"_s)}, unmapped, unmappedErr) == LaporImportCommand::Failed);
    CHECK(unmappedErr.contains(u"no column is mapped to LAPOR! tracking id"_s));
    QString usage, usageErr;
    CHECK(run({}, usage, usageErr) == LaporImportCommand::Usage);

    QString exported, exportErr;
    QTextStream exportOut(&exported);
    QTextStream exportErrStream(&exportErr);
    const QString csv = dir.filePath(u"out.csv"_s);
    CHECK(LaporExportCommand::run(
              {u"rabeg"_s, u"lapor-export"_s, u"--cache"_s, cachePath, u"--since"_s, u"2026-11-01"_s, u"--out"_s, csv},
              exportOut, exportErrStream)
          == LaporExportCommand::Done);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll()
          == "ID Tracking,Nomor Rabeg,Tanggal Tindak Lanjut,Jenis Tindak Lanjut,Instansi,Isi Tindak Lanjut\n");
    CHECK(LaporExportCommand::run(
              {u"rabeg"_s, u"lapor-export"_s, u"--cache"_s, cachePath, u"--since"_s, u"kemarin"_s, u"--out"_s, csv},
              exportOut, exportErrStream)
          == LaporExportCommand::Usage);
}
