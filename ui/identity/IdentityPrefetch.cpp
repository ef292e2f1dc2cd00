#include "IdentityPrefetch.h"

#include "OperatorSession.h"
#include "UiLog.h"
#include "WorkstationVault.h"
#include "store/ComplaintRepository.h"
#include "sync/SyncWorker.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace rabeg {

IdentityPrefetch::IdentityPrefetch(OperatorSession &session, WorkstationVault &vault)
    : QObject(&vault), m_session(session), m_vault(vault)
{
    if (SyncWorker *sync = session.sync())
        connect(sync, &SyncWorker::hubAnswered, this, &IdentityPrefetch::answered);
}

void IdentityPrefetch::run()
{
    SyncWorker *sync = m_session.sync();
    if (!sync || !m_session.hubOnline() || !m_vault.available() || m_ticket != 0)
        return;
    const auto rows = ComplaintRepository(m_session.cache()).page(std::nullopt, kScanned, {});
    if (!rows.ok()) {
        qCWarning(lcUi).noquote() << rows.error().message;
        return;
    }
    purgeClosed(rows.value());
    const QList<QUuid> kept = m_vault.keptIdentities().value_or({});
    if (kept.size() >= kMaxKept)
        return;
    const QSet<QUuid> have(kept.cbegin(), kept.cend());
    const qsizetype room = std::min<qsizetype>(kPerPass, kMaxKept - kept.size());
    QJsonArray ids;
    for (const InboxRow &row : rows.value()) {
        const QUuid id = QUuid::fromString(row.id);
        // Not yet on the hub (no tracking id), anonim, no longer being worked, or already here: not asked.
        if (row.trackingId.isEmpty() || row.anonim || !isOpen(row.state) || have.contains(id) || m_asked.contains(id))
            continue;
        m_asking.append(id);
        ids.append(row.id);
        if (ids.size() >= room)
            break;
    }
    if (ids.isEmpty())
        return;
    m_ticket = WorkstationVault::nextTicket();
    sync->askHub(m_ticket, "POST", u"/api/v1/identity/prefetch"_s, {{u"complaint_ids"_s, ids}});
}

void IdentityPrefetch::purgeClosed(const QList<InboxRow> &newest)
{
    if (!m_vault.ready())
        return;
    QHash<QUuid, bool> open; // the newest complaints' states, read once; older ones one by one
    for (const InboxRow &row : newest)
        open.insert(QUuid::fromString(row.id), isOpen(row.state));
    ComplaintRepository complaints(m_session.cache());
    for (const QUuid &id : m_vault.keptIdentities().value_or({})) {
        if (const auto it = open.constFind(id); it != open.cend()) {
            if (!it.value())
                m_vault.drop(id);
            continue;
        }
        const auto complaint = complaints.find(id);
        if (complaint.ok() && (!complaint.value() || !isOpen(complaint.value()->state)))
            m_vault.drop(id);
    }
}

void IdentityPrefetch::answered(quint64 ticket, int status, const QJsonObject &body, const QString &problem)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    const QList<QUuid> asked = std::exchange(m_asking, {});
    if (status != 200) { // asked again after the next sync (a 403: the role changed, and the vault goes)
        if (status != 0)
            qCWarning(lcUi).noquote() << "the hub sent no identities for the vault:" << status << problem;
        return;
    }
    for (const QUuid &id : asked)
        m_asked.insert(id);
    for (const QJsonValue &value : body.value(u"identities"_s).toArray()) {
        QJsonObject answer = value.toObject();
        const QUuid id = QUuid::fromString(answer.take(u"complaint_id"_s).toString());
        if (!id.isNull() && asked.contains(id))
            m_vault.keep(id, answer); // sealed as an identity seen online is (identity, title, body)
    }
}

} // namespace rabeg
