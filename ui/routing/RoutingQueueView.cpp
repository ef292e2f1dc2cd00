#include "RoutingQueueView.h"

#include "BulkDispatchDialog.h"
#include "ComplaintDetailView.h"
#include "DialogFocus.h"
#include "RoutingQueueModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rabeg {

RoutingQueueView::RoutingQueueView(OperatorSession &session, RoutingAdvice &advice, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("routingQueueView"));
    m_model = new RoutingQueueModel(session.cache(), session.reference(), advice, this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("routingQueueSummaryLabel"));
    QFont font = m_summaryLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_summaryLabel->setFont(font);
    m_bulkButton = new QPushButton(this);
    m_bulkButton->setObjectName(QStringLiteral("bulkDispatchPreviewPushButton"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("routingQueueTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    // Two lines a row: the reason (a return's, a rule's) is what the operator decides on, so it is read whole.
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(2 * m_table->fontMetrics().lineSpacing() + 10);
    const QFontMetrics fm = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        m_table->setColumnWidth(column, std::max(fm.horizontalAdvance(sample),
                                                 fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()))
                                            + 28);
    };
    fit(RoutingQueueModel::TrackingId, QStringLiteral("SRG-2026-0000000"));
    fit(RoutingQueueModel::Received, QStringLiteral("30/11/26 23.59 WIB"));
    fit(RoutingQueueModel::Title, QStringLiteral("Lampu jalan mati di depan masjid"));
    fit(RoutingQueueModel::Service, QStringLiteral("Pelayanan puskesmas"));
    fit(RoutingQueueModel::Kecamatan, QStringLiteral("Cipocok Jaya"));
    fit(RoutingQueueModel::Suggested, QStringLiteral("DISDUKCAPIL"));
    fit(RoutingQueueModel::Confidence, RoutingQueueModel::tr("table rule")); // wider than "100%"
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_detail = new ComplaintDetailView(session, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("routingQueueSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *header = new QHBoxLayout;
    header->addWidget(m_summaryLabel, 1);
    header->addWidget(m_bulkButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &RoutingQueueView::reload);
    connect(m_bulkButton, &QPushButton::clicked, this, &RoutingQueueView::bulkDispatch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoutingQueueView::showCurrent);
    connect(&advice, &RoutingAdvice::learned, this, &RoutingQueueView::refreshSoon);
    connect(&m_session, &OperatorSession::outboxChanged, this, &RoutingQueueView::refreshSoon);
    retranslate();
}

QUuid RoutingQueueView::currentComplaint() const
{
    return QUuid::fromString(m_table->currentIndex().data(RoutingQueueModel::ComplaintIdRole).toString());
}

void RoutingQueueView::reload()
{
    const QString selected = m_table->currentIndex().data(RoutingQueueModel::ComplaintIdRole).toString();
    m_model->reload();
    retranslate();
    for (int row = 0; row < m_model->rowCount() && !selected.isEmpty(); ++row) {
        if (m_model->index(row, 0).data(RoutingQueueModel::ComplaintIdRole).toString() == selected) {
            m_table->selectRow(row);
            return;
        }
    }
    m_detail->refresh();
}

void RoutingQueueView::refreshSoon() { m_refreshTimer->start(); }

void RoutingQueueView::showCurrent()
{
    const QUuid id = currentComplaint();
    if (id.isNull())
        return;
    m_detail->showComplaint(id);
    emit currentComplaintChanged(id);
}

void RoutingQueueView::bulkDispatch()
{
    QList<BulkDispatchDialog::Item> items;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const RoutingQueueModel::Row &row = m_model->at(index.row());
        items.append({row.item.complaint.id, row.item.complaint.trackingId, row.item.complaint.title,
                      row.suggestion ? row.suggestion->route : QString()});
    }
    if (items.isEmpty())
        return;
    auto *dialog = new BulkDispatchDialog(m_session, items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(dialog);
    dialog->open();
}

void RoutingQueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RoutingQueueView::retranslate()
{
    const qint64 total = m_model->totalCount();
    QString text = tr("Routing queue — %1 verified complaints waiting for a dispatch").arg(QLocale().toString(total));
    if (total > m_model->rowCount())
        text += QLatin1Char(' ') + tr("(the oldest %1 shown)").arg(QLocale().toString(m_model->rowCount()));
    m_summaryLabel->setText(text);
    m_bulkButton->setText(tr("Dispatch the selected… (Ctrl+Shift+D)"));
    m_table->setAccessibleName(tr("Routing queue"));
}

} // namespace rabeg
