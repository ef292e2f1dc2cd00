#pragma once

#include "refdata/ReferenceData.h"
#include "store/ComplaintRepository.h"

#include <QAbstractTableModel>

namespace rabeg {

// The inbox over the local cache: newest first, fetched in keyset pages as the view scrolls (canFetchMore /
// fetchMore), so a million cached complaints cost one page of memory at a time.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column { TrackingId, Received, Title, Service, Kecamatan, State, Opd, Flags, ColumnCount };
    enum Roles { ComplaintIdRole = Qt::UserRole + 1 };

    InboxModel(ComplaintRepository &repository, const ReferenceData &reference, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Reloads from the first page (after the cache changed).
    void reload();
    // Labels and headers are translated when asked for; this tells the views to ask again.
    void retranslate();
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

signals:
    void loadFailed(const QString &message);

private:
    QString flagsText(const InboxRow &row) const;

    static constexpr int kPageSize = 200;
    ComplaintRepository &m_repository;
    const ReferenceData &m_reference;
    QList<InboxRow> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace rabeg
