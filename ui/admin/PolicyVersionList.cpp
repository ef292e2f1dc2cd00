#include "PolicyVersionList.h"

#include "AdminText.h"
#include "store/PublishedPolicy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

PolicyVersionList::PolicyVersionList(LocalCache &cache, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_title(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(u"policyVersionList"_s);
    m_title->setObjectName(u"policyVersionsLabel"_s);
    m_title->setBuddy(m_tree);
    m_tree->setObjectName(u"policyVersionsTreeWidget"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(5);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    retranslate();
}

void PolicyVersionList::refresh()
{
    m_tree->clear();
    const auto versions = publishedVersions(m_cache);
    if (!versions.ok())
        return;
    // Newest first: the version in force heads each kind.
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, it->calendar ? tr("Calendar") : tr("SLA policy"));
        item->setText(1, QString::number(it->version));
        item->setText(2, it->by);
        item->setText(3, wibText(it->at));
        item->setText(4, it->why);
    }
}

void PolicyVersionList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void PolicyVersionList::retranslate()
{
    m_title->setText(tr("Published &versions (who changed what; from the hub's log, as synced)"));
    m_tree->setHeaderLabels({tr("What"), tr("Version"), tr("Published by"), tr("When"), tr("Why")});
    m_tree->setAccessibleName(tr("Published versions of the SLA policy and the calendar"));
}

} // namespace rabeg
