#include "AssignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace rabeg {

AssignDialog::AssignDialog(const QString &title, const QStringList &colleagues, const QString &currentOwner,
                           QWidget *parent)
    : QDialog(parent), m_currentOwner(currentOwner)
{
    setObjectName(u"assignDialog"_s);
    setWindowTitle(title);
    m_assigneeCombo = new QComboBox(this);
    m_assigneeCombo->setObjectName(u"assigneeComboBox"_s);
    m_assigneeCombo->setEditable(true); // a colleague this workstation has not seen yet can be typed
    m_assigneeCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &name : colleagues) {
        if (name != currentOwner)
            m_assigneeCombo->addItem(name);
    }
    m_assigneeCombo->setCurrentIndex(-1);
    m_assigneeCombo->setMinimumWidth(m_assigneeCombo->fontMetrics().horizontalAdvance(u'x') * 30);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(u"assignNoteLineEdit"_s);
    m_noteEdit->setMinimumWidth(m_noteEdit->fontMetrics().horizontalAdvance(u'x') * 50);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setStyleSheet(u"color:#b01c1c"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, &AssignDialog::accept);
    auto *form = new QFormLayout(this);
    if (!currentOwner.isEmpty())
        form->addRow(tr("Owner now"), new QLabel(currentOwner, this));
    form->addRow(tr("&Colleague"), m_assigneeCombo);
    form->addRow(tr("&Note"), m_noteEdit);
    form->addRow(m_problemLabel);
    form->addRow(buttons);
    m_assigneeCombo->setFocus();
}

QString AssignDialog::assignee() const
{
    return m_assigneeCombo->currentText().trimmed();
}

void AssignDialog::accept()
{
    const QString name = assignee();
    QString problem;
    if (name.isEmpty())
        problem = tr("Choose or type the colleague who takes it over.");
    else if (name == m_currentOwner)
        problem = tr("%1 already owns it: choose someone else.").arg(name);
    if (!problem.isEmpty()) {
        m_problemLabel->setText(problem);
        m_problemLabel->setVisible(true);
        m_assigneeCombo->setFocus();
        return;
    }
    QDialog::accept();
}

QJsonObject AssignDialog::payload() const
{
    QJsonObject payload{{u"assignee"_s, assignee()}};
    if (const QString note = m_noteEdit->text().trimmed(); !note.isEmpty())
        payload.insert(u"note"_s, note);
    return payload;
}

} // namespace rabeg
