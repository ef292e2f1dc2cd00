#include "InboxView.h"

#include "ComplaintDetailView.h"
#include "InboxFilterBar.h"
#include "InboxModel.h"
#include "SearchHighlightDelegate.h"
#include "store/ReadSnapshot.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rabeg {
namespace {

bool onlyEscalated(const InboxCriteria &criteria)
{
    InboxCriteria escalated;
    escalated.escalatedOnly = true;
    return criteria == escalated;
}

} // namespace

InboxView::InboxView(OperatorSession &session, std::unique_ptr<SavedFilters> saved, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("inboxView"));
    m_model = new InboxModel(session.cache(), session.reference(), this);
    m_filterBar = new InboxFilterBar(session.reference(), std::move(saved), this);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("inboxSummaryLabel"));
    QFont headerFont = m_summaryLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_summaryLabel->setFont(headerFont);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inboxTableView"));
    m_table->setAccessibleName(tr("Complaints"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(InboxModel::Title, new SearchHighlightDelegate(InboxModel::MarkedTitleRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Title, QHeaderView::Stretch);
    // Newest first; a click on "Received" turns the order (in SQL, InboxModel::sort), other columns do not sort.
    m_table->horizontalHeader()->setSortIndicator(InboxModel::Received, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column != InboxModel::Received)
            m_table->horizontalHeader()->setSortIndicator(
                InboxModel::Received, m_model->criteria().oldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    fitColumns();

    m_detail = new ComplaintDetailView(session, this);
    m_table->viewport()->installEventFilter(this); // the selected row kept in sight when the detail takes room

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &InboxView::reload);
    connect(m_filterBar, &InboxFilterBar::criteriaChanged, this, &InboxView::applyCriteria);
    connect(m_filterBar, &InboxFilterBar::searchSubmitted, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::retranslate);
    connect(&m_session, &OperatorSession::outboxChanged, this, &InboxView::refreshSoon);
    retranslate();
}

void InboxView::fitColumns()
{
    // Widths from the text each column really holds, so nothing is clipped in either language; on a narrow screen
    // (a 1366-pixel laptop) shareWidth narrows them so that the title keeps its share.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    m_fitColumns.clear();
    m_fits.clear();
    const auto fit = [&](int column, const QString &sample, bool narrows) {
        const int header = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        const int natural = std::max(metrics.horizontalAdvance(sample) + 20, header);
        // A column that narrows keeps its header and at least half its text (elided, whole in the tooltip); the
        // others (number, time, state, OPD, deadline) are short and read at a glance.
        m_fitColumns.append(column);
        m_fits.append({natural, narrows ? std::max(header, natural / 2) : natural});
    };
    fit(InboxModel::TrackingId, QStringLiteral("SRG-2026-0000000"), false);
    fit(InboxModel::Received, QStringLiteral("30/11/26 23.59 WIB"), false);
    fit(InboxModel::Service, QStringLiteral("KTP elektronik (KTP-el)"), true);
    fit(InboxModel::Kecamatan, QStringLiteral("Cipocok Jaya"), true);
    fit(InboxModel::State, QStringLiteral("Dalam proses OPD"), false);
    fit(InboxModel::Opd, QStringLiteral("DISDUKCAPIL"), false);
    fit(InboxModel::NextDeadline, QStringLiteral("lewat 14 hari"), false);
    fit(InboxModel::Stalled, QStringLiteral("langkah 3 macet 12 hari kerja"), true);
    fit(InboxModel::Flags, QStringLiteral("Tertunda · Anonim"), true);
    shareWidth();
}

void InboxView::shareWidth()
{
    // The title is what an operator reads a row by: it keeps at least 30% of the list's width (some 55
    // characters at 1366 pixels, where it had 280 pixels before) while the other columns can give it room.
    const int available = m_table->viewport()->width();
    const QList<int> widths = shareColumnWidths(m_fits, available, available * 30 / 100);
    for (qsizetype i = 0; i < m_fitColumns.size(); ++i)
        m_table->setColumnWidth(m_fitColumns.at(i), widths.at(i));
}

bool InboxView::eventFilter(QObject *watched, QEvent *event)
{
    // The detail below grows for a complaint with a checklist and shrinks the list: a selected row the shrinking
    // hid is scrolled back into sight (one the operator had scrolled away from is left where it is).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            shareWidth();
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && resize->size().height() < resize->oldSize().height()) {
            const QRect row = m_table->visualRect(current);
            if (row.top() >= 0 && row.top() < resize->oldSize().height() && row.bottom() > resize->size().height())
                m_table->scrollTo(current, QAbstractItemView::EnsureVisible);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QUuid InboxView::currentComplaint() const
{
    return QUuid::fromString(m_table->currentIndex().data(InboxModel::ComplaintIdRole).toString());
}

void InboxView::applyCriteria(const InboxCriteria &criteria)
{
    InboxCriteria withOrder = criteria;
    withOrder.oldestFirst = m_model->criteria().oldestFirst; // the header orders, the filter bar filters
    const QString selected = m_table->currentIndex().data(InboxModel::ComplaintIdRole).toString();
    const ReadSnapshot snapshot(m_session.cache().database()); // the count, the row and its page as of one moment
    m_model->setCriteria(withOrder);
    // The detail follows the list the operator asked for: the complaint read before if the new list holds it, else
    // the list's first, else nothing (it went on showing a complaint the search or filter had left out).
    const int row = selected.isEmpty() ? -1 : m_model->rowOfComplaint(selected);
    if (row >= 0 || m_model->rowCount() > 0) {
        m_table->selectRow(std::max(row, 0)); // shows it (currentRowChanged: the reset left no current row)
        m_table->scrollTo(m_table->currentIndex());
    } else {
        m_detail->clear();
    }
}

void InboxView::reload()
{
    // Keep the operator's place: the selected complaint stays selected, at the same height in the view, wherever
    // the new count puts it (one SQL count when its page is not held).
    const QString selected = m_table->currentIndex().data(InboxModel::ComplaintIdRole).toString();
    const int oldRow = m_table->currentIndex().row();
    const int fromTop = oldRow >= 0 ? oldRow - m_table->rowAt(0) : 0;
    // The count, the selected complaint's row and the page that shows it as of one moment: new arrivals committed
    // between them would put another complaint at that row, and the selection (and the next action key) on it.
    const ReadSnapshot snapshot(m_session.cache().database());
    m_model->reload();
    if (m_model->rowCount() == 0) // a training class started again, a new scope: nothing to show
        return m_detail->clear();
    if (selected.isEmpty())
        return;
    const int row = m_model->rowOfComplaint(selected);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(std::max(0, row - fromTop), 0), QAbstractItemView::PositionAtTop);
        return;
    }
    // Gone from the list (filtered out by its new state, or left the user's scope): the detail keeps showing it, or
    // says it is gone, so the operator sees what became of what they acted on.
    m_detail->refresh();
}

void InboxView::showOnly(const QList<QUuid> &ids, const QString &label)
{
    InboxCriteria criteria;
    criteria.onlyIds = ids;
    criteria.onlyLabel = label.isEmpty() ? tr("Chosen complaints") : label;
    m_filterBar->setCriteria(criteria); // says so in the chip and applies it (criteriaChanged)
}

void InboxView::refreshSoon() { m_refreshTimer->start(); }

void InboxView::setHubClock(std::function<QDateTime()> clock) { m_model->setHubClock(std::move(clock)); }

void InboxView::focusSearch() { m_filterBar->focusSearch(); }

void InboxView::setOpdShown(bool shown)
{
    m_table->setColumnHidden(InboxModel::Opd, !shown);
    m_filterBar->setOpdFilterShown(shown);
}

void InboxView::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    retranslate();
}

void InboxView::setSummaryTitle(const QString &title)
{
    m_summaryTitle = title;
    retranslate();
}

void InboxView::showCurrent()
{
    const QUuid id = currentComplaint();
    if (id.isNull()) {
        if (m_model->rowCount() == 0)
            m_detail->clear();
        return;
    }
    m_detail->showComplaint(id);
    emit currentComplaintChanged(id);
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
    m_table->setAccessibleName(tr("Complaints"));
    const QString count = QLocale().toString(m_model->totalCount());
    const InboxCriteria criteria = m_model->criteria();
    QString text;
    if (!m_summaryTitle.isEmpty())
        text = tr("%1 — %2 complaints").arg(m_summaryTitle, count);
    else if (criteria.isEmpty())
        text = tr("Inbox — %1 complaints in the local cache").arg(count)
             + (m_model->totalCount() == 0 && !m_emptyHint.isEmpty() ? QStringLiteral(" · ") + m_emptyHint : QString());
    else if (criteria.restrictedToIds())
        text = tr("%1 — %2 complaints").arg(criteria.onlyLabel, count);
    else if (onlyEscalated(criteria))
        text = tr("Escalated to the Ombudsman — %1 complaints").arg(count);
    else
        text = tr("Inbox — %1 complaints match").arg(count);
    m_summaryLabel->setText(text);
}

} // namespace rabeg
