#include "InboxView.h"

#include "ComplaintPreview.h"
#include "InboxModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rabeg {

InboxView::InboxView(ComplaintRepository &repository, const ReferenceData &reference, QWidget *parent)
    : QWidget(parent), m_repository(repository)
{
    m_model = new InboxModel(repository, reference, this);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("inboxSummaryLabel"));
    QFont headerFont = m_summaryLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    headerFont.setBold(true);
    m_summaryLabel->setFont(headerFont);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inboxTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Title, QHeaderView::Stretch);
    // Widths from the text each column really holds, so nothing is clipped in either language.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, std::max(metrics.horizontalAdvance(sample),
                                                 headerMetrics.horizontalAdvance(header) + 8)
                                            + 24);
    };
    fit(InboxModel::TrackingId, QStringLiteral("SRG-2026-0000000"));
    fit(InboxModel::Received, QStringLiteral("30/11/26 23.59 WIB"));
    fit(InboxModel::Service, QStringLiteral("Penerangan jalan umum"));
    fit(InboxModel::Kecamatan, QStringLiteral("Cipocok Jaya"));
    fit(InboxModel::State, QStringLiteral("Dalam proses OPD"));
    fit(InboxModel::Opd, QStringLiteral("DISDUKCAPIL"));
    fit(InboxModel::NextDeadline, QStringLiteral("lewat 14 hari"));
    fit(InboxModel::Flags, QStringLiteral("Ombudsman · Anonim"));

    m_preview = new ComplaintPreview(reference, this);
    m_preview->setObjectName(QStringLiteral("complaintPreview"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_escalatedCheckBox = new QCheckBox(this);
    m_escalatedCheckBox->setObjectName(QStringLiteral("escalatedOnlyCheckBox"));
    connect(m_escalatedCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        InboxFilter filter = m_model->filter();
        filter.escalatedOnly = on;
        m_model->setFilter(filter);
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_summaryLabel, 1);
    header->addWidget(m_escalatedCheckBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &InboxView::reload);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::retranslate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::fetchFirstPage);
    retranslate();
    fetchFirstPage();
}

void InboxView::reload()
{
    // Keep the operator's place: the selected complaint stays selected if it is still in the first pages.
    const QString selected = m_table->currentIndex().data(InboxModel::ComplaintIdRole).toString();
    m_model->reload();
    if (selected.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(InboxModel::ComplaintIdRole).toString() == selected) {
            m_table->selectRow(row);
            return;
        }
    }
}

void InboxView::refreshSoon() { m_refreshTimer->start(); }

void InboxView::setHubClock(std::function<QDateTime()> clock)
{
    m_model->setHubClock(clock);
    m_preview->setHubClock(std::move(clock));
}

void InboxView::fetchFirstPage()
{
    // The first page is there before the first paint, not when the view gets round to asking.
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void InboxView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_preview->clear();
        return;
    }
    const QUuid id = QUuid::fromString(current.data(InboxModel::ComplaintIdRole).toString());
    const auto complaint = m_repository.find(id);
    const auto history = m_repository.history(id);
    if (!complaint.ok() || !history.ok() || !complaint.value()) {
        m_preview->showProblem(tr("This complaint cannot be read from the local cache."));
        return;
    }
    m_preview->show(*complaint.value(), history.value());
}

void InboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void InboxView::retranslate()
{
    m_summaryLabel->setText(m_model->filter().escalatedOnly
                                ? tr("Escalated to the Ombudsman — %1 complaints").arg(QLocale().toString(m_model->totalCount()))
                                : tr("Inbox — %1 complaints in the local cache").arg(QLocale().toString(m_model->totalCount())));
    m_escalatedCheckBox->setText(tr("&Escalated only"));
}

} // namespace rabeg
