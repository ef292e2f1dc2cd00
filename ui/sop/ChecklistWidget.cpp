#include "ChecklistWidget.h"

#include "ChecklistModel.h"
#include "Labels.h"
#include "sop/Checklists.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QGuiApplication>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

ChecklistWidget::ChecklistWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"checklistWidget"_s);
    m_model = new ChecklistModel(this);
    m_model->setObjectName(u"checklistModel"_s);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"checklistTitleLabel"_s);
    m_titleLabel->setWordWrap(true);
    m_stallLabel = new QLabel(this);
    m_stallLabel->setObjectName(u"checklistStallLabel"_s);
    m_stallLabel->setWordWrap(true);
    m_stallLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setObjectName(u"checklistTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::StepColumn, QHeaderView::Stretch);
    // Rows of one line of text (the style's default is taller), and at least four steps in sight wherever the
    // checklist is placed (three on a screen under 900 pixels high, such as a 1366x768 laptop's, where four would
    // push the window past the screen): it is what a liaison works in, and a splitter squeezed it to a row and a half
    // under the complaint's detail.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int rows = screen && screen->availableGeometry().height() < 900 ? 3 : 4;
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());

    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(u"checklistNoteLineEdit"_s);
    m_noteEdit->setClearButtonEnabled(true);
    m_completeButton = new QPushButton(this);
    m_completeButton->setObjectName(u"checklistCompleteButton"_s);
    m_reopenButton = new QPushButton(this);
    m_reopenButton->setObjectName(u"checklistReopenButton"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_noteEdit, 1);
    actions->addWidget(m_completeButton);
    actions->addWidget(m_reopenButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_stallLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    setFocusProxy(m_table); // focusing the checklist puts the keyboard on its steps
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChecklistWidget::updateButtons);
    connect(m_noteEdit, &QLineEdit::textChanged, this, &ChecklistWidget::updateButtons);
    connect(m_completeButton, &QPushButton::clicked, this, &ChecklistWidget::requestComplete);
    connect(m_reopenButton, &QPushButton::clicked, this, &ChecklistWidget::requestReopen);
    retranslate();
    clear();
}

const Checklist &ChecklistWidget::checklist() const
{
    return m_model->checklist();
}

void ChecklistWidget::setChecklist(const Checklist &checklist)
{
    const QString selected = selectedStep();
    m_model->setChecklist(checklist);
    // Keep the person's place; else start at the step that is being worked.
    if (!selected.isEmpty() && checklist.step(selected))
        selectStep(selected);
    else if (checklist.currentStep > 0)
        selectStep(checklist.steps.at(checklist.currentStep - 1).key);
    retranslate();
}

void ChecklistWidget::setPendingSteps(const QSet<QString> &keys)
{
    m_model->setPendingSteps(keys);
}

void ChecklistWidget::clear()
{
    setPendingSteps({});
    setChecklist({});
}

void ChecklistWidget::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void ChecklistWidget::setPhoneReport(bool phoneReport)
{
    m_phoneReport = phoneReport;
    retranslate();
}

QString ChecklistWidget::selectedStep() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ChecklistModel::KeyRole).toString() : QString();
}

void ChecklistWidget::selectStep(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ChecklistModel::StepColumn);
        if (index.data(ChecklistModel::KeyRole).toString() == key) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

void ChecklistWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChecklistWidget::retranslate()
{
    const Checklist &c = m_model->checklist();
    if (!c.exists()) {
        m_titleLabel->setText(tr("No SOP checklist: the complaint is not with an OPD."));
    } else if (!c.templateKnown) {
        m_titleLabel->setText(tr("SOP %1, version %2: this workstation has not received that version yet; it "
                                 "arrives with the next sync.")
                                  .arg(c.templateId)
                                  .arg(c.version));
    } else {
        int done = 0;
        for (const ChecklistStep &s : c.steps)
            done += s.done() ? 1 : 0;
        m_titleLabel->setText(tr("SOP %1, version %2, started %3 · %4 of %5 steps done")
                                  .arg(c.templateId)
                                  .arg(c.version)
                                  .arg(Labels::wib(c.startedAt))
                                  .arg(done)
                                  .arg(c.steps.size()));
    }
    const QString stall = describeStall(c);
    m_stallLabel->setText(stall);
    m_stallLabel->setVisible(!stall.isEmpty());
    m_stallLabel->setStyleSheet(u"QLabel { color: #8e1b10; font-weight: bold; }"_s);
    m_noteEdit->setPlaceholderText(tr("Note for a tick, or the reason to reopen"));
    m_completeButton->setText(m_phoneReport ? tr("Record phone repor&t") : tr("&Tick step"));
    m_completeButton->setToolTip(m_phoneReport ? tr("Tick the selected step as reported by the OPD on the phone")
                                               : tr("Tick the selected step as done"));
    m_reopenButton->setText(tr("Re&open step"));
    updateButtons();
}

void ChecklistWidget::updateButtons()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool done = current.isValid() && current.data(ChecklistModel::DoneRole).toBool();
    const bool usable = m_editable && current.isValid() && m_model->checklist().templateKnown;
    m_completeButton->setEnabled(usable && !done);
    m_reopenButton->setEnabled(usable && done && !m_noteEdit->text().trimmed().isEmpty());
    m_reopenButton->setToolTip(done && m_noteEdit->text().trimmed().isEmpty()
                                   ? tr("Write the reason to reopen the step first")
                                   : tr("Open the selected step again"));
    m_noteEdit->setEnabled(m_editable);
}

void ChecklistWidget::requestComplete()
{
    const QString key = selectedStep();
    if (key.isEmpty() || !m_completeButton->isEnabled())
        return;
    const QString note = m_noteEdit->text().trimmed();
    m_noteEdit->clear();
    emit completeStepRequested(key, note);
}

void ChecklistWidget::requestReopen()
{
    const QString key = selectedStep();
    const QString reason = m_noteEdit->text().trimmed();
    if (key.isEmpty() || reason.isEmpty() || !m_reopenButton->isEnabled())
        return;
    m_noteEdit->clear();
    emit reopenStepRequested(key, reason);
}

} // namespace rabeg
