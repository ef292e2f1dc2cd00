#include "ReasonDialog.h"

#include "ReporterContactFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

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
    if (list == ReasonList::Defer)
        m_reporter = std::make_unique<ReporterContactFields>(form, tr("&Message to the reporter"),
                                                             "reporterMessagePlainTextEdit", this);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, &ReasonDialog::accept);
    form->addRow(m_problemLabel);
    form->addRow(buttons);
    m_reasonCombo->setFocus();
}

void ReasonDialog::accept()
{
    if (m_reasonCombo->currentData().toString() == QStringView(kOtherReason)
        && m_noteEdit->text().trimmed().isEmpty()) {
        m_problemLabel->setText(tr("\"Other\" needs a note that explains it."));
        m_problemLabel->setVisible(true);
        m_noteEdit->setFocus();
        return;
    }
    if (m_reporter) {
        if (const QString problem = m_reporter->problem(); !problem.isEmpty()) {
            m_problemLabel->setText(problem);
            m_problemLabel->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

ReasonDialog::~ReasonDialog() = default;

QJsonObject ReasonDialog::payload() const
{
    QJsonObject payload{{u"reason"_s, m_reasonCombo->currentData().toString()}};
    if (const QString note = m_noteEdit->text().trimmed(); !note.isEmpty())
        payload.insert(u"note"_s, note);
    if (m_reporter)
        m_reporter->fill(payload, u"reporter_message"_s);
    return payload;
}

} // namespace rabeg
