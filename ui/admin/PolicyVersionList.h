#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace rabeg {

class LocalCache;

// Who changed what: every version of the SLA policy and the calendar published through the hub, as the log's
// reference stream brought them to this workstation (PublishedPolicy.h), with author, time (WIB) and reason.
class PolicyVersionList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyVersionList)

public:
    explicit PolicyVersionList(LocalCache &cache, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LocalCache &m_cache;
    QLabel *m_title;
    QTreeWidget *m_tree;
};

} // namespace rabeg
