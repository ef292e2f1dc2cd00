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
    if (type == u"opd_added")
        return QCoreApplication::translate("AuditText", "OPD added");
    if (type == u"opd_renamed")
        return QCoreApplication::translate("AuditText", "OPD renamed");
    if (type == u"opd_deactivated")
        return QCoreApplication::translate("AuditText", "OPD deactivated");
    if (type == u"agency_added")
        return QCoreApplication::translate("AuditText", "External agency added");
    if (type == u"agency_renamed")
        return QCoreApplication::translate("AuditText", "External agency renamed");
    if (type == u"agency_deactivated")
        return QCoreApplication::translate("AuditText", "External agency deactivated");
    if (type == u"routing_table_published")
        return QCoreApplication::translate("AuditText", "Routing table");
    if (type == u"category_added")
        return QCoreApplication::translate("AuditText", "Category added");
    if (type == u"category_renamed")
        return QCoreApplication::translate("AuditText", "Category renamed");
    if (type == u"category_moved")
        return QCoreApplication::translate("AuditText", "Category moved");
    if (type == u"category_deactivated")
        return QCoreApplication::translate("AuditText", "Category deactivated");
    if (type == u"service_added")
        return QCoreApplication::translate("AuditText", "Service added");
    if (type == u"service_renamed")
        return QCoreApplication::translate("AuditText", "Service renamed");
    if (type == u"service_moved")
        return QCoreApplication::translate("AuditText", "Service moved");
    if (type == u"service_deactivated")
        return QCoreApplication::translate("AuditText", "Service deactivated");
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
    // OPDs, agencies, the category tree and services (app/routing: ReferenceVersions.h, CategoryTree.h): the code
    // or id, then the name, or where it moved.
    const bool holder = type.startsWith(u"opd_"_s) || type.startsWith(u"agency_"_s) || type.startsWith(u"service_"_s);
    const QString key = payload.value(holder ? u"code"_s : u"id"_s).toString();
    if ((holder || type.startsWith(u"category_"_s)) && !key.isEmpty()) {
        if (type.endsWith(u"_moved"_s)) {
            const QString place = payload.value(type.startsWith(u"service_"_s) ? u"category"_s : u"parent"_s).toString();
            return place.isEmpty() ? QCoreApplication::translate("AuditText", "%1 moved to the top of the tree").arg(key)
                                   : QCoreApplication::translate("AuditText", "%1 moved under %2").arg(key, place);
        }
        return key + u": "_s + payload.value(u"name"_s).toString();
    }
    if (type == u"routing_table_published")
        return QCoreApplication::translate("AuditText", "Version %1: %2 rules")
            .arg(payload.value(u"version"_s).toInt())
            .arg(payload.value(u"rules"_s).toArray().size());
    return fieldsText(payload);
}

QString auditReason(const QJsonObject &payload)
{
    return payload.contains(u"reason"_s) ? payload.value(u"reason"_s).toString() : payload.value(u"why"_s).toString();
}

} // namespace rabeg
