#pragma once

#include "deadline/Deadlines.h"
#include "refdata/ReferenceData.h"
#include "store/ComplaintRepository.h"
#include "store/InboxQuery.h"

#include <QAbstractTableModel>

#include <functional>

namespace rabeg {

// The inbox over the local cache: newest first, fetched in keyset pages as the view scrolls (canFetchMore /
// fetchMore), so a million cached complaints cost one page of memory at a time. Filters, full-text search and
// the order run in SQL (InboxQuery); this workstation's unconfirmed commands show in the flags.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column { TrackingId, Received, Title, Service, Kecamatan, State, Opd, NextDeadline, Flags, ColumnCount };
    enum Roles { ComplaintIdRole = Qt::UserRole + 1, MarkedTitleRole };

    InboxModel(LocalCache &cache, const ReferenceData &reference, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Reloads from the first page (after the cache changed).
    void reload();
    void setCriteria(const InboxCriteria &criteria);
    InboxCriteria criteria() const { return m_criteria; }
    void setHubClock(std::function<QDateTime()> clock) { m_hubClock = std::move(clock); }
    // Labels and headers are translated when asked for; this tells the views to ask again.
    void retranslate();
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

signals:
    void loadFailed(const QString &message);

private:
    QString flagsText(const InboxListRow &line) const;
    QString deadlineText(const std::optional<Deadline> &deadline) const;
    QString clockName(const QString &clock) const;

    static constexpr int kPageSize = 200;
    ComplaintRepository m_repository;
    InboxQuery m_query;
    const ReferenceData &m_reference;
    QList<InboxListRow> m_rows;
    QList<std::optional<Deadline>> m_deadlines; // the nearest open deadline of each row, in hub time
    InboxCriteria m_criteria;
    InboxCriteria m_loaded; // m_criteria with the hub time an overdue filter is judged at, fixed for one load
    WorkingCalendar m_calendar;
    std::function<QDateTime()> m_hubClock;
    bool m_atEnd = false;
    bool m_fetching = false;
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace rabeg
