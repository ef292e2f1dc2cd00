// Qt's own texts in an Indonesian workstation (ui/QtStandardTexts.cpp): Debian ships no qtbase_id.qm, so without
// ours the file dialog, a text field's editing menu and the print preview would speak English.
#include "Language.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts.append(action->text().section(u'\t', 0, 0)); // without the shortcut Qt appends
    }
    return texts;
}

} // namespace

TEST_CASE("in Indonesian, Qt's own file dialog reads in Indonesian")
{
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    QFileDialog dialog(nullptr, u"Pilih lampiran"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog); // what the workstation shows where no portal answers
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.show();
    const auto *lookIn = dialog.findChild<QLabel *>(u"lookInLabel"_s);
    const auto *fileName = dialog.findChild<QLabel *>(u"fileNameLabel"_s);
    const auto *fileType = dialog.findChild<QLabel *>(u"fileTypeLabel"_s);
    REQUIRE(lookIn);
    REQUIRE(fileName);
    REQUIRE(fileType);
    CHECK(lookIn->text() == u"Lihat di:"_s);
    CHECK(fileName->text() == u"&Nama berkas:"_s);
    CHECK(fileType->text() == u"Jenis berkas:"_s);
    const auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Open)->text() == u"&Buka"_s);
    CHECK(buttons->button(QDialogButtonBox::Cancel)->text() == u"Batal"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    CHECK(buttons->button(QDialogButtonBox::Save)->text() == u"&Simpan"_s);
}

TEST_CASE("in Indonesian, a text field's editing menu reads in Indonesian")
{
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    QLineEdit field(u"Jalan berlubang di Kaujon"_s);
    const std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
    const QStringList texts = actionTexts(menu->actions());
    CHECK(texts.contains(u"&Batalkan"_s));
    CHECK(texts.contains(u"&Salin"_s));
    CHECK(texts.contains(u"&Tempel"_s));
    CHECK(texts.contains(u"Pilih Semua"_s));
    CHECK_FALSE(texts.contains(u"&Copy"_s));
}

TEST_CASE("in Indonesian, the print preview's tools read in Indonesian")
{
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    QPrintPreviewDialog preview(&printer);
    QStringList texts;
    for (const QToolBar *bar : preview.findChildren<QToolBar *>())
        texts += actionTexts(bar->actions());
    CHECK(texts.contains(u"Halaman berikutnya"_s));
    CHECK(texts.contains(u"Perbesar"_s));
    CHECK(texts.contains(u"Cetak"_s));
    CHECK_FALSE(texts.contains(u"Next page"_s));
}
