#include "AttachmentPanel.h"

#include "AttachmentViewer.h"
#include "HubRefusal.h"
#include "domain/Lifecycle.h"
#include "sync/SyncWorker.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

quint64 nextTicket()
{
    static quint64 counter = 0; // the GUI thread's only
    return ++counter;
}

QString typeText(const QString &mime)
{
    if (mime == u"application/pdf"_s)
        return u"PDF"_s;
    if (mime.startsWith(u"image/"_s))
        return mime.mid(6).toUpper();
    return mime;
}

} // namespace

AttachmentPanel::AttachmentPanel(OperatorSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("attachmentPanel"));
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("attachmentsHeadingLabel"));
    QFont bold = m_headingLabel->font();
    bold.setBold(true);
    m_headingLabel->setFont(bold);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("attachmentsTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnCount(4);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("attachmentStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setVisible(false);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openAttachmentPushButton"));
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addAttachmentPushButton"));

    // The heading and the buttons on one line: the detail's history and checklist below keep the height.
    auto *top = new QHBoxLayout;
    top->addWidget(m_headingLabel);
    top->addSpacing(12);
    top->addWidget(m_openButton);
    top->addWidget(m_addButton);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree);
    layout->addWidget(m_statusLabel);

    connect(m_openButton, &QPushButton::clicked, this, &AttachmentPanel::openSelected);
    connect(m_addButton, &QPushButton::clicked, this, &AttachmentPanel::chooseFile);
    connect(m_tree, &QTreeWidget::itemActivated, this, &AttachmentPanel::openSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AttachmentPanel::refreshButtons);
    if (SyncWorker *sync = m_session.sync())
        connect(sync, &SyncWorker::attachmentTransferred, this, &AttachmentPanel::transferred);
    retranslate();
    showFor({}, {});
}

void AttachmentPanel::showFor(const QUuid &complaintId, const QList<Event> &history)
{
    if (complaintId != m_id) {
        m_ticket = 0; // an answer for the complaint shown before is not shown here
        say({}, false);
    }
    m_id = complaintId;
    m_list = attachmentsOf(history);
    const QUuid current = m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toUuid() : QUuid();
    m_tree->clear();
    const QLocale locale;
    for (const AttachmentMeta &meta : std::as_const(m_list)) {
        auto *item = new QTreeWidgetItem(m_tree, {meta.name, typeText(meta.type), locale.formattedDataSize(meta.size),
                                                  meta.addedBy});
        item->setData(0, Qt::UserRole, meta.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("SHA-256 %1").arg(meta.sha256));
        if (meta.id == current)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_tree->setVisible(!m_list.isEmpty());
    // Room for the rows there are, up to four (then it scrolls): the history below keeps its space.
    const int rows = std::clamp(int(m_list.size()), 1, 4);
    m_tree->setFixedHeight(m_tree->header()->sizeHint().height() + rows * (fontMetrics().height() + 8)
                           + 2 * m_tree->frameWidth());
    retranslate();
    refreshButtons();
}

void AttachmentPanel::refreshButtons()
{
    const Actor &actor = m_session.actor();
    m_addButton->setVisible(!m_id.isNull() && roleMayIssue(actor.role, CommandType::AddAttachment));
    m_addButton->setEnabled(m_ticket == 0);
    m_openButton->setVisible(!m_list.isEmpty());
    m_openButton->setEnabled(m_ticket == 0 && m_tree->currentItem());
}

void AttachmentPanel::openSelected()
{
    if (QTreeWidgetItem *item = m_tree->currentItem())
        open(m_tree->indexOfTopLevelItem(item));
}

void AttachmentPanel::open(int row)
{
    if (row < 0 || row >= m_list.size() || m_ticket != 0)
        return;
    SyncWorker *sync = m_session.sync();
    if (!sync || !m_session.hubOnline()) {
        say(tr("Attachments are kept only on the hub, which cannot be reached now. Open it again when the status "
               "says online."),
            true);
        return;
    }
    m_fetching = m_list.at(row);
    m_ticket = nextTicket();
    say(tr("Fetching %1 from the hub…").arg(m_fetching.name), false);
    refreshButtons();
    sync->transferAttachment(m_ticket, {m_id, m_fetching.id, {}, {}, {}});
}

void AttachmentPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add an attachment"), QString(),
        tr("Photos and PDF documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)"));
    if (!path.isEmpty())
        upload(path);
}

void AttachmentPanel::upload(const QString &path)
{
    if (m_id.isNull() || m_ticket != 0)
        return;
    QFile file(path);
    if (file.size() > kMaxBytes) {
        say(tr("%1 is larger than 10 MB: the hub accepts photos and PDF documents up to 10 MB. Send a smaller photo "
               "or split the document.").arg(QFileInfo(path).fileName()),
            true);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
        return;
    }
    SyncWorker *sync = m_session.sync();
    if (!sync || !m_session.hubOnline()) {
        say(tr("Attachments go straight to the hub, which cannot be reached now. Add it again when the status says "
               "online."),
            true);
        return;
    }
    m_fetching = {};
    m_uploadName = QFileInfo(path).fileName();
    m_ticket = nextTicket();
    say(tr("Sending %1 to the hub…").arg(m_uploadName), false);
    refreshButtons();
    sync->transferAttachment(m_ticket, {m_id, {}, m_uploadName, file.readAll(), QUuid::createUuid()});
}

void AttachmentPanel::transferred(quint64 ticket, int status, const QByteArray &body, const QString &contentType,
                                  const QString &sha256, const QString &problem)
{
    Q_UNUSED(contentType);
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    refreshButtons();
    AttachmentReply reply{status, body, {}, sha256};
    const bool upload = m_fetching.id.isNull();
    if (status == 0) {
        say(problem == u"not_signed_in"_s ? tr("Sign in to the hub first: attachments are kept only there.")
                                          : tr("The hub could not be reached: %1").arg(problem),
            true);
    } else if (upload && status == 201) {
        say(tr("%1 was added. It is listed here after the next sync.").arg(m_uploadName), false);
        if (SyncWorker *sync = m_session.sync())
            sync->syncSoon();
        emit uploaded(m_id);
    } else if (!upload && status == 200) {
        showFetched(m_fetching, body);
    } else {
        const QString why = HubRefusal::text(reply.errorCode(), reply.errorMessage());
        say(upload ? tr("%1 was not added: %2").arg(m_uploadName, why)
                   : tr("%1 could not be opened: %2").arg(m_fetching.name, why),
            true);
    }
}

void AttachmentPanel::showFetched(const AttachmentMeta &meta, const QByteArray &bytes)
{
    // The bytes must be the ones the synced metadata names: anything else is not shown.
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (digest != meta.sha256) {
        say(tr("%1 arrived damaged (its SHA-256 differs from the one recorded at upload); it is not shown. Try "
               "again.").arg(meta.name),
            true);
        return;
    }
    const QString caption = tr("%1 · %2 · added by %3 on %4")
                                .arg(meta.name, QLocale().formattedDataSize(meta.size), meta.addedBy,
                                     QLocale().toString(meta.at.toOffsetFromUtc(7 * 3600), QLocale::ShortFormat));
    if (meta.isImage()) {
        const QImage image = QImage::fromData(bytes);
        if (image.isNull()) {
            say(tr("%1 is a photo this workstation cannot show. Save it and open it elsewhere.").arg(meta.name), true);
            return;
        }
        if (m_viewer)
            m_viewer->close();
        m_viewer = new AttachmentViewer(image, bytes, meta.name, caption, window());
        m_viewer->show();
        say({}, false);
        return;
    }
    // A PDF opens in the desktop's PDF viewer, which needs a file: written into this session's private folder
    // (owner-only, removed when Rabeg ends), never into the cache's folder. Without a viewer: "Save as…".
    if (const QString opened = openInViewer(meta, bytes); !opened.isEmpty()) {
        say(tr("%1 opened in the PDF viewer; its copy for the viewer is removed when Rabeg closes.").arg(meta.name),
            false);
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the attachment"), meta.name,
                                                      tr("PDF documents (*.pdf)"));
    if (file.isEmpty()) {
        say({}, false);
        return;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        say(tr("%1 could not be written to %2: %3").arg(meta.name, file, out.errorString()), true);
        return;
    }
    say(tr("%1 was saved to %2. Open it with your PDF viewer.").arg(meta.name, file), false);
}

QString AttachmentPanel::openInViewer(const AttachmentMeta &meta, const QByteArray &bytes)
{
    // One private folder per process (QTemporaryDir makes it 0700), deleted with everything in it at exit.
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/rabeg-attachments-XXXXXX"));
    if (!folder.isValid())
        return {};
    static const QRegularExpression unsafe(QStringLiteral("[^\\w .()-]"));
    QString name = QFileInfo(meta.name).fileName().replace(unsafe, u"_"_s);
    if (!name.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        name += u".pdf"_s;
    const QString path = folder.filePath(meta.id.toString(QUuid::WithoutBraces).left(8) + u'-' + name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return {};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QFile::remove(path);
        return {};
    }
    return path;
}

void AttachmentPanel::say(const QString &sentence, bool problem)
{
    m_statusLabel->setStyleSheet(problem ? QStringLiteral("color:#b01c1c; font-weight:bold")
                                         : QStringLiteral("color:#444"));
    m_statusLabel->setText(sentence);
    m_statusLabel->setVisible(!sentence.isEmpty());
}

QString AttachmentPanel::statusText() const { return m_statusLabel->text(); }

AttachmentViewer *AttachmentPanel::viewer() const { return m_viewer; }

void AttachmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttachmentPanel::retranslate()
{
    m_headingLabel->setText(m_list.isEmpty() ? tr("Attachments: none") : tr("Attachments (%1)").arg(m_list.size()));
    m_tree->setHeaderLabels({tr("Name"), tr("Type"), tr("Size"), tr("Added by")});
    m_tree->setAccessibleName(tr("Attachments"));
    m_openButton->setText(tr("Open attachment"));
    m_addButton->setText(tr("Add attachment…"));
}

} // namespace rabeg
