#include "StallBoardView.h"

#include "Labels.h"
#include "StallBoardModel.h"
#include "refdata/ReferenceData.h"
#include "store/SopCatalogQuery.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QLabel *swatch(const QString &colour, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(14, 14);
    label->setStyleSheet(u"QLabel { background: %1; border: 1px solid #888; }"_s.arg(colour));
    return label;
}

} // namespace

StallBoardView::StallBoardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"stallBoardView"_s);
    m_model = new StallBoardModel(this);
    m_model->setObjectName(u"stallBoardModel"_s);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"stallSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"stallBoardTableView"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_legendLabel = new QLabel(this);
    m_legendLabel->setObjectName(u"stallLegendLabel"_s);
    m_legendLabel->setWordWrap(true);
    auto *legend = new QHBoxLayout;
    legend->addWidget(swatch(u"#fff1c7"_s, this));
    legend->addWidget(swatch(u"#fcc68c"_s, this));
    legend->addWidget(swatch(u"#c62828"_s, this));
    legend->addWidget(m_legendLabel, 1);

    m_drillLabel = new QLabel(this);
    m_drillLabel->setObjectName(u"stallDrillDownLabel"_s);
    m_drillList = new QTreeWidget(this);
    m_drillList->setObjectName(u"stallDrillDownList"_s);
    m_drillList->setRootIsDecorated(false);
    m_drillList->setUniformRowHeights(true);
    m_drillList->setColumnCount(5);
    m_drillList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_drillList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_drillList->header()->setStretchLastSection(false);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summaryLabel);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(legend);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_drillLabel);
    bottomLayout->addWidget(m_drillList, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"stallBoardSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    // The board first: at 1366x768 a 3:2 split showed twelve OPDs above an empty list (nothing chosen yet); the
    // list keeps room for five complaints and the splitter gives it more when a user drags it.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // activated: double-click, and Enter on the current cell.
    connect(m_table, &QTableView::activated, this, &StallBoardView::drillDown);
    connect(m_drillList, &QTreeWidget::itemActivated, this, &StallBoardView::activateRow);
    retranslate();
}

StallBoardView::~StallBoardView() = default;

void StallBoardView::setSource(LocalCache &cache, const ReferenceData &reference, std::function<QDateTime()> clock)
{
    m_cache = &cache;
    m_shipped = *reference.sopCatalog();
    m_catalog = std::make_unique<SopCatalog>(SopCatalogQuery(cache).catalog(m_shipped).value_or(m_shipped));
    m_clock = std::move(clock);
    nameOpdsFrom(reference);
}

void StallBoardView::nameOpdsFrom(const ReferenceData &reference)
{
    QHash<QString, QString> names;
    for (const Opd &opd : reference.opds)
        names.insert(opd.code, opd.name);
    setOpdNames(names);
}

void StallBoardView::refresh()
{
    if (!m_cache)
        return;
    // Templates published since, and the calendar the GUI's connection adopted after the last sync.
    m_catalog = std::make_unique<SopCatalog>(SopCatalogQuery(*m_cache).catalog(m_shipped).value_or(*m_catalog));
    const auto board = query()->board(m_clock());
    if (!board.ok()) {
        m_summaryLabel->setText(
            tr("The stall board cannot be read from this workstation's cache: %1").arg(board.error().message));
        return;
    }
    setBoard(board.value());
}

void StallBoardView::setBoard(const StallBoardSnapshot &board)
{
    m_model->setSnapshot(board);
    m_table->resizeColumnsToContents();
    // The steps share the width the OPD and count columns leave, each as wide as the next: a last column alone
    // stretched past the others left their cells cut short ("Telaah aduan da...") beside an empty strip.
    for (int column = StallBoardModel::FirstStepColumn; column < m_model->columnCount(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    // The drill-down follows the board: the same complaints, still stalled, at the new hub time.
    if (!m_drilled.isEmpty() && m_cache) {
        const auto rows = query()->complaints(m_drilled, board.at);
        if (rows.ok())
            showRows(rows.value());
    }
    retranslate();
}

std::optional<StallBoardQuery> StallBoardView::query() const
{
    if (!m_cache)
        return std::nullopt;
    return StallBoardQuery(*m_cache, *m_catalog, m_cache->deadlinePolicy().calendar());
}

void StallBoardView::setOpdNames(const QHash<QString, QString> &names)
{
    m_model->setOpdNames(names);
}

void StallBoardView::drillDown(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString opd = m_model->opdAt(index.row());
    const QDateTime at = m_model->snapshot().at;
    const QList<StallCell> cells = m_model->cellsAt(index);
    // The board counts; a cell's complaints are read now, from the cache's index range of that OPD and step (a
    // board made elsewhere with its complaint lists, StallBoard::add, brings them along).
    QList<StalledComplaint> rows;
    m_drilled.clear();
    for (const StallCell &cell : cells) {
        if (!cell.complaints.isEmpty() || !m_cache) {
            m_drilled.append(cell.complaints);
            continue;
        }
        const auto found = query()->cell(cell.opd, cell.stepKey, at);
        if (!found.ok()) {
            m_summaryLabel->setText(
                tr("The stall board cannot be read from this workstation's cache: %1").arg(found.error().message));
            continue;
        }
        for (const StalledComplaint &row : found.value()) {
            m_drilled.append(row.id);
            rows.append(row);
        }
    }
    std::sort(m_drilled.begin(), m_drilled.end());
    if (index.column() >= StallBoardModel::FirstStepColumn)
        m_drillTitle = tr("%1, step %2: %n stalled complaint(s)", nullptr, int(m_drilled.size()))
                           .arg(opd)
                           .arg(index.column() - StallBoardModel::FirstStepColumn + 1);
    else
        m_drillTitle = tr("%1, every step: %n stalled complaint(s)", nullptr, int(m_drilled.size())).arg(opd);
    emit complaintsChosen(m_drilled);
    if (rows.size() != m_drilled.size()) { // complaint lists brought along with the board
        rows.clear();
        if (m_cache) {
            const auto found = query()->complaints(m_drilled, at);
            if (found.ok())
                rows = found.value();
        } else {
            for (const QUuid &id : std::as_const(m_drilled))
                rows.append({id, id.toString(QUuid::WithoutBraces), {}, {}, opd, 0, {}, {}, 0, 0, {}});
        }
    }
    showRows(rows);
    retranslate();
}

void StallBoardView::showRows(const QList<StalledComplaint> &unsorted)
{
    // Longest stuck first: who to call.
    QList<StalledComplaint> rows = unsorted;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const StalledComplaint &a, const StalledComplaint &b) { return a.daysAtStep > b.daysAtStep; });
    m_drillList->clear();
    QList<QTreeWidgetItem *> items;
    for (const StalledComplaint &row : rows) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, row.trackingId);
        item->setText(1, row.title);
        item->setText(2, row.stepNumber > 0 ? tr("%1. %2").arg(row.stepNumber).arg(row.stepTitle) : QString());
        item->setText(3, row.stepNumber > 0 ? QLocale().toString(row.daysAtStep) : QString());
        item->setText(4, row.stepNumber > 0 ? QLocale().toString(row.daysOver) : QString());
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, row.stall);
        item->setData(0, Qt::UserRole, QVariant::fromValue(row.id));
        items.append(item);
    }
    m_drillList->addTopLevelItems(items);
}

void StallBoardView::activateRow(QTreeWidgetItem *item)
{
    if (item)
        emit complaintActivated(item->data(0, Qt::UserRole).value<QUuid>());
}

void StallBoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StallBoardView::retranslate()
{
    // Here, not in the constructor: a screen reader hears the language chosen at run time.
    m_table->setAccessibleName(tr("Stalled complaints by OPD and step"));
    m_drillList->setAccessibleName(tr("Complaints of the chosen cell"));
    const StallBoardSnapshot &board = m_model->snapshot();
    if (!board.at.isValid())
        m_summaryLabel->setText(tr("The stall board has not been computed yet."));
    else
        m_summaryLabel->setText(
            tr("%1 of %2 complaints the OPDs are working are stalled at an SOP step, as of %3. "
               "Double-click a cell or press Enter to list its complaints.")
                .arg(QLocale().toString(board.stalled), QLocale().toString(board.working), Labels::wib(board.at)));
    m_legendLabel->setText(tr("Median working days at the step: under 10, 10 to 29, 30 or more. Each line of a "
                              "cell is one step: how many complaints are stalled there, their median days, the step."));
    m_drillLabel->setText(m_drilled.isEmpty() && m_drillTitle.isEmpty() ? tr("No cell chosen.") : m_drillTitle);
    m_drillList->setHeaderLabels(
        {tr("Tracking number"), tr("Title"), tr("Stalled at"), tr("Days at step"), tr("Days over")});
}

} // namespace rabeg
