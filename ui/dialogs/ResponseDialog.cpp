#include "ResponseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace rabeg {

ResponseDialog::ResponseDialog(const QString &trackingId, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("responseDialog"));
    setWindowTitle(tr("Respond to %1").arg(trackingId));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("responsePlainTextEdit"));
    m_edit->setAccessibleName(tr("Response to the reporter"));
    m_edit->setTabChangesFocus(true); // Tab goes on to the next field, as everywhere else
    m_edit->setMinimumSize(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70,
                           m_edit->fontMetrics().height() * 8);
    m_overrideEdit = new QLineEdit(this);
    m_overrideEdit->setObjectName(QStringLiteral("overrideReasonLineEdit"));
    m_overrideEdit->setAccessibleName(tr("Reason to respond anyway"));
    m_overrideEdit->setPlaceholderText(tr("Only if critical SOP steps are still open: why respond anyway"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Send the response"));
    ok->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, ok, [this, ok] { ok->setEnabled(!response().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        if (!response().isEmpty())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What the OPD did or will do (the reporter reads this):"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_overrideEdit);
    layout->addWidget(buttons);
}

QString ResponseDialog::response() const { return m_edit->toPlainText().trimmed(); }

QString ResponseDialog::overrideReason() const { return m_overrideEdit->text().trimmed(); }

} // namespace rabeg
