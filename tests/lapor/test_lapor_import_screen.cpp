// The LAPOR! import screen offscreen: a file with renamed and reordered columns is mapped by choosing each column,
// with its first rows shown; the import queues its reports, and the mapping is remembered for that layout.
#include <catch2/catch.hpp>

#include "LaporFixtures.h"
#include "lapor/LaporImportDialog.h"
#include "lapor/LaporMappingEditor.h"
#include "refdata/ReferenceLoader.h"
#include "store/SyncRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

void choose(QDialog &dialog, const QString &comboName, const QString &column)
{
    auto *combo = dialog.findChild<QComboBox *>(comboName);
    REQUIRE(combo);
    const int at = combo->findData(column);
    REQUIRE(at > 0);
    combo->setCurrentIndex(at);
}

QStringList queuedRefs(LocalCache &cache)
{
    QStringList refs;
    const auto outbox = SyncRepository(cache).outbox();
    REQUIRE(outbox.ok());
    for (const OutboxEntry &entry : outbox.value())
        refs.append(entry.command.payload.value(u"external_ref"_s).toString());
    return refs;
}

} // namespace

TEST_CASE("the mapping screen maps a LAPOR! export with renamed and reordered columns and remembers the layout")
{
    const ReferenceData reference = loadBuiltinReferenceData().value();
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"operator.sqlite"_s);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(cachePath, u"lapor-screen"_s));
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const LaporImportDialog::Setup setup {cachePath, &reference, [] { return laporNow(); }, &settings, nullptr};

    {
        LaporImportDialog dialog(setup);
        dialog.show();
        REQUIRE(dialog.openFile(laporData(u"lapor-renamed.csv"_s)));
        auto *importButton = dialog.findChild<QPushButton *>(u"importPushButton"_s);
        REQUIRE(importButton);
        CHECK_FALSE(importButton->isEnabled());
        CHECK(dialog.findChild<QLabel *>(u"layoutLabel"_s)->text().startsWith(u"Unknown layout"_s));

        // The first rows, as in the file, to recognise the columns by.
        auto *preview = dialog.findChild<QTableWidget *>(u"previewTableWidget"_s);
        REQUIRE(preview);
        CHECK(preview->rowCount() == 3);
        CHECK(preview->columnCount() == 8);
        CHECK(preview->item(0, 1)->text() == u"#4833101"_s);
        CHECK(preview->item(2, 4)->text() == u"Bansos beras lansia belum dibagikan"_s);

        choose(dialog, u"tracking_idComboBox"_s, u"No. Tiket"_s);
        choose(dialog, u"reported_atComboBox"_s, u"Waktu Masuk"_s);
        CHECK_FALSE(importButton->isEnabled()); // the text is still missing
        choose(dialog, u"bodyComboBox"_s, u"Isi Aduan"_s);
        CHECK(importButton->isEnabled());
        choose(dialog, u"titleComboBox"_s, u"Judul Aduan"_s);
        choose(dialog, u"kecamatanComboBox"_s, u"Wilayah"_s);
        choose(dialog, u"anonimComboBox"_s, u"Sembunyikan Identitas"_s);
        choose(dialog, u"rahasiaComboBox"_s, u"Tidak Dipublikasikan"_s);
        choose(dialog, u"statusComboBox"_s, u"Status Tindak Lanjut"_s);
        CHECK(preview->horizontalHeaderItem(1)->text() == u"No. Tiket\n→ LAPOR! tracking id"_s);
        CHECK(preview->horizontalHeaderItem(2)->text() == u"Isi Aduan\n→ Text of the report"_s);

        importButton->click();
        const QString result = dialog.findChild<QPlainTextEdit *>(u"resultPlainTextEdit"_s)->toPlainText();
        INFO(result.toStdString());
        CHECK(result.startsWith(u"3 rows read: 3 new complaints"_s));
        CHECK(queuedRefs(cache) == QStringList {u"#4833101"_s, u"#4833102"_s, u"#4833103"_s});
    }

    // The same layout again: mapped as saved, ready to import, and the second import queues nothing.
    LaporImportDialog again(setup);
    again.show();
    REQUIRE(again.openFile(laporData(u"lapor-renamed.csv"_s)));
    CHECK(again.findChild<QComboBox *>(u"tracking_idComboBox"_s)->currentData().toString() == u"No. Tiket"_s);
    CHECK(again.findChild<QComboBox *>(u"kecamatanComboBox"_s)->currentData().toString() == u"Wilayah"_s);
    CHECK(again.findChild<QLabel *>(u"layoutLabel"_s)->text()
          == u"A layout mapped before on this workstation: its saved mapping is used."_s);
    auto *importButton = again.findChild<QPushButton *>(u"importPushButton"_s);
    REQUIRE(importButton->isEnabled());
    importButton->click();
    CHECK(again.findChild<QPlainTextEdit *>(u"resultPlainTextEdit"_s)
              ->toPlainText()
              .startsWith(u"3 rows read: 0 new complaints and 0 status changes queued for the hub, 3 unchanged"_s));
    CHECK(queuedRefs(cache).size() == 3);
}
