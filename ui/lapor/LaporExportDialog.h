#pragma once

#include "refdata/ReferenceData.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;

namespace rabeg {

// Export for LAPOR!: what the city did since a day (WIB) about complaints that came from LAPOR!, written as the CSV
// of docs/lapor.md for upload to LAPOR!. Reads what the cache has synced.
class LaporExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaporExportDialog)

public:
    LaporExportDialog(QString cachePath, const ReferenceData &reference, std::function<QDateTime()> hubClock,
                      QWidget *parent = nullptr);

    // Writes the follow-ups since the chosen day to `path`; false (and says why) when it cannot.
    bool exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseAndExport();

    QString m_cachePath;
    const ReferenceData &m_reference;
    QLabel *m_intro = nullptr;
    QLabel *m_sinceLabel = nullptr;
    QDateEdit *m_since = nullptr;
    QLabel *m_status = nullptr;
    class QPushButton *m_export = nullptr;
};

} // namespace rabeg
