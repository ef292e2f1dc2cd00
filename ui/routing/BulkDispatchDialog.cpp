#include "BulkDispatchDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {
enum Column { NumberColumn, TitleColumn, OpdColumn, ResultColumn };
}

BulkDispatchDialog::BulkDispatchDialog(OperatorSession &session, const QList<Item> &items, QWidget *parent)
    : QDialog(parent), m_session(session), m_items(items)
{
    setObjectName(QStringLiteral("bulkDispatchDialog"));
    setWindowTitle(tr("Dispatch %n complaints", nullptr, int(items.size())));
    m_table = new QTableWidget(int(items.size()), 4, this);
    m_table->setObjectName(QStringLiteral("bulkDispatchTableWidget"));
    m_table->setAccessibleName(tr("Complaints to dispatch"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Title"), tr("To OPD"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    const ReferenceData &reference = session.reference();
    for (int row = 0; row < items.size(); ++row) {
        const Item &item = items.at(row);
        m_table->setItem(row, NumberColumn, new QTableWidgetItem(item.trackingId));
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(item.title));
        auto *opd = new QComboBox(m_table);
        opd->addItem(tr("(leave out)"), QString());
        for (const Opd &o : reference.opds) {
            if (o.active) // a deactivated OPD takes no new complaints (the hub refuses them)
                opd->addItem(o.code, o.code);
        }
        const int index = opd->findData(item.route);
        opd->setCurrentIndex(index >= 0 ? index : 0);
        m_table->setCellWidget(row, OpdColumn, opd);
        const QString problem = index >= 0           ? QString()
            : item.route.isEmpty()                   ? tr("no suggestion: choose an OPD")
            : reference.hasOpd(item.route)           ? tr("%1 was deactivated: choose another OPD").arg(item.route)
                                                     : tr("%1 is outside the city: use \"not our authority\"").arg(item.route);
        m_table->setItem(row, ResultColumn, new QTableWidgetItem(problem));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_table->setMinimumSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 110,
                            m_table->fontMetrics().height() * 16);
    m_summaryLabel = new QLabel(tr("Check each OPD, then dispatch. Each complaint is queued on its own; one refused "
                                   "does not stop the others."),
                                this);
    m_summaryLabel->setObjectName(QStringLiteral("bulkDispatchSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_dispatchButton = buttons->addButton(tr("&Dispatch all"), QDialogButtonBox::ActionRole);
    m_dispatchButton->setObjectName(QStringLiteral("bulkDispatchPushButton"));
    m_dispatchButton->setDefault(true);
    connect(m_dispatchButton, &QPushButton::clicked, this, &BulkDispatchDialog::dispatchAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void BulkDispatchDialog::dispatchAll()
{
    int queued = 0;
    int refused = 0;
    int skipped = 0;
    for (int row = 0; row < m_items.size(); ++row) {
        auto *opd = static_cast<QComboBox *>(m_table->cellWidget(row, OpdColumn));
        const QString code = opd->currentData().toString();
        opd->setEnabled(false);
        QTableWidgetItem *result = m_table->item(row, ResultColumn);
        if (code.isEmpty()) {
            ++skipped;
            result->setText(tr("left out"));
            continue;
        }
        const auto refusal = m_session.issue(CommandType::Dispatch, m_items.at(row).complaint,
                                             QJsonObject{{u"opd"_s, code}});
        if (refusal) {
            ++refused;
            result->setText(refusal->message);
            result->setForeground(QColor(0xb0, 0x1c, 0x1c));
        } else {
            ++queued;
            result->setText(tr("queued: pending until the hub confirms"));
            result->setForeground(QColor(0x1f, 0x6f, 0x3b));
        }
    }
    m_summaryLabel->setText(tr("%1 queued, %2 refused, %3 left out.").arg(queued).arg(refused).arg(skipped));
    m_dispatchButton->setEnabled(false);
}

QStringList BulkDispatchDialog::results() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append(m_table->item(row, ResultColumn)->text());
    return out;
}

} // namespace rabeg
