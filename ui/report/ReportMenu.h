#pragma once

#include <QMenu>

#include <functional>

namespace rabeg {

class ReferenceData;

// The main window's "Report" menu: the weekly report (its dialog, with print preview, PDF and CSV) and the wall
// display. It opens the report dialog itself; the wall is the workspace's to open (it follows the sync).
class ReportMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportMenu)

public:
    ReportMenu(QString cachePath, const ReferenceData &reference, std::function<QDateTime()> hubClock,
               QWidget *parent);

    QAction *weeklyReportAction() const { return m_weekly; }
    QAction *wallAction() const { return m_wall; }
    void openWeeklyReport();

signals:
    void wallRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_cachePath;
    const ReferenceData &m_reference;
    std::function<QDateTime()> m_hubClock;
    QAction *m_weekly = nullptr;
    QAction *m_wall = nullptr;
};

} // namespace rabeg
