#pragma once

#include "refdata/ReferenceData.h"
#include "store/ComplaintRepository.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QTableView;

namespace rabeg {

class InboxModel;
class ComplaintPreview;

// The inbox screen: the complaint list over the local cache, and a preview of the selected complaint.
class InboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    InboxView(ComplaintRepository &repository, const ReferenceData &reference, QWidget *parent = nullptr);

    InboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void reload();
    // Reloads shortly, once, however many changes arrive meanwhile (sync applies pages in bursts).
    void refreshSoon();
    void setHubClock(std::function<QDateTime()> clock);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void fetchFirstPage();

    ComplaintRepository &m_repository;
    InboxModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QCheckBox *m_escalatedCheckBox = nullptr;
    QTableView *m_table = nullptr;
    ComplaintPreview *m_preview = nullptr;
    class QTimer *m_refreshTimer = nullptr;
};

} // namespace rabeg
