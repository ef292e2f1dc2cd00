// lapor_screenshots [DIR [LANGUAGE]]: the LAPOR! import screen with the renamed-columns fixture mapped by hand and
// imported into an empty cache, grabbed to DIR/lapor-import.png (default: docs/screenshots of the source tree), and
// the export dialog to DIR/lapor-export.png, in Indonesian unless LANGUAGE says otherwise. Not a test: run it
// offscreen after changing these screens.
#include "LaporFixtures.h"
#include "ScreenshotRun.h"
#include "lapor/LaporExportDialog.h"
#include "lapor/LaporImportDialog.h"
#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>


using namespace Qt::StringLiterals;
using namespace rabeg;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const test::ScreenshotRun run(argc, argv, QStringLiteral(RABEG_SOURCE_DIR));
    QTemporaryDir dir;
    {
        LocalCache cache;
        if (cache.open(dir.filePath(u"screens.sqlite"_s), u"screens"_s))
            return 1;
    }
    const ReferenceData reference = loadBuiltinReferenceData().value();
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    LaporImportDialog dialog(
        {dir.filePath(u"screens.sqlite"_s), &reference, [] { return test::laporNow(); }, &settings, nullptr});
    dialog.resize(1240, 760);
    dialog.show(); // the file is read into a shown dialog, as an operator would
    if (!dialog.openFile(test::laporData(u"lapor-renamed.csv"_s)))
        return 1;
    const QList<std::pair<QString, QString>> choices = {{u"tracking_idComboBox"_s, u"No. Tiket"_s},
                                                        {u"reported_atComboBox"_s, u"Waktu Masuk"_s},
                                                        {u"titleComboBox"_s, u"Judul Aduan"_s},
                                                        {u"bodyComboBox"_s, u"Isi Aduan"_s},
                                                        {u"statusComboBox"_s, u"Status Tindak Lanjut"_s},
                                                        {u"kecamatanComboBox"_s, u"Wilayah"_s},
                                                        {u"anonimComboBox"_s, u"Sembunyikan Identitas"_s},
                                                        {u"rahasiaComboBox"_s, u"Tidak Dipublikasikan"_s}};
    for (const auto &[name, column] : choices) {
        auto *combo = dialog.findChild<QComboBox *>(name);
        combo->setCurrentIndex(combo->findData(column));
    }
    dialog.findChild<QPushButton *>(u"importPushButton"_s)->click();
    const bool ok = run.save(dialog, u"lapor-import.png"_s);

    // The export, after writing the follow-ups since 16 November (none yet: the imported reports are still queued).
    LaporExportDialog exportDialog(dir.filePath(u"screens.sqlite"_s), reference, [] { return test::laporNow(); });
    exportDialog.show();
    exportDialog.findChild<QDateEdit *>(u"sinceDateEdit"_s)->setDate(QDate(2026, 11, 16));
    exportDialog.exportTo(dir.filePath(u"tindak-lanjut-lapor.csv"_s));
    const bool exported = run.save(exportDialog, u"lapor-export.png"_s);
    return ok && exported ? 0 : 1;
}
