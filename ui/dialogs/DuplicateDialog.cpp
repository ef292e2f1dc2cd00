#include "DuplicateDialog.h"

#include "Labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

DuplicateDialog::DuplicateDialog(const QString &trackingId, const QList<DuplicateCandidate> &candidates,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("duplicateDialog"));
    setWindowTitle(tr("Mark %1 as a duplicate").arg(trackingId));
    auto *intro = new QLabel(candidates.isEmpty()
                                 ? tr("No similar complaint of the same service and kecamatan is in the local cache.")
                                 : tr("Similar complaints of the same service and kecamatan, the most similar first:"),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateCandidatesListWidget"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    for (const DuplicateCandidate &c : candidates) {
        auto *item = new QListWidgetItem(c.trackingId + u"  "_s + c.title + u"  ("_s + Labels::state(c.state) + u", "_s
                                             + Labels::wib(c.receivedAt) + u')',
                                         m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(item->text());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(u'x') * 80);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("duplicateNoteLineEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setPlaceholderText(tr("Note (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark as duplicate"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!candidates.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noteEdit);
    layout->addWidget(buttons);
    m_list->setFocus();
}

bool DuplicateDialog::hasCandidates() const { return m_list->count() > 0; }

QJsonObject DuplicateDialog::payload() const
{
    QJsonObject payload;
    if (const QListWidgetItem *item = m_list->currentItem())
        payload.insert(u"duplicate_of"_s, item->data(Qt::UserRole).toString());
    if (const QString note = m_noteEdit->text().trimmed(); !note.isEmpty())
        payload.insert(u"note"_s, note);
    return payload;
}

} // namespace rabeg
