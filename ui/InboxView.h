#pragma once

#include "ColumnShare.h"
#include "OperatorSession.h"
#include "store/InboxCriteria.h"

#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>
#include <utility>

class QLabel;
class QTableView;
class QTimer;

namespace rabeg {

class ComplaintDetailView;
class InboxFilterBar;
class InboxModel;
class SavedFilters;

// The inbox screen: search and quick filters, the complaint list over the local cache, and the selected
// complaint's detail below it.
class InboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    InboxView(OperatorSession &session, std::unique_ptr<SavedFilters> saved, QWidget *parent = nullptr);

    InboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ComplaintDetailView *detail() const { return m_detail; }
    InboxFilterBar *filterBar() const { return m_filterBar; }
    QUuid currentComplaint() const;
    void reload();
    // Reloads shortly, once, however many changes arrive meanwhile (sync applies pages in bursts).
    void refreshSoon();
    void setHubClock(std::function<QDateTime()> clock);
    void focusSearch();
    // What an empty inbox says besides its count when nothing filters it (a training class before its complaints
    // arrive); empty: nothing.
    void setEmptyHint(const QString &hint);
    void setSummaryTitle(const QString &title);
    // A liaison's inbox holds one OPD only: its column and filter say nothing.
    void setOpdShown(bool shown);

public slots:
    // A drill-down (the supervisor dashboard, the stall board): lists only these complaints, whatever else was
    // filtered, with `label` on a chip in the filter bar that removes the restriction. An empty list shows none.
    void showOnly(const QList<QUuid> &ids, const QString &label);

signals:
    void currentComplaintChanged(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void fitColumns();
    void shareWidth();
    void applyCriteria(const InboxCriteria &criteria);

    OperatorSession &m_session;
    InboxModel *m_model = nullptr;
    InboxFilterBar *m_filterBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_table = nullptr;
    QList<int> m_fitColumns; // the columns beside the title (fitColumns)
    QList<ColumnFit> m_fits; // and their widths, in the same order
    ComplaintDetailView *m_detail = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QString m_summaryTitle;
    QString m_emptyHint;
};

} // namespace rabeg
