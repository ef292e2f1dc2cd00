#include "AuditText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// An account as the log records it: "role, OPD" (inactive said when so).
QString accountText(const QJsonObject &account)
{
    QString text = roleText(account.value(u"role"_s).toString());
    if (const QString opd = account.value(u"opd"_s).toString(); !opd.isEmpty())
        text += u" "_s + opd;
    if (!account.value(u"active"_s).toBool(true))
        text += u" ("_s + QCoreApplication::translate("AuditText", "inactive") + u")"_s;
    return text;
}

// A payload's own scalar fields, for a type this client does not know.
QString fieldsText(const QJsonObject &payload)
{
    QStringList parts;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.key() == u"reason"_s || it.key() == u"why"_s)
            continue;
        const QJsonValue value = it.value();
        if (value.isString())
            parts.append(it.key() + u": "_s + value.toString());
        else if (value.isDouble())
            parts.append(it.key() + u": "_s + QString::number(value.toDouble()));
        else if (value.isBool())
            parts.append(it.key() + u": "_s + (value.toBool() ? u"true"_s : u"false"_s));
        else if (value.isArray())
            parts.append(it.key() + u": ["_s + QString::number(value.toArray().size()) + u"]"_s);
    }
    const QString text = parts.join(u"; "_s);
    return text.size() > 240 ? text.left(239) + QChar(0x2026) : text;
}

} // namespace

QString roleText(const QString &code)
{
    // Each text written out in a translate() call, so that lupdate finds it.
    if (code == u"operator")
        return QCoreApplication::translate("AuditText", "operator");
    if (code == u"supervisor")
        return QCoreApplication::translate("AuditText", "supervisor");
    if (code == u"liaison")
        return QCoreApplication::translate("AuditText", "OPD liaison");
    if (code == u"trainer")
        return QCoreApplication::translate("AuditText", "trainer");
    if (code == u"admin")
        return QCoreApplication::translate("AuditText", "admin");
    return code;
}

QString auditKindText(const QString &type)
{
    if (type == u"sla_policy_published")
        return QCoreApplication::translate("AuditText", "SLA policy");
    if (type == u"calendar_published")
        return QCoreApplication::translate("AuditText", "Calendar");
    if (type == u"sop_published")
        return QCoreApplication::translate("AuditText", "SOP template");
    if (type == u"sop_draft_submitted")
        return QCoreApplication::translate("AuditText", "SOP draft");
    if (type == u"user_created")
        return QCoreApplication::translate("AuditText", "Account created");
    if (type == u"user_changed")
        return QCoreApplication::translate("AuditText", "Account changed");
    if (type == u"user_password_reset")
        return QCoreApplication::translate("AuditText", "Password reset");
    if (type == u"user_deactivated")
        return QCoreApplication::translate("AuditText", "Account deactivated");
    if (type == u"user_reactivated")
        return QCoreApplication::translate("AuditText", "Account reactivated");
    QString words = type;
    words.replace(u'_', u' ');
    return words.isEmpty() ? words : words.at(0).toUpper() + words.mid(1);
}

QString auditSummary(const QString &type, const QJsonObject &payload)
{
    const QString user = payload.value(u"username"_s).toString();
    const QJsonObject before = payload.value(u"before"_s).toObject();
    const QJsonObject after = payload.value(u"after"_s).toObject();
    if (type == u"sla_policy_published" || type == u"calendar_published")
        return QCoreApplication::translate("AuditText", "Version %1").arg(payload.value(u"version"_s).toInt());
    if (type == u"sop_published" || type == u"sop_draft_submitted")
        return QCoreApplication::translate("AuditText", "%1, service %2: version %3")
            .arg(payload.value(u"opd"_s).toString(), payload.value(u"service"_s).toString())
            .arg(payload.value(u"version"_s).toInt());
    if (type == u"user_created")
        return QCoreApplication::translate("AuditText", "%1 (%2): %3")
            .arg(user, after.value(u"name"_s).toString(), accountText(after));
    if (type == u"user_changed") {
        QString text = QCoreApplication::translate("AuditText", "%1: %2 \u2192 %3")
                           .arg(user, accountText(before), accountText(after));
        if (before.value(u"name"_s) != after.value(u"name"_s))
            text += u"; "_s
                + QCoreApplication::translate("AuditText", "name %1 \u2192 %2")
                      .arg(before.value(u"name"_s).toString(), after.value(u"name"_s).toString());
        return text;
    }
    if (type.startsWith(u"user_"_s) && !user.isEmpty())
        return user + u" ("_s + accountText(after) + u")"_s;
    return fieldsText(payload);
}

QString auditReason(const QJsonObject &payload)
{
    return payload.contains(u"reason"_s) ? payload.value(u"reason"_s).toString() : payload.value(u"why"_s).toString();
}

} // namespace rabeg
