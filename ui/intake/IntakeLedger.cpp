#include "IntakeLedger.h"

#include "HubRefusal.h"
#include "OperatorSession.h"
#include "identity/WorkstationVault.h"
#include "store/ComplaintRepository.h"
#include "store/OutboxView.h"

using namespace Qt::StringLiterals;

namespace rabeg {

IntakeLedger::IntakeLedger(OperatorSession &session, std::shared_ptr<HeldIdentities> identities, QWidget *parent)
    : QListWidget(parent), m_session(session), m_identities(std::move(identities))
{
    setObjectName(u"intakeLedgerListWidget"_s);
    setWordWrap(true);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(&m_session, &OperatorSession::cacheRefreshed, this, &IntakeLedger::refresh);
    // The vault seals an identity when the keychain has answered (a moment after it is held, longer when the
    // workstation's key is made first), not with a sync: the line that warned "in memory only" says so at once.
    if (const WorkstationVault *vault = WorkstationVault::of(m_session))
        connect(vault, &WorkstationVault::intakeSealingChanged, this, &IntakeLedger::refresh);
}

void IntakeLedger::add(const QUuid &complaint, const QString &title)
{
    auto *item = new QListWidgetItem;
    item->setData(Qt::UserRole, complaint);
    item->setData(Qt::UserRole + 1, title);
    insertItem(0, item);
    refresh();
}

void IntakeLedger::refresh()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *row = item(i);
        bool problem = false;
        row->setText(describe(row->data(Qt::UserRole).toUuid(), row->data(Qt::UserRole + 1).toString(), &problem));
        row->setForeground(problem ? QColor(0xb0, 0x3a, 0x00) : palette().color(QPalette::Text));
    }
}

QString IntakeLedger::lineOf(const QUuid &complaint) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toUuid() == complaint)
            return item(i)->text();
    }
    return {};
}

QString IntakeLedger::describe(const QUuid &complaint, const QString &title, bool *problem) const
{
    const auto cached = ComplaintRepository(m_session.cache()).find(complaint);
    if (cached.ok() && cached.value() && !cached.value()->trackingId.isEmpty())
        return tr("%1 — on the hub as %2").arg(title, cached.value()->trackingId);
    if (const auto entries = OutboxView(m_session.cache()).forComplaint(complaint); entries.ok()) {
        for (const OutboxEntry &entry : entries.value()) {
            if (entry.command.type == CommandType::Intake && entry.status != u"pending"_s) {
                *problem = true;
                return tr("%1 — refused by the hub: %2").arg(title, HubRefusal::text(entry.errorCode, entry.errorMessage));
            }
        }
    }
    if (m_identities && m_identities->isSealed(complaint)) {
        return tr("%1 — pending, waiting for the hub. The reporter's identity is kept encrypted on this computer "
                  "until the hub has it.")
            .arg(title);
    }
    if (m_identities && m_identities->holds(complaint)) {
        *problem = true;
        return tr("%1 — pending, waiting for the hub. The reporter's identity is held in memory only: it is lost "
                  "if Rabeg closes before the hub is reached.")
            .arg(title);
    }
    return tr("%1 — pending, waiting for the hub (no tracking number yet).").arg(title);
}

} // namespace rabeg
