#include "Alert.h"

#include "codec/WireTime.h"

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

struct KindCode
{
    AlertKind kind;
    const char16_t *code;
};

constexpr KindCode kKinds[] = {
    {AlertKind::NewComplaint, u"new_complaint"},     {AlertKind::Dispatched, u"dispatched"},
    {AlertKind::AssignedToMe, u"assigned_to_me"},    {AlertKind::DeadlineWarning, u"deadline_warning"},
    {AlertKind::Conflict, u"conflict"},
};

QString timeText(const QDateTime &at)
{
    return at.isValid() ? toWireTime(at) : QString();
}

QDateTime timeOf(const QJsonObject &json, const QString &key)
{
    const QString text = json.value(key).toString();
    return text.isEmpty() ? QDateTime() : parseWireTime(text);
}

} // namespace

QString toCode(AlertKind kind)
{
    for (const KindCode &k : kKinds) {
        if (k.kind == kind)
            return QString::fromUtf16(k.code);
    }
    return {};
}

std::optional<AlertKind> alertKindFromCode(const QString &code)
{
    for (const KindCode &k : kKinds) {
        if (code == QStringView(k.code))
            return k.kind;
    }
    return std::nullopt;
}

QList<AlertKind> allAlertKinds()
{
    QList<AlertKind> kinds;
    for (const KindCode &k : kKinds)
        kinds.append(k.kind);
    return kinds;
}

QJsonObject Alert::toJson() const
{
    return {{u"key"_s, key},
            {u"kind"_s, toCode(kind)},
            {u"complaint"_s, complaint.toString(QUuid::WithoutBraces)},
            {u"tracking_id"_s, trackingId},
            {u"title"_s, title},
            {u"detail"_s, detail},
            {u"due_at"_s, timeText(dueAt)},
            {u"happened_at"_s, timeText(happenedAt)},
            {u"raised_at"_s, timeText(raisedAt)},
            {u"digest_at"_s, timeText(digestAt)},
            {u"delivered_at"_s, timeText(deliveredAt)},
            {u"read"_s, read}};
}

std::optional<Alert> Alert::fromJson(const QJsonObject &json)
{
    const auto kind = alertKindFromCode(json.value(u"kind"_s).toString());
    if (!kind || json.value(u"key"_s).toString().isEmpty())
        return std::nullopt;
    Alert alert;
    alert.key = json.value(u"key"_s).toString();
    alert.kind = *kind;
    alert.complaint = QUuid::fromString(json.value(u"complaint"_s).toString());
    alert.trackingId = json.value(u"tracking_id"_s).toString();
    alert.title = json.value(u"title"_s).toString();
    alert.detail = json.value(u"detail"_s).toString();
    alert.dueAt = timeOf(json, u"due_at"_s);
    alert.happenedAt = timeOf(json, u"happened_at"_s);
    alert.raisedAt = timeOf(json, u"raised_at"_s);
    alert.digestAt = timeOf(json, u"digest_at"_s);
    alert.deliveredAt = timeOf(json, u"delivered_at"_s);
    alert.read = json.value(u"read"_s).toBool();
    return alert;
}

} // namespace rabeg
