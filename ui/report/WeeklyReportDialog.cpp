#include "WeeklyReportDialog.h"

#include "ReportCsv.h"
#include "ReportPages.h"
#include "ReportPdf.h"
#include "ReportText.h"
#include "deadline/PolicyReference.h"
#include "report/WeeklyReportMaker.h"
#include "store/LocalCache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kWeeksOffered = 26;

} // namespace

WeeklyReportDialog::WeeklyReportDialog(Options options, QWidget *parent)
    : QDialog(parent), m_options(std::move(options))
{
    setObjectName(u"weeklyReportDialog"_s);
    setWindowTitle(tr("Weekly report"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QFormLayout;
    m_weeks = new QComboBox(this);
    m_weeks->setObjectName(u"reportWeek"_s);
    top->addRow(tr("&Week:"), m_weeks);
    layout->addLayout(top);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *figures = new QGroupBox(tr("Figures"), this);
    m_figures = new QFormLayout(figures);
    layout->addWidget(figures);

    auto *signOff = new QGroupBox(tr("Notes and signature"), this);
    auto *signLayout = new QFormLayout(signOff);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"reportNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    signLayout->addRow(tr("&Notes:"), m_notes);
    const QSettings settings;
    m_signerName = new QLineEdit(settings.value(u"report/signer_name"_s).toString(), this);
    m_signerName->setObjectName(u"reportSignerName"_s);
    signLayout->addRow(tr("Kepala Dinas &name:"), m_signerName);
    m_signerNip = new QLineEdit(settings.value(u"report/signer_nip"_s).toString(), this);
    m_signerNip->setObjectName(u"reportSignerNip"_s);
    signLayout->addRow(tr("N&IP:"), m_signerNip);
    layout->addWidget(signOff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("&Print preview…"), QDialogButtonBox::ActionRole);
    m_pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    m_csv = buttons->addButton(tr("Save &CSV…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &WeeklyReportDialog::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &WeeklyReportDialog::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &WeeklyReportDialog::saveCsv);
    connect(m_signerName, &QLineEdit::editingFinished, this, &WeeklyReportDialog::keepSigner);
    connect(m_signerNip, &QLineEdit::editingFinished, this, &WeeklyReportDialog::keepSigner);

    const QDateTime now = m_options.hubClock ? m_options.hubClock() : QDateTime::currentDateTimeUtc();
    const IsoWeek current = IsoWeek::containingInstant(now);
    for (int back = 0; back < kWeeksOffered; ++back) {
        const IsoWeek week = current.addWeeks(-back);
        m_weeks->addItem(back == 0 ? tr("%1 (this week, not over)").arg(week.code()) : week.code(), week.code());
    }
    connect(m_weeks, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (const auto week = IsoWeek::parse(m_weeks->itemData(index).toString()))
            setWeek(*week);
    });
    setWeek(current.addWeeks(-1));
}

WeeklyReportDialog::~WeeklyReportDialog()
{
    // The thread reads the cache file only; let it finish rather than leave it with a dangling connection.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void WeeklyReportDialog::setWeek(const IsoWeek &week)
{
    m_week = week;
    const int index = m_weeks->findData(week.code());
    if (index >= 0 && index != m_weeks->currentIndex()) {
        const QSignalBlocker blocker(m_weeks);
        m_weeks->setCurrentIndex(index);
    }
    compute();
}

ReportSignOff WeeklyReportDialog::signOff() const
{
    ReportSignOff signOff;
    signOff.notes = m_notes->toPlainText();
    signOff.signerName = m_signerName->text().trimmed();
    signOff.signerNip = m_signerNip->text().trimmed();
    signOff.signerTitle = QSettings().value(u"report/signer_title"_s).toString();
    signOff.printedAt = m_options.hubClock ? m_options.hubClock() : QDateTime::currentDateTimeUtc();
    return signOff;
}

void WeeklyReportDialog::compute()
{
    m_report.reset();
    const int generation = ++m_generation;
    m_status->setText(tr("Computing the figures of %1…").arg(m_week.code()));
    for (QPushButton *button : {m_preview, m_pdf, m_csv})
        button->setEnabled(false);
    if (m_thread) {
        // A newer request: the running one's result will be dropped (its generation is old); start when it ends.
        return;
    }
    WeeklyReportRequest request;
    request.week = m_week;
    request.now = m_options.hubClock ? m_options.hubClock() : QDateTime::currentDateTimeUtc();
    auto result = std::make_shared<std::optional<Result<WeeklyReport>>>();
    static std::atomic<int> connections {0};
    const QString connection = u"rabeg-report-%1"_s.arg(++connections);
    // A copy for the thread, made here on the GUI thread: the workspace's reference in force is re-assigned there
    // when a sync brings an admin's change.
    m_thread
        = QThread::create([result, request, path = m_options.cachePath, reference = *m_options.reference, connection] {
              LocalCache cache;
              if (Status status = cache.open(path, connection)) {
                  *result = Result<WeeklyReport>(*status);
                  return;
              }
              // Under the SLA policy and calendar the cache adopted (published versions), not the shipped ones.
              *result = makeWeeklyReport(cache, referenceUnderPolicy(reference, cache.deadlinePolicy()), request);
          });
    connect(m_thread, &QThread::finished, this, [this, result, generation] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (generation != m_generation) {
            compute(); // the week changed meanwhile
            return;
        }
        if (!result->has_value() || !result->value().ok()) {
            const QString message = result->has_value() ? result->value().error().message : tr("No result.");
            m_status->setText(tr("The figures could not be computed: %1").arg(message));
            emit failed(message);
            return;
        }
        m_report = result->value().value();
        showReport();
        emit reportReady();
    });
    m_thread->start();
}

void WeeklyReportDialog::showReport()
{
    while (m_figures->rowCount() > 0)
        m_figures->removeRow(0);
    const WeeklyReport &report = *m_report;
    QStringList lines = {ReportText::weekLine(report.week), ReportText::scopeLine(report),
                         ReportText::sourceLine(report), ReportText::asOfLine(report)};
    if (const QString warning = ReportText::incompleteWarning(report); !warning.isEmpty())
        lines.append(warning);
    m_status->setText(lines.join(u'\n'));
    for (const auto &[label, value] : ReportText::figures(report)) {
        auto *valueLabel = new QLabel(value, this);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_figures->addRow(label + u':', valueLabel);
    }
    for (QPushButton *button : {m_preview, m_pdf, m_csv})
        button->setEnabled(true);
}

Status WeeklyReportDialog::writePdf(const QString &path) const
{
    if (!m_report)
        return Error {u"not_ready"_s, tr("The figures are still being computed.")};
    return writeReportPdf(*m_report, signOff(), m_options.reference, path);
}

Result<QStringList> WeeklyReportDialog::writeCsv(const QString &path) const
{
    if (!m_report)
        return Error {u"not_ready"_s, tr("The figures are still being computed.")};
    return ReportCsv::write(*m_report, path);
}

void WeeklyReportDialog::printPreview()
{
    if (!m_report)
        return;
    keepSigner();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(u"%1 %2"_s.arg(ReportText::title(), m_report->week.code()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Weekly report %1").arg(m_report->week.code()));
    const ReportSignOff sign = signOff();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &sign](QPrinter *target) {
        QPainter painter(target);
        ReportPages(*m_report, sign, m_options.reference).paint(painter, *target);
    });
    preview.exec();
}

void WeeklyReportDialog::savePdf()
{
    keepSigner();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the weekly report"), u"laporan-mingguan-%1.pdf"_s.arg(m_week.code()), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status status = writePdf(path))
        QMessageBox::warning(this, windowTitle(), status->message);
}

void WeeklyReportDialog::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the tables as CSV"), u"laporan-mingguan-%1.csv"_s.arg(m_week.code()), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = writeCsv(path);
    if (!written)
        QMessageBox::warning(this, windowTitle(), written.error().message);
    else
        m_status->setText(tr("Wrote %1").arg(written->join(u", "_s)));
}

void WeeklyReportDialog::keepSigner()
{
    QSettings settings;
    settings.setValue(u"report/signer_name"_s, m_signerName->text().trimmed());
    settings.setValue(u"report/signer_nip"_s, m_signerNip->text().trimmed());
}

} // namespace rabeg
