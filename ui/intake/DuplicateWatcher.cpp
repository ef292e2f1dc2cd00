#include "DuplicateWatcher.h"

#include "Labels.h"
#include "store/DuplicateFinder.h"

#include <QListWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {
constexpr int kPauseMs = 400;
constexpr int kShown = 6;
} // namespace

DuplicateWatcher::DuplicateWatcher(LocalCache &cache, QListWidget *list, QObject *parent)
    : QObject(parent), m_cache(cache), m_list(list), m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &DuplicateWatcher::searchNow);
}

void DuplicateWatcher::draftChanged(const Complaint &draft)
{
    m_draft = draft;
    m_pause->start();
}

void DuplicateWatcher::searchNow()
{
    m_pause->stop();
    m_list->clear();
    const auto found = DuplicateFinder(m_cache).candidates(m_draft, kShown);
    if (!found.ok()) {
        m_list->addItem(tr("Similar complaints cannot be looked up: %1").arg(found.error().message));
        emit searched(0);
        return;
    }
    for (const DuplicateCandidate &c : found.value()) {
        const QString number = c.trackingId.isEmpty() ? tr("(pending)") : c.trackingId;
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3 · %4").arg(number, c.title, Labels::state(c.state), Labels::wib(c.receivedAt)), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.title);
    }
    emit searched(int(found->size()));
}

int DuplicateWatcher::shown() const
{
    int count = 0;
    for (int i = 0; i < m_list->count(); ++i)
        count += m_list->item(i)->data(Qt::UserRole).isValid() ? 1 : 0;
    return count;
}

} // namespace rabeg
