#include "RoutingQueueModel.h"

#include "ComplaintColumns.h"
#include "Labels.h"
#include "domain/Reasons.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace rabeg {

static_assert(int(RoutingQueueModel::TrackingId) == ComplaintColumns::TrackingId && int(RoutingQueueModel::Kecamatan) == ComplaintColumns::Kecamatan,
              "the list starts with the shared complaint columns");

RoutingQueueModel::RoutingQueueModel(LocalCache &cache, const ReferenceData &reference, const RoutingAdvice &advice,
                                     QObject *parent)
    : QAbstractTableModel(parent), m_query(cache), m_reference(reference), m_advice(advice)
{
    m_rows.setFetcher([this](qint64 firstRow, const Row *) { return fetch(firstRow); });
    reload();
}

void RoutingQueueModel::reload()
{
    beginResetModel();
    m_total = m_query.count().value_or(0);
    m_rows.reset(std::min<qint64>(m_total, kLimit));
    endResetModel();
}

Result<QList<RoutingQueueModel::Row>> RoutingQueueModel::fetch(qint64 firstRow) const
{
    // The queue's query reads from its oldest; at most kLimit rows, so the pages before this one are read again
    // and skipped rather than kept.
    const auto items = m_query.items(int(firstRow) + kPageSize);
    if (!items.ok())
        return items.error();
    QList<Row> rows;
    for (const RoutingQueueItem &item : items->mid(firstRow)) {
        Row row{item, std::nullopt};
        const QStringList returnedBy = item.returnedBy.isEmpty() ? QStringList() : QStringList{item.returnedBy};
        const auto suggestions = m_advice.suggest(item.complaint, returnedBy, 1);
        if (!suggestions.isEmpty())
            row.suggestion = suggestions.first();
        rows.append(row);
    }
    return rows;
}

const RoutingQueueModel::Row &RoutingQueueModel::at(int row) const
{
    static const Row kNone{};
    const Row *held = m_rows.at(row);
    return held ? *held : kNone;
}

void RoutingQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    reload(); // the reasons are sentences made in the current language
}

int RoutingQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.total()); }

int RoutingQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RoutingQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = at(index.row());
    const Complaint &c = row.item.complaint;
    if (role == ComplaintIdRole)
        return c.id.toString(QUuid::WithoutBraces);
    if (role == SuggestedRouteRole)
        return row.suggestion ? row.suggestion->route : QString();
    const bool returned = !row.item.returnedBy.isEmpty();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() < ComplaintColumns::Count)
            return ComplaintColumns::cell(index.column(), m_reference, c.trackingId, c.receivedAt, c.title, c.service,
                                          c.kecamatan);
        switch (index.column()) {
        case Suggested:
            if (!row.suggestion)
                return tr("(none)");
            return row.suggestion->external ? tr("%1 (not our authority)").arg(row.suggestion->route)
                                            : row.suggestion->route;
        case Confidence:
            // The table's rule is the city's decision, not a guess: no percentage that reads as certainty.
            if (row.suggestion && row.suggestion->tableRule)
                return tr("table rule");
            return row.suggestion ? QString(QString::number(qRound(row.suggestion->confidence * 100)) + u'%')
                                  : QString();
        case Why: {
            QString why = row.suggestion ? row.suggestion->reason : QString();
            if (returned) {
                QString back = tr("Returned by %1: %2")
                                   .arg(row.item.returnedBy, reasonLabel(ReasonList::Return, row.item.returnReason));
                if (!row.item.returnNote.isEmpty())
                    back += u" — "_s + row.item.returnNote;
                if (!back.endsWith(u'.'))
                    back += u'.';
                why = why.isEmpty() ? back : back + u' ' + why;
            }
            return why;
        }
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && returned && (index.column() == Why || index.column() == TrackingId))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::TextAlignmentRole && index.column() == Confidence)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RoutingQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < ComplaintColumns::Count)
        return ComplaintColumns::header(section);
    switch (section) {
    case Suggested:
        return tr("Suggested");
    case Confidence:
        return tr("Confidence");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace rabeg
