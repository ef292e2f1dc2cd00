#include "ReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rabeg {

ReasonDialog::ReasonDialog(ReasonList list, const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("reasonComboBox"));
    for (const Reason &reason : reasons(list))
        m_reasonCombo->addItem(reason.label, reason.code);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("reasonNoteLineEdit"));
    m_noteEdit->setMinimumWidth(m_noteEdit->fontMetrics().horizontalAdvance(u'x') * 50);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_problemLabel->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Reason"), m_reasonCombo);
    form->addRow(tr("&Note"), m_noteEdit);
    form->addRow(m_problemLabel);
    form->addRow(buttons);
    m_reasonCombo->setFocus();
}

void ReasonDialog::accept()
{
    if (m_reasonCombo->currentData().toString() == QStringView(kOtherReason) && m_noteEdit->text().trimmed().isEmpty()) {
        m_problemLabel->setText(tr("\"Other\" needs a note that explains it."));
        m_problemLabel->setVisible(true);
        m_noteEdit->setFocus();
        return;
    }
    QDialog::accept();
}

QJsonObject ReasonDialog::payload() const
{
    QJsonObject payload{{u"reason"_s, m_reasonCombo->currentData().toString()}};
    if (const QString note = m_noteEdit->text().trimmed(); !note.isEmpty())
        payload.insert(u"note"_s, note);
    return payload;
}

} // namespace rabeg
