#include "AttachmentViewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace rabeg {

AttachmentViewer::AttachmentViewer(const QImage &image, const QByteArray &bytes, const QString &name,
                                   const QString &caption, QWidget *parent)
    : QDialog(parent), m_image(image), m_bytes(bytes), m_name(name)
{
    setObjectName(QStringLiteral("attachmentViewerDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Attachment: %1").arg(name));
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setObjectName(QStringLiteral("attachmentCaptionLabel"));
    captionLabel->setWordWrap(true);
    m_imageLabel = new QLabel(this);
    m_imageLabel->setObjectName(QStringLiteral("attachmentImageLabel"));
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageLabel->setAccessibleName(tr("Photo %1").arg(name));
    m_area = new QScrollArea(this);
    m_area->setObjectName(QStringLiteral("attachmentScrollArea"));
    m_area->setWidget(m_imageLabel);
    m_area->setAlignment(Qt::AlignCenter);
    m_area->setBackgroundRole(QPalette::Dark);

    auto *buttons = new QDialogButtonBox(this);
    auto *fitButton = buttons->addButton(tr("Actual size"), QDialogButtonBox::ActionRole);
    fitButton->setObjectName(QStringLiteral("attachmentFitPushButton"));
    auto *saveButton = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("attachmentSavePushButton"));
    auto *closeButton = buttons->addButton(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("attachmentClosePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &AttachmentViewer::saveAs);
    connect(fitButton, &QPushButton::clicked, this, [this, fitButton] {
        m_fit = !m_fit;
        fitButton->setText(m_fit ? tr("Actual size") : tr("Fit to window"));
        showScaled();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(captionLabel);
    layout->addWidget(m_area, 1);
    layout->addWidget(buttons);
    resize(900, 680);
    showScaled();
}

void AttachmentViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        showScaled();
}

void AttachmentViewer::showScaled()
{
    if (m_image.isNull())
        return;
    const QSize room = m_area->viewport()->size() - QSize(4, 4);
    const QImage shown = m_fit && (m_image.width() > room.width() || m_image.height() > room.height())
                             ? m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : m_image;
    m_imageLabel->setPixmap(QPixmap::fromImage(shown));
    m_imageLabel->resize(shown.size());
}

void AttachmentViewer::saveAs()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the attachment"), m_name);
    if (file.isEmpty())
        return;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_bytes) != m_bytes.size())
        QMessageBox::warning(this, tr("Save the attachment"),
                             tr("The file could not be written to %1: %2").arg(file, out.errorString()));
}

} // namespace rabeg
