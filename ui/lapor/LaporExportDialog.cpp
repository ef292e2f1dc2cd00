#include "LaporExportDialog.h"

#include "lapor/LaporCsvSink.h"
#include "lapor/LaporExporter.h"
#include "store/LocalCache.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

LaporExportDialog::LaporExportDialog(QString cachePath, const ReferenceData &reference,
                                     std::function<QDateTime()> hubClock, QWidget *parent)
    : QDialog(parent), m_cachePath(std::move(cachePath)), m_reference(reference)
{
    setObjectName(u"laporExportDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_sinceLabel = new QLabel(this);
    m_since = new QDateEdit(this);
    m_since->setObjectName(u"sinceDateEdit"_s);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(u"dd/MM/yyyy"_s);
    // A week back from today in WIB: the usual rhythm of uploads.
    m_since->setDate(hubClock().toTimeZone(QTimeZone(7 * 3600)).date().addDays(-7));
    m_sinceLabel->setBuddy(m_since);
    form->addRow(m_sinceLabel, m_since);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportPushButton"_s);
    connect(m_export, &QPushButton::clicked, this, &LaporExportDialog::chooseAndExport);
    connect(buttons->addButton(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 220);
    retranslate();
}

void LaporExportDialog::chooseAndExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the follow-ups for LAPOR!"),
        u"tindak-lanjut-lapor-sejak-%1.csv"_s.arg(m_since->date().toString(Qt::ISODate)), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool LaporExportDialog::exportTo(const QString &path)
{
    LocalCache cache;
    if (Status status = cache.open(m_cachePath, u"rabeg-lapor-export"_s)) {
        m_status->setText(tr("The local cache cannot be opened: %1").arg(status->message));
        return false;
    }
    const QDateTime since = QDateTime(m_since->date(), QTime(0, 0), QTimeZone(7 * 3600)).toUTC();
    LaporCsvSink sink(path);
    const auto written = LaporExporter(cache, m_reference).exportSince(since, sink);
    if (!written.ok()) {
        m_status->setText(written.error().message);
        return false;
    }
    m_status->setText(tr("%1 follow-ups since %2 written to %3.")
                          .arg(written.value())
                          .arg(m_since->date().toString(u"dd/MM/yyyy"_s), QDir::toNativeSeparators(path)));
    return true;
}

void LaporExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LaporExportDialog::retranslate()
{
    setWindowTitle(tr("Export follow-ups for LAPOR!"));
    m_intro->setText(tr("What the city did about complaints that came from LAPOR! (dispatched, acknowledged by the "
                        "OPD, the response to the reporter, closed, escalated, forwarded, rejected), keyed by LAPOR! "
                        "tracking id, as a CSV file to upload to LAPOR!. Only what this workstation has synced is "
                        "included."));
    m_sinceLabel->setText(tr("&Since (WIB):"));
    m_export->setText(tr("&Export…"));
}

} // namespace rabeg
