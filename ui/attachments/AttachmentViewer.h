#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace rabeg {

// A photo attached to a complaint, shown from memory (never from a file: attachments are personal data and are not
// kept on the workstation). Fit to the window at first; "Actual size" and "Fit" switch; "Save as…" writes a copy
// only where the person chooses. Deleted, with the image, when closed.
class AttachmentViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentViewer)

public:
    AttachmentViewer(const QImage &image, const QByteArray &bytes, const QString &name, const QString &caption,
                     QWidget *parent = nullptr);

    const QImage &image() const { return m_image; }
    bool fitted() const { return m_fit; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showScaled();
    void saveAs();

    QImage m_image;
    QByteArray m_bytes;
    QString m_name;
    bool m_fit = true;
    QScrollArea *m_area = nullptr;
    QLabel *m_imageLabel = nullptr;
};

} // namespace rabeg
