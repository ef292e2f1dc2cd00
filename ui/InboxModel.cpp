#include "InboxModel.h"

#include "ComplaintColumns.h"
#include "Labels.h"
#include "sop/Checklists.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace rabeg {

static_assert(int(InboxModel::TrackingId) == ComplaintColumns::TrackingId && int(InboxModel::Kecamatan) == ComplaintColumns::Kecamatan,
              "the list starts with the shared complaint columns");

InboxModel::InboxModel(LocalCache &cache, const ReferenceData &reference, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache), m_repository(cache), m_query(cache), m_reference(reference),
      m_calendar(cache.deadlinePolicy().calendar()), m_stalls(cache, *reference.sopCatalog(), m_calendar),
      m_rows(kPageSize, kHeldPages), m_hubClock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_rows.setFetcher([this](qint64 firstRow, const Line *previous) { return fetch(firstRow, previous); });
    reload();
}

void InboxModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    // A sync may have brought a published calendar or SLA policy since the last load (Workspace::cacheChanged).
    m_calendar = m_cache.deadlinePolicy().calendar();
    m_loaded = m_criteria;
    if (m_loaded.overdueOnly || m_loaded.stalledOnly)
        m_loaded.hubNow = m_hubClock();
    const auto total = m_query.count(m_loaded);
    m_rows.reset(total.ok() ? total.value() : 0);
    endResetModel();
    if (!total.ok())
        failed(total.error().message);
}

void InboxModel::failed(const QString &detail) const
{
    m_lastError = detail;
    // Asked from data() while a view paints: said once the paint is over.
    QMetaObject::invokeMethod(
        const_cast<InboxModel *>(this),
        [this] {
            emit const_cast<InboxModel *>(this)->loadFailed(
                tr("The local cache cannot be read. Close Rabeg and check the disk; details are in the log."));
        },
        Qt::QueuedConnection);
}

void InboxModel::setCriteria(const InboxCriteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    reload();
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    if (column != Received)
        return;
    InboxCriteria criteria = m_criteria;
    criteria.oldestFirst = order == Qt::AscendingOrder;
    setCriteria(criteria);
}

Result<QList<InboxModel::Line>> InboxModel::fetch(qint64 firstRow, const Line *previous)
{
    // The page after a held one continues its keyset; any other (a jump) first finds where it begins.
    std::optional<InboxCursor> after;
    if (previous) {
        const InboxRow &last = previous->list.row;
        after = InboxCursor{last.receivedAt.toUTC().toString(Qt::ISODateWithMs), last.id};
    } else if (firstRow > 0) {
        auto cursor = m_query.cursorBefore(firstRow, m_loaded);
        if (!cursor.ok()) {
            failed(cursor.error().message);
            return cursor.error();
        }
        after = cursor.value();
    }
    const auto page = m_query.page(after, kPageSize, m_loaded, m_rows.total());
    if (!page.ok()) {
        failed(page.error().message);
        return page.error();
    }
    QList<Line> lines;
    lines.reserve(page->size());
    for (const InboxListRow &row : page.value()) {
        Line line;
        line.list = row;
        lines.append(line);
    }
    return lines;
}

void InboxModel::derive(int row) const
{
    // Deadlines from each complaint's history at hub time (the same core as the hub); SOP state from the same
    // checklists as the stall board, at the stalled filter's hub time when it is on.
    static_assert(kPageSize % kDeriveBlock == 0, "a block never spans two pages");
    const int first = row - row % kDeriveBlock;
    const int last = std::min(first + kDeriveBlock, rowCount()) - 1;
    QList<Line *> lines;
    QStringList ids;
    QList<QUuid> uuids;
    for (int r = first; r <= last; ++r) {
        Line *l = line(r);
        if (!l || l->derived)
            continue;
        lines.append(l);
        ids.append(l->list.row.id);
        uuids.append(QUuid::fromString(l->list.row.id));
    }
    if (lines.isEmpty())
        return;
    const QDateTime now = m_hubClock();
    const auto histories = m_repository.histories(ids);
    const auto stalls = m_stalls.stalls(uuids, m_loaded.stalledOnly ? m_loaded.hubNow : now);
    if (!histories.ok())
        failed(histories.error().message);
    else if (!stalls.ok())
        failed(stalls.error().message);
    for (Line *l : std::as_const(lines)) {
        l->derived = true;
        if (histories.ok()) {
            for (const Deadline &d : computeDeadlines(histories->value(l->list.row.id),
                                                      m_cache.deadlinePolicy().clocks(), m_calendar, now)) {
                // A clock still counting (late or not): one that stopped late is history, not a deadline to act
                // on ("lewat 63 hari" in red beside a closed complaint read as work to do).
                if (stillCounting(d) && (!l->deadline || d.dueAt < l->deadline->dueAt))
                    l->deadline = d;
            }
        }
        if (stalls.ok()) {
            if (const auto it = stalls->constFind(QUuid::fromString(l->list.row.id)); it != stalls->constEnd()) {
                l->stalledStep = it->stepNumber;
                l->daysAtStep = it->daysAtStep;
                l->stall = it->sentence;
            }
        }
    }
}

QString InboxModel::complaintIdAt(int row) const
{
    const Line *l = line(row);
    return l ? l->list.row.id : QString();
}

int InboxModel::rowOfComplaint(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    int found = -1;
    m_rows.forEachHeld([&](qint64 row, const Line &l) {
        if (l.list.row.id == id)
            found = int(row);
    });
    if (found >= 0)
        return found;
    const auto row = m_query.rowOf(id, m_loaded);
    if (!row.ok()) {
        failed(row.error().message);
        return -1;
    }
    return row.value() && *row.value() < rowCount() ? int(*row.value()) : -1;
}

QString InboxModel::clockName(const QString &clock) const
{
    for (const SlaClock &c : m_cache.deadlinePolicy().clocks()) {
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
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows.total(), std::numeric_limits<int>::max()));
}

int InboxModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

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
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const Line *held = line(index.row());
    if (!held)
        return {};
    if (!held->derived && (index.column() == NextDeadline || index.column() == Stalled))
        derive(index.row());
    const InboxListRow &line = held->list;
    const InboxRow &row = line.row;
    if (role == ComplaintIdRole)
        return row.id;
    if (role == MarkedTitleRole)
        return line.markedTitle;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() < ComplaintColumns::Count)
            return ComplaintColumns::cell(index.column(), m_reference, row.trackingId, row.receivedAt, row.title,
                                          row.service, row.kecamatan);
        switch (index.column()) {
        case State:
            return Labels::state(row.state);
        case Opd: // the code, short; its name in force (renamed by an admin, ReferenceInForce) in the tooltip
            return role == Qt::ToolTipRole && !row.opd.isEmpty() ? m_reference.routeName(row.opd) : row.opd;
        case NextDeadline: {
            const auto &deadline = held->deadline;
            if (role == Qt::ToolTipRole && deadline)
                return QString(clockName(deadline->clock) + QStringLiteral(": ") + Labels::wibDue(deadline->dueAt));
            return deadlineText(deadline);
        }
        case Stalled:
            if (held->stalledStep == 0)
                return QString();
            if (role == Qt::ToolTipRole)
                return held->stall;
            return tr("stalled: step %1 for %n working day(s)", nullptr, held->daysAtStep).arg(held->stalledStep);
        case Flags:
            return flagsText(line);
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == NextDeadline && held->deadline) {
        const DeadlineState state = held->deadline->state;
        if (state == DeadlineState::Breached)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (state == DeadlineState::Warning)
            return QBrush(QColor(0xb3, 0x6b, 0x00));
    }
    if (role == Qt::ForegroundRole && index.column() == Stalled && held->stalledStep > 0)
        return QBrush(QColor(0x8a, 0x5a, 0x00));
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
    if (section < ComplaintColumns::Count)
        return ComplaintColumns::header(section);
    switch (section) {
    case State:
        return tr("State");
    case Opd:
        return tr("OPD");
    case NextDeadline:
        return tr("Next deadline");
    case Stalled:
        return tr("SOP");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace rabeg
