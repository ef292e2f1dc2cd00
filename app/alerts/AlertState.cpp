#include "AlertState.h"

#include "codec/WireTime.h"
#include "store/LocalCache.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

const QString kMetaKey = u"alerts_state"_s;
const QString kCursorKey = u"alerts_cursor"_s;

QDateTime timeOf(const QJsonObject &json, const QString &name)
{
    const QString text = json.value(name).toString();
    return text.isEmpty() ? QDateTime() : parseWireTime(text);
}

void readCursor(const QJsonObject &json, AlertState &state)
{
    state.baselined = json.value(u"baselined"_s).toBool();
    state.bootstrapHead = json.value(u"bootstrap_head"_s).toInteger();
    state.lastSeq = json.value(u"last_seq"_s).toInteger();
    state.lastEventAt = timeOf(json, u"last_event_at"_s);
    state.lastEvaluation = timeOf(json, u"last_evaluation"_s);
}

QJsonObject cursorJson(const AlertState &state)
{
    return {
        {u"baselined"_s, state.baselined},
        {u"bootstrap_head"_s, state.bootstrapHead},
        {u"last_seq"_s, state.lastSeq},
        {u"last_event_at"_s, state.lastEventAt.isValid() ? toWireTime(state.lastEventAt) : QString()},
        {u"last_evaluation"_s, state.lastEvaluation.isValid() ? toWireTime(state.lastEvaluation) : QString()},
    };
}

} // namespace

AlertState AlertState::load(const LocalCache &cache)
{
    AlertState state;
    const QJsonObject json = QJsonDocument::fromJson(cache.meta(kMetaKey).toUtf8()).object();
    const QJsonObject cursor = QJsonDocument::fromJson(cache.meta(kCursorKey).toUtf8()).object();
    if (json.isEmpty() && cursor.isEmpty())
        return state;
    readCursor(json, state);
    // The cursor alone is written by the evaluations that changed nothing else; the later of the two counts.
    if (!cursor.isEmpty() && timeOf(cursor, u"last_evaluation"_s) >= state.lastEvaluation)
        readCursor(cursor, state);
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
    QJsonObject json = cursorJson(*this);
    json.insert(u"raised"_s, QJsonArray::fromStringList(m_keyOrder));
    json.insert(u"alerts"_s, alertsJson);
    if (Status status = cache.setMeta(kMetaKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))))
        return status;
    return saveCursor(cache); // so that an older cursor alone never counts over this
}

Status AlertState::saveCursor(LocalCache &cache) const
{
    return cache.setMeta(kCursorKey, QString::fromUtf8(QJsonDocument(cursorJson(*this)).toJson(QJsonDocument::Compact)));
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
