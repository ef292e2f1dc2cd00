#include "InboxModel.h"

#include "Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

namespace rabeg {

InboxModel::InboxModel(LocalCache &cache, const ReferenceData &reference, QObject *parent)
    : QAbstractTableModel(parent), m_repository(cache), m_query(cache), m_reference(reference),
      m_calendar(reference.calendar),
      m_hubClock([] { return QDateTime::currentDateTimeUtc(); })
{
    reload();
}

void InboxModel::reload()
{
    const QScopedValueRollback<bool> resetting(m_fetching, true); // no nested fetch from reset listeners
    beginResetModel();
    m_rows.clear();
    m_deadlines.clear();
    m_atEnd = false;
    m_lastError.clear();
    m_loaded = m_criteria;
    if (m_loaded.overdueOnly)
        m_loaded.hubNow = m_hubClock();
    const auto total = m_query.count(m_loaded);
    m_total = total.ok() ? total.value() : 0;
    endResetModel();
    if (!total.ok()) {
        m_lastError = total.error().message;
        m_atEnd = true;
        emit loadFailed(tr("The local cache cannot be read. Close Rabeg and check the disk; details are in the log."));
    }
}

void InboxModel::setCriteria(const InboxCriteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    reload();
}

QString InboxModel::clockName(const QString &clock) const
{
    for (const SlaClock &c : m_reference.sla) {
        if (c.id == clock)
            return c.name;
    }
    return clock;
}

QString InboxModel::deadlineText(const std::optional<Deadline> &deadline) const
{
    if (!deadline)
        return {};
    return Labels::timeLeft(m_hubClock(), deadline->dueAt);
}

void InboxModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int InboxModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int InboxModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool InboxModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void InboxModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may ask for more from inside the rowsInserted signal of this very fetch; a nested fetch
    // would append rows while listeners of the outer insertion still look at its range.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    std::optional<InboxCursor> after;
    if (!m_rows.isEmpty()) {
        const InboxRow &last = m_rows.constLast().row;
        after = InboxCursor{last.receivedAt.toUTC().toString(Qt::ISODateWithMs), last.id};
    }
    const auto page = m_query.page(after, kPageSize, m_loaded, m_total);
    if (!page.ok()) {
        m_atEnd = true;
        m_lastError = page.error().message;
        emit loadFailed(tr("The local cache cannot be read. Close Rabeg and check the disk; details are in the log."));
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    // Deadlines are derived from each complaint's history at hub time (the same core as the hub), one query a page.
    QStringList ids;
    for (const InboxListRow &line : page.value())
        ids.append(line.row.id);
    const auto histories = m_repository.histories(ids);
    const QDateTime now = m_hubClock();
    QList<std::optional<Deadline>> nearest;
    for (const InboxListRow &line : page.value()) {
        const InboxRow &row = line.row;
        std::optional<Deadline> best;
        if (histories.ok()) {
            for (const Deadline &d : computeDeadlines(histories->value(row.id), m_reference.sla, m_calendar, now)) {
                const bool open = d.state == DeadlineState::Running || d.state == DeadlineState::Warning
                                  || d.state == DeadlineState::Breached;
                if (open && (!best || d.dueAt < best->dueAt))
                    best = d;
            }
        }
        nearest.append(best);
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    m_deadlines.append(nearest);
    endInsertRows();
}

QString InboxModel::flagsText(const InboxListRow &line) const
{
    const InboxRow &row = line.row;
    QStringList flags;
    if (line.troubled > 0)
        flags.append(tr("Conflict"));
    if (line.pending > 0)
        flags.append(tr("Pending"));
    if (row.escalated)
        flags.append(tr("Ombudsman"));
    if (row.anonim)
        flags.append(tr("Anonymous"));
    if (row.rahasia)
        flags.append(tr("Confidential"));
    return flags.join(QStringLiteral(" · "));
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InboxListRow &line = m_rows.at(index.row());
    const InboxRow &row = line.row;
    if (role == ComplaintIdRole)
        return row.id;
    if (role == MarkedTitleRole)
        return line.markedTitle;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TrackingId:
            return row.trackingId;
        case Received:
            return Labels::wib(row.receivedAt);
        case Title:
            return row.title;
        case Service: {
            const rabeg::Service *service = m_reference.service(row.service);
            return service ? service->name : row.service;
        }
        case Kecamatan: {
            const rabeg::Kecamatan *kecamatan = m_reference.kecamatanByCode(row.kecamatan);
            return kecamatan ? kecamatan->name : row.kecamatan;
        }
        case State:
            return Labels::state(row.state);
        case Opd:
            return row.opd;
        case NextDeadline: {
            const auto &deadline = m_deadlines.at(index.row());
            if (role == Qt::ToolTipRole && deadline)
                return QString(clockName(deadline->clock) + QStringLiteral(": ") + Labels::wibDue(deadline->dueAt));
            return deadlineText(deadline);
        }
        case Flags:
            return flagsText(line);
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == NextDeadline && m_deadlines.at(index.row())) {
        const DeadlineState state = m_deadlines.at(index.row())->state;
        if (state == DeadlineState::Breached)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (state == DeadlineState::Warning)
            return QBrush(QColor(0xb3, 0x6b, 0x00));
    }
    if (role == Qt::ForegroundRole && index.column() == Flags && (row.escalated || line.troubled > 0))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::ForegroundRole && index.column() == Flags && line.pending > 0)
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    if (role == Qt::FontRole && index.column() == TrackingId) {
        QFont font;
        font.setFamily(QStringLiteral("monospace"));
        return font;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TrackingId:
        return tr("Number");
    case Received:
        return tr("Received");
    case Title:
        return tr("Title");
    case Service:
        return tr("Service");
    case Kecamatan:
        return tr("Kecamatan");
    case State:
        return tr("State");
    case Opd:
        return tr("OPD");
    case NextDeadline:
        return tr("Next deadline");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace rabeg
