#include "HandoverDialog.h"

#include "Labels.h"
#include "OperatorSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

HandoverDialog::HandoverDialog(OperatorSession &session, const QStringList &colleagues, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"handoverDialog"_s);
    setWindowTitle(tr("Shift handover"));
    const QString me = session.actor().user;
    m_leavingCombo = new QComboBox(this);
    m_leavingCombo->setObjectName(u"leavingOperatorComboBox"_s);
    QStringList leaving = colleagues;
    if (!leaving.contains(me))
        leaving.prepend(me);
    m_leavingCombo->addItems(leaving);
    m_leavingCombo->setCurrentText(me);
    // Handing over someone else's complaints (an operator who went home ill) is a supervisor's call.
    m_leavingCombo->setEnabled(session.actor().role == Role::Supervisor);
    m_takingCombo = new QComboBox(this);
    m_takingCombo->setObjectName(u"takingOverComboBox"_s);
    m_takingCombo->setEditable(true); // a colleague not seen here yet can be typed; the hub knows its users
    m_takingCombo->setInsertPolicy(QComboBox::NoInsert);
    m_takingCombo->addItems(colleagues);
    m_takingCombo->setCurrentIndex(-1);
    m_takingCombo->setMinimumWidth(m_takingCombo->fontMetrics().horizontalAdvance(u'x') * 28);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(u"ownedComplaintsTableWidget"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Hand over"), tr("Number"), tr("Title"), tr("State"), tr("Received"), tr("Outcome")});
    m_table->setAccessibleName(tr("Open complaints of the leaving operator"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Outcome, QHeaderView::ResizeToContents);

    m_reassignButton = new QPushButton(tr("&Reassign the ticked complaints"), this);
    m_reassignButton->setObjectName(u"reassignPushButton"_s);
    m_reassignButton->setDefault(true); // Enter in the colleague's field hands over, as Ctrl+Enter anywhere
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"handoverSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reassignButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reassignButton, &QPushButton::clicked, this, &HandoverDialog::reassign);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &HandoverDialog::reassign);
    connect(m_leavingCombo, &QComboBox::currentTextChanged, this, &HandoverDialog::showOwner);
    connect(&m_session, &OperatorSession::cacheRefreshed, this, &HandoverDialog::refreshOutcomes);
    connect(&m_session, &OperatorSession::complaintChanged, this, &HandoverDialog::refreshOutcomes);

    auto *form = new QFormLayout;
    form->addRow(tr("&Leaving operator"), m_leavingCombo);
    form->addRow(tr("&Taking over"), m_takingCombo);
    auto *hint = new QLabel(tr("Every ticked complaint gets one assignment to the colleague taking over (Space ticks "
                               "or unticks a row; Ctrl+Enter reassigns). Assignments are queued like any other "
                               "command, so a handover works offline too."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);
    resize(980, 560);
    showOwner(me);
    m_takingCombo->setFocus();
}

bool HandoverDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        if (QTableWidgetItem *pick = m_table->item(m_table->currentRow(), Pick))
            pick->setCheckState(pick->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void HandoverDialog::showOwner(const QString &user)
{
    m_sent.clear();
    m_refusedHere.clear();
    m_target.clear();
    const auto owned = OwnershipQuery(m_session.cache()).openOwnedBy(user);
    m_owned = owned.ok() ? owned.value() : QList<OwnedComplaint> {};
    m_table->setRowCount(int(m_owned.size()));
    for (int row = 0; row < m_owned.size(); ++row) {
        const OwnedComplaint &c = m_owned.at(row);
        auto *pick = new QTableWidgetItem;
        pick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        pick->setCheckState(Qt::Checked);
        m_table->setItem(row, Pick, pick);
        m_table->setItem(row, Number, new QTableWidgetItem(c.trackingId));
        m_table->setItem(row, Title, new QTableWidgetItem(c.title));
        m_table->setItem(row, State, new QTableWidgetItem(Labels::state(c.state)));
        m_table->setItem(row, Received, new QTableWidgetItem(Labels::wib(c.receivedAt)));
        m_table->setItem(row, Outcome, new QTableWidgetItem);
    }
    m_table->resizeColumnToContents(Number);
    m_table->resizeColumnToContents(State);
    m_table->resizeColumnToContents(Received);
    if (!m_owned.isEmpty())
        m_table->setCurrentCell(0, Pick);
    m_reassignButton->setEnabled(!m_owned.isEmpty());
    if (!owned.ok())
        m_summaryLabel->setText(
            tr("The complaints could not be read from the local cache: %1").arg(owned.error().message));
    else if (m_owned.isEmpty())
        m_summaryLabel->setText(tr("%1 owns no open complaint: there is nothing to hand over.").arg(user));
    else
        m_summaryLabel->setText(tr("%1 owns %2 open complaints.").arg(user).arg(m_owned.size()));
}

void HandoverDialog::reassign()
{
    const QString leaving = m_leavingCombo->currentText();
    const QString target = m_takingCombo->currentText().trimmed();
    QString problem;
    if (target.isEmpty())
        problem = tr("Choose or type the colleague who takes over.");
    else if (target == leaving)
        problem = tr("%1 is the leaving operator: choose the colleague who takes over.").arg(target);
    QList<int> ticked;
    for (int row = 0; row < m_owned.size(); ++row) {
        if (m_table->item(row, Pick)->checkState() == Qt::Checked && !m_sent.contains(m_owned.at(row).id))
            ticked.append(row);
    }
    if (problem.isEmpty() && ticked.isEmpty())
        problem = tr("Tick at least one complaint that was not handed over yet.");
    if (!problem.isEmpty()) {
        m_summaryLabel->setText(problem);
        m_summaryLabel->setStyleSheet(u"color:#b01c1c"_s);
        return;
    }
    m_summaryLabel->setStyleSheet(QString());
    m_target = target;
    const QString note = tr("Shift handover from %1").arg(leaving);
    for (int row : std::as_const(ticked)) {
        const QUuid id = m_owned.at(row).id;
        m_sent.append(id);
        if (const auto refusal = m_session.issue(CommandType::Assign, id, {{u"assignee"_s, target}, {u"note"_s, note}}))
            m_refusedHere.insert(id, refusal->message);
    }
    refreshOutcomes();
}

void HandoverDialog::refreshOutcomes()
{
    int confirmed = 0, pending = 0, refused = 0;
    for (int row = 0; row < m_owned.size(); ++row) {
        const QUuid id = m_owned.at(row).id;
        QString outcome;
        if (!m_sent.contains(id)) {
            outcome.clear();
        } else if (m_refusedHere.contains(id)) {
            outcome = tr("Refused: %1").arg(m_refusedHere.value(id));
            ++refused;
        } else if (const auto c = m_session.complaint(id); !c.ok() || !c.value()) {
            outcome = tr("No longer in this workstation's cache");
            ++refused;
        } else {
            const ProjectedComplaint &p = *c.value();
            const PendingStep *assign = nullptr;
            for (const PendingStep &step : p.steps) {
                if (step.command.type == CommandType::Assign)
                    assign = &step;
            }
            if (assign
                && (assign->status == PendingStep::Status::Conflict
                    || assign->status == PendingStep::Status::Refused)) {
                outcome = tr("Refused: %1").arg(assign->errorMessage);
                ++refused;
            } else if (assign) {
                outcome = tr("Pending: queued, not yet confirmed by the hub");
                ++pending;
            } else {
                // A later assignment by someone else wins (assignment never conflicts): say who owns it now.
                outcome = p.cached.assignee == m_target ? tr("Confirmed: %1 owns it").arg(m_target)
                                                        : tr("Confirmed, but %1 owns it now").arg(p.cached.assignee);
                ++confirmed;
            }
        }
        m_table->item(row, Outcome)->setText(outcome);
    }
    if (!m_sent.isEmpty()) {
        m_summaryLabel->setText(tr("Handed over to %1: %2 sent, %3 confirmed by the hub, %4 pending, %5 refused.")
                                    .arg(m_target)
                                    .arg(m_sent.size())
                                    .arg(confirmed)
                                    .arg(pending)
                                    .arg(refused));
    }
}

QString HandoverDialog::summary() const
{
    return m_summaryLabel->text();
}

} // namespace rabeg
