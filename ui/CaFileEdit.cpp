#include "CaFileEdit.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace rabeg {

CaFileEdit::CaFileEdit(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("caFileEdit"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("caFileLineEdit"));
    m_edit->setClearButtonEnabled(true);
    m_browse = new QToolButton(this);
    m_browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_browse->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, not only by the mouse
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit); // the row's label (its buddy) puts the keyboard in the path
    connect(m_browse, &QToolButton::clicked, this, &CaFileEdit::browse);
    retranslate();
}

QString CaFileEdit::path() const
{
    return m_edit->text().trimmed();
}

void CaFileEdit::setPath(const QString &path)
{
    m_edit->setText(path);
}

void CaFileEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_browse->setEnabled(!readOnly);
}

void CaFileEdit::browse()
{
    auto *dialog = new QFileDialog(this, tr("Certificate authority of the hub"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt)"), tr("All files (*)")});
    if (!path().isEmpty())
        dialog->selectFile(path());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_edit->setText(file); });
    dialog->open();
}

void CaFileEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaFileEdit::retranslate()
{
    m_edit->setPlaceholderText(tr("Optional: the city's CA certificate (PEM)"));
    m_edit->setAccessibleName(tr("Certificate authority file"));
    m_browse->setText(tr("Choose…"));
    m_browse->setAccessibleName(tr("Choose the certificate authority file"));
}

} // namespace rabeg
