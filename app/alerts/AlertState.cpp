#include "AlertState.h"

#include "codec/WireTime.h"
#include "store/LocalCache.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

const QString kMetaKey = u"alerts_state"_s;

} // namespace

AlertState AlertState::load(const LocalCache &cache)
{
    AlertState state;
    const QJsonObject json = QJsonDocument::fromJson(cache.meta(kMetaKey).toUtf8()).object();
    if (json.isEmpty())
        return state;
    state.baselined = json.value(u"baselined"_s).toBool();
    state.bootstrapHead = json.value(u"bootstrap_head"_s).toInteger();
    state.lastSeq = json.value(u"last_seq"_s).toInteger();
    const QString eventAt = json.value(u"last_event_at"_s).toString();
    state.lastEventAt = eventAt.isEmpty() ? QDateTime() : parseWireTime(eventAt);
    const QString evaluation = json.value(u"last_evaluation"_s).toString();
    state.lastEvaluation = evaluation.isEmpty() ? QDateTime() : parseWireTime(evaluation);
    for (const QJsonValue &key : json.value(u"raised"_s).toArray())
        state.noteRaised(key.toString());
    for (const QJsonValue &value : json.value(u"alerts"_s).toArray()) {
        if (auto alert = Alert::fromJson(value.toObject()))
            state.alerts.append(*alert);
    }
    return state;
}

Status AlertState::save(LocalCache &cache) const
{
    QJsonArray alertsJson;
    for (const Alert &alert : alerts)
        alertsJson.append(alert.toJson());
    const QJsonObject json {
        {u"baselined"_s, baselined},
        {u"bootstrap_head"_s, bootstrapHead},
        {u"last_seq"_s, lastSeq},
        {u"last_event_at"_s, lastEventAt.isValid() ? toWireTime(lastEventAt) : QString()},
        {u"last_evaluation"_s, lastEvaluation.isValid() ? toWireTime(lastEvaluation) : QString()},
        {u"raised"_s, QJsonArray::fromStringList(m_keyOrder)},
        {u"alerts"_s, alertsJson},
    };
    return cache.setMeta(kMetaKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

void AlertState::noteRaised(const QString &key)
{
    if (key.isEmpty() || m_keys.contains(key))
        return;
    m_keys.insert(key);
    m_keyOrder.append(key);
}

void AlertState::prune()
{
    while (m_keyOrder.size() > kKeptKeys)
        m_keys.remove(m_keyOrder.takeFirst());
    qsizetype delivered = 0;
    for (const Alert &alert : alerts)
        delivered += alert.delivered() ? 1 : 0;
    for (auto it = alerts.begin(); it != alerts.end() && delivered > kKeptDelivered;) {
        if (it->delivered()) {
            it = alerts.erase(it);
            --delivered;
        } else {
            ++it;
        }
    }
}

} // namespace rabeg
