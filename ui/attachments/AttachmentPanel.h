#pragma once

#include "OperatorSession.h"
#include "attachments/AttachmentMeta.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rabeg {

class AttachmentViewer;

// A complaint's attachments in its detail (docs/attachments.md): the list comes from the synced history (metadata
// only: name, type, size, who); opening one asks the hub for its bytes on the sync thread and holds them in memory
// only: a photo in AttachmentViewer; a PDF in the desktop's PDF viewer, through a copy in a private temporary folder
// of this process (owner-only, deleted when Rabeg ends), or written where the person chooses ("Save as…") when no
// viewer opens; never into the cache or a file beside it. "Add attachment…" uploads a photo or a PDF for the roles that may; the hub's refusals (too
// large, not a photo or PDF, out of scope) are shown as its sentences.
class AttachmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentPanel)

public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024; // the hub's limit (hub/AttachmentRoute.h)

    explicit AttachmentPanel(OperatorSession &session, QWidget *parent = nullptr);

    void showFor(const QUuid &complaintId, const QList<Event> &history);
    const QList<AttachmentMeta> &attachments() const { return m_list; }
    // Fetches the attachment at `row` from the hub and shows it (a photo) or offers to save it (a PDF).
    void open(int row);
    // Uploads the file at `path` (the file dialog's answer, or a test's).
    void upload(const QString &path);
    AttachmentViewer *viewer() const;
    QString statusText() const;

signals:
    void uploaded(const QUuid &complaintId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openSelected();
    void chooseFile();
    void transferred(quint64 ticket, int status, const QByteArray &body, const QString &contentType,
                     const QString &sha256, const QString &problem);
    void showFetched(const AttachmentMeta &meta, const QByteArray &bytes);
    // The path of the copy the desktop's viewer was asked to open; empty when none could be.
    static QString openInViewer(const AttachmentMeta &meta, const QByteArray &bytes);
    void say(const QString &sentence, bool problem);
    void refreshButtons();
    void retranslate();

    OperatorSession &m_session;
    QUuid m_id;
    QList<AttachmentMeta> m_list;
    quint64 m_ticket = 0;        // the transfer in flight; 0: none
    AttachmentMeta m_fetching;   // what it fetches (null id: an upload)
    QString m_uploadName;
    QPointer<AttachmentViewer> m_viewer;
    QLabel *m_headingLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace rabeg
