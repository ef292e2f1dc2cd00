#include "ReporterAnswerDialog.h"

#include "ReporterContactFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace rabeg {

ReporterAnswerDialog::ReporterAnswerDialog(const QString &trackingId, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"reporterAnswerDialog"_s);
    setWindowTitle(tr("The reporter answered: %1").arg(trackingId));
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("Take down what the reporter said. The complaint goes back to triage and its paused "
                               "deadlines run again."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_fields = std::make_unique<ReporterContactFields>(form, tr("&Answer"), "reporterAnswerPlainTextEdit", this);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setStyleSheet(u"color:#b01c1c"_s);
    m_problemLabel->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resume"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReporterAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, &ReporterAnswerDialog::accept);
    form->addRow(m_problemLabel);
    form->addRow(buttons);
}

ReporterAnswerDialog::~ReporterAnswerDialog() = default;

void ReporterAnswerDialog::accept()
{
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        m_problemLabel->setText(problem);
        m_problemLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

QJsonObject ReporterAnswerDialog::payload() const
{
    QJsonObject payload;
    m_fields->fill(payload, u"reporter_answer"_s);
    return payload;
}

} // namespace rabeg
