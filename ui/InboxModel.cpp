#include "InboxModel.h"

#include "Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

namespace rabeg {

InboxModel::InboxModel(ComplaintRepository &repository, const ReferenceData &reference, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_reference(reference)
{
    reload();
}

void InboxModel::reload()
{
    const QScopedValueRollback<bool> resetting(m_fetching, true); // no nested fetch from reset listeners
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    const auto total = m_repository.count();
    m_total = total.ok() ? total.value() : 0;
    endResetModel();
    if (!total.ok()) {
        m_lastError = total.error().message;
        m_atEnd = true;
        emit loadFailed(tr("The local cache cannot be read. Close Rabeg and check the disk; details are in the log."));
    }
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
        const InboxRow &last = m_rows.constLast();
        after = InboxCursor{last.receivedAt.toUTC().toString(Qt::ISODateWithMs), last.id};
    }
    const auto page = m_repository.page(after, kPageSize);
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
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

QString InboxModel::flagsText(const InboxRow &row) const
{
    QStringList flags;
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
    const InboxRow &row = m_rows.at(index.row());
    if (role == ComplaintIdRole)
        return row.id;
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
        case Flags:
            return flagsText(row);
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Flags && row.escalated)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
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
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace rabeg
