#include "OwnershipFixture.h"

#include "InboxModel.h"
#include "InboxView.h"
#include "MainWindow.h"

#include <QTableView>

using namespace Qt::StringLiterals;

namespace rabeg::test {

QString hubOwner(TestHub &hub, const QUuid &id)
{
    const auto complaint = hub.store().complaint(id);
    REQUIRE(complaint.ok());
    REQUIRE(complaint.value());
    return complaint.value()->assignee;
}

QSet<QUuid> listed(HubWorkspace &w)
{
    QAbstractItemModel *model = w.window().inbox()->table()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QSet<QUuid> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(QUuid::fromString(model->index(row, 0).data(InboxModel::ComplaintIdRole).toString()));
    return ids;
}

QUuid ownedBy(TestHub &hub, const QString &owner, const QString &title)
{
    const QUuid id = hub.intake(u"supervisor"_s, title);
    hub.run(owner, CommandType::Claim, id, {});
    return id;
}

} // namespace rabeg::test
