#include "RevealDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

RevealDialog::RevealDialog(const QString &trackingId, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"revealIdentityDialog"_s);
    setWindowTitle(tr("Reveal the reporter's identity — %1").arg(trackingId));
    setAccessibleName(tr("Reveal an anonymous reporter's identity"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"revealExplanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("The reporter of %1 asked to stay anonymous. Revealing the identity is recorded in the complaint's history "
           "(your name and the reason, never the reporter's) and in the hub's audit log for the Ombudsman. The "
           "identity is shown once and not kept on this workstation.")
            .arg(trackingId));
    auto *label = new QLabel(tr("&Reason (for example a police request and its letter number):"), this);
    label->setObjectName(u"revealReasonLabel"_s);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(u"revealReasonPlainTextEdit"_s);
    m_reasonEdit->setAccessibleName(tr("Reason for the reveal"));
    m_reasonEdit->setTabChangesFocus(true);
    label->setBuddy(m_reasonEdit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"revealButtonBox"_s);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"revealPushButton"_s);
    ok->setText(tr("Reveal"));
    ok->setAccessibleName(tr("Reveal the identity"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(label);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_buttons);
    resize(520, 300);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &RevealDialog::check);
    check();
    m_reasonEdit->setFocus();
}

QString RevealDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void RevealDialog::check()
{
    const qsizetype size = reason().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(size > 0 && size <= kMaxReason);
}

} // namespace rabeg
