#pragma once
// A workstation cache written by hand for the alert tests: complaints played command by command through the real
// lifecycle (decide, then apply) at the WIB times given, stored through ComplaintRepository as a sync stores
// them, with hub seqs that grow in the order the commands are played. The cache says it has finished its
// bootstrap, as the sync leaves it.

#include "alerts/AlertCenter.h"
#include "domain/Complaint.h"
#include "domain/Event.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace alerttest {

const rabeg::ReferenceData &shipped();
// "2026-12-12 15:00" read as WIB, returned as UTC.
QDateTime wib(const char *text);

rabeg::Actor operatorRina();
rabeg::Actor supervisorBudi();
rabeg::Actor liaisonOf(const QString &opd);
// The alerts' recipient for a person at their workstation.
rabeg::AlertRecipient recipientOf(const rabeg::Actor &actor);

class AlertCache
{
public:
    AlertCache();

    rabeg::LocalCache &cache() { return m_cache; }
    QString path() const { return m_path; }

    // Plays a command on complaint `number` (made by the first command, an intake) and stores its history.
    AlertCache &play(int number, rabeg::CommandType type, const rabeg::Actor &actor, const char *at,
                     const QJsonObject &payload = {});
    AlertCache &received(int number, const QString &title, const char *at);
    AlertCache &dispatched(int number, const char *at, const QString &opd);
    AlertCache &assigned(int number, const char *at, const rabeg::Actor &by, const QString &to);
    QUuid id(int number) const;
    // The hub's log moved on meanwhile (other scopes' events): the next event gets a seq above `seq`.
    void skipSeqTo(qint64 seq) { m_seq = std::max(m_seq, seq); }
    QString trackingId(int number) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    rabeg::LocalCache m_cache;
    qint64 m_seq = 1000;
    QHash<int, rabeg::Complaint> m_complaints;
    QHash<int, QList<rabeg::Event>> m_events;
};

// Evaluates `center` at the WIB time given and REQUIREs it to succeed.
void evaluateAt(rabeg::AlertCenter &center, const char *at);
// The headlines-free view of what is delivered: "kind tracking-id digest|now", newest delivery first.
QStringList deliveredSummary(const rabeg::AlertCenter &center);

} // namespace alerttest
