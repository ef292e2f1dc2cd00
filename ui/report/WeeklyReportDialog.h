#pragma once

#include "ReportSignOff.h"
#include "core/Result.h"
#include "report/WeeklyReport.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QThread;

namespace rabeg {

class ReferenceData;

// "Weekly report…": choose an ISO week, see its figures, add notes, and print (QPrintPreviewDialog), save a PDF or
// the CSV of every table. The figures are computed on a thread of its own, with its own connection to the cache
// file, so the window never freezes on a large cache; the signer's name and NIP are kept in the settings
// (report/signer_name, report/signer_nip).
//
// Hooking it into a window: a QAction "Weekly report…" whose triggered slot does
//     auto *dialog = new WeeklyReportDialog({cachePath, &reference, [this] { return hubNow(); }}, this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->show();
// where hubNow() is SyncStatus::hubNow(QDateTime::currentDateTimeUtc()) of the window's sync status.
class WeeklyReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReportDialog)

public:
    struct Options
    {
        QString cachePath;
        const ReferenceData *reference = nullptr; // outlives the dialog
        std::function<QDateTime()> hubClock; // hub time now (UTC)
    };

    explicit WeeklyReportDialog(Options options, QWidget *parent = nullptr);
    ~WeeklyReportDialog() override;

    // Shows `week` (default: the last whole week at hub time) and computes it.
    void setWeek(const IsoWeek &week);
    IsoWeek week() const { return m_week; }
    // The last computed report; nothing while computing or after a failure.
    const std::optional<WeeklyReport> &report() const { return m_report; }
    ReportSignOff signOff() const;

    Status writePdf(const QString &path) const;
    Result<QStringList> writeCsv(const QString &path) const;

signals:
    void reportReady();
    void failed(const QString &message);

private:
    void compute();
    void showReport();
    void printPreview();
    void savePdf();
    void saveCsv();
    void keepSigner();

    Options m_options;
    IsoWeek m_week;
    std::optional<WeeklyReport> m_report;
    int m_generation = 0;
    QThread *m_thread = nullptr;

    QComboBox *m_weeks = nullptr;
    QLabel *m_status = nullptr;
    QFormLayout *m_figures = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_signerName = nullptr;
    QLineEdit *m_signerNip = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
};

} // namespace rabeg
