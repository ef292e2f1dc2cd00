#pragma once

#include "deadline/Deadlines.h"
#include "refdata/ReferenceData.h"
#include "store/ComplaintRepository.h"
#include "WindowedRows.h"
#include "store/SopProgressQuery.h"
#include "store/InboxQuery.h"

#include <QAbstractTableModel>

#include <functional>

namespace rabeg {

// The inbox over the local cache: as many rows as the criteria's COUNT, read a page at a time around the rows the
// view asks for and held a few pages at most (WindowedRows), so a jump to row 500,000 reads one page and scrolling
// through a million complaints holds no more than scrolling through one screen. Filters, full-text search and the
// order (newest or oldest first) run in SQL (InboxQuery); this workstation's unconfirmed commands show in the flags.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        TrackingId,
        Received,
        Title,
        Service,
        Kecamatan,
        State,
        Opd,
        NextDeadline,
        Stalled,
        Flags,
        ColumnCount
    };
    enum Roles { ComplaintIdRole = Qt::UserRole + 1, MarkedTitleRole };

    InboxModel(LocalCache &cache, const ReferenceData &reference, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only the received time orders the list (newest or oldest first, in SQL).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Counts again and forgets every held row (after the cache changed).
    void reload();
    void setCriteria(const InboxCriteria &criteria);
    InboxCriteria criteria() const { return m_criteria; }
    void setHubClock(std::function<QDateTime()> clock) { m_hubClock = std::move(clock); }
    // Labels and headers are translated when asked for; this tells the views to ask again.
    void retranslate();
    qint64 totalCount() const { return m_rows.total(); }
    QString lastError() const { return m_lastError; }
    QString complaintIdAt(int row) const;
    // The complaint's row under the current criteria, -1 when they do not list it (a held page first, else SQL).
    int rowOfComplaint(const QString &id) const;
    int heldPages() const { return m_rows.heldPages(); }
    static constexpr int kPageSize = 200;
    static constexpr int kHeldPages = 8;

signals:
    void loadFailed(const QString &message);

private:
    struct Line
    {
        InboxListRow list;
        // Derived from the complaint's history when a view first shows the row's deadline or SOP column (derive()):
        bool derived = false;
        std::optional<Deadline> deadline; // the nearest open deadline, in hub time
        int stalledStep = 0;              // the SOP step the complaint is stalled at (0: not stalled)
        int daysAtStep = 0;
        QString stall; // describeStall's sentence
    };

    Result<QList<Line>> fetch(qint64 firstRow, const Line *previous);
    Line *line(int row) const { return m_rows.at(row); }
    // Deadlines and SOP state of the rows around `row` (a block of kDeriveBlock in its page), one query each.
    void derive(int row) const;
    static constexpr int kDeriveBlock = 40; // about a screen: a jump derives what it shows, not its whole page
    void failed(const QString &detail) const;
    QString flagsText(const InboxListRow &line) const;
    QString deadlineText(const std::optional<Deadline> &deadline) const;
    QString clockName(const QString &clock) const;

    LocalCache &m_cache; // its deadline policy: the SLA clocks and calendar the cache adopted (PublishedPolicy.h)
    ComplaintRepository m_repository;
    InboxQuery m_query;
    const ReferenceData &m_reference;
    WorkingCalendar m_calendar; // the policy's, taken again at each reload (the stalls read it by reference)
    SopProgressQuery m_stalls; // the stalled column and filter read what the stall board reads
    mutable WindowedRows<Line> m_rows; // read when a view asks for a row: data() is const
    InboxCriteria m_criteria;
    InboxCriteria m_loaded; // m_criteria with the hub time an overdue filter is judged at, fixed for one load
    std::function<QDateTime()> m_hubClock;
    mutable QString m_lastError;
};

} // namespace rabeg
