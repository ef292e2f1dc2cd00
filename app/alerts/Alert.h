#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace rabeg {

// What an alert tells its recipient (issue 14, docs/alerts.md). Each kind can be muted per user.
enum class AlertKind { NewComplaint, Dispatched, AssignedToMe, DeadlineWarning, Conflict };

QString toCode(AlertKind kind);
std::optional<AlertKind> alertKindFromCode(const QString &code);
QList<AlertKind> allAlertKinds();

// One alert as the notification list keeps it. `key` is what makes it once only (the event id, the clock and
// cycle, the conflicting command). An alert raised outside the recipient's working hours waits for the digest of
// `digestAt` (the start of the next working period); `deliveredAt` is invalid until it is shown.
struct Alert
{
    QString key;
    AlertKind kind = AlertKind::NewComplaint;
    QUuid complaint;
    QString trackingId;
    QString title;
    QString detail; // the OPD of a dispatch, the clock's name of a warning, who assigned, the command's code of a conflict
    QDateTime dueAt; // a warning's due time
    QDateTime happenedAt; // hub time of the event, of the clock's crossing into warning, of the conflict's arrival
    QDateTime raisedAt;   // hub time of the evaluation that found it
    QDateTime digestAt;   // invalid: delivered at once; else delivered in the digest of this working period
    QDateTime deliveredAt;
    bool read = false;

    bool delivered() const { return deliveredAt.isValid(); }
    bool inDigest() const { return digestAt.isValid(); }

    QJsonObject toJson() const;
    static std::optional<Alert> fromJson(const QJsonObject &json);

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace rabeg
