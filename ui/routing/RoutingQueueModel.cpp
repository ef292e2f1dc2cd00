#include "RoutingQueueModel.h"

#include "Labels.h"
#include "domain/Reasons.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace rabeg {

RoutingQueueModel::RoutingQueueModel(LocalCache &cache, const ReferenceData &reference, const RoutingAdvice &advice,
                                     QObject *parent)
    : QAbstractTableModel(parent), m_query(cache), m_reference(reference), m_advice(advice)
{
    reload();
}

void RoutingQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_query.count().value_or(0);
    const auto items = m_query.items(kLimit);
    for (const RoutingQueueItem &item : items.value_or({})) {
        Row row{item, std::nullopt};
        const QStringList returnedBy = item.returnedBy.isEmpty() ? QStringList() : QStringList{item.returnedBy};
        const auto suggestions = m_advice.suggest(item.complaint, returnedBy, 1);
        if (!suggestions.isEmpty())
            row.suggestion = suggestions.first();
        m_rows.append(row);
    }
    endResetModel();
}

void RoutingQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    reload(); // the reasons are sentences made in the current language
}

int RoutingQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RoutingQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RoutingQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Complaint &c = row.item.complaint;
    if (role == ComplaintIdRole)
        return c.id.toString(QUuid::WithoutBraces);
    if (role == SuggestedRouteRole)
        return row.suggestion ? row.suggestion->route : QString();
    const bool returned = !row.item.returnedBy.isEmpty();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TrackingId:
            return c.trackingId;
        case Received:
            return Labels::wib(c.receivedAt);
        case Title:
            return c.title;
        case Service: {
            const rabeg::Service *service = m_reference.service(c.service);
            return service ? service->name : c.service;
        }
        case Kecamatan: {
            const rabeg::Kecamatan *kecamatan = m_reference.kecamatanByCode(c.kecamatan);
            return kecamatan ? kecamatan->name : c.kecamatan;
        }
        case Suggested:
            if (!row.suggestion)
                return tr("(none)");
            return row.suggestion->external ? tr("%1 (not our authority)").arg(row.suggestion->route)
                                            : row.suggestion->route;
        case Confidence:
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
