#include "SavedFilters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rabeg {

SavedFilters::SavedFilters(QSettings &settings, QString user)
    : m_settings(settings), m_user(user), m_key(u"savedFilters/"_s + (user.isEmpty() ? u"local"_s : user))
{
}

QJsonObject SavedFilters::toJson(const InboxCriteria &c)
{
    return {{u"state"_s, c.state},
            {u"opd"_s, c.opd},
            {u"categories"_s, QJsonArray::fromStringList(c.categories)},
            {u"kecamatan"_s, c.kecamatan},
            {u"escalated"_s, c.escalatedOnly},
            {u"pending"_s, c.pendingOnly},
            {u"overdue"_s, c.overdueOnly},
            {u"assigned_to_me"_s, !c.assignedTo.isEmpty()},
            {u"text"_s, c.text},
            {u"oldest_first"_s, c.oldestFirst}};
}

InboxCriteria SavedFilters::fromJson(const QJsonObject &json, const QString &me)
{
    InboxCriteria c;
    c.state = json.value(u"state"_s).toString();
    c.opd = json.value(u"opd"_s).toString();
    for (const QJsonValue &v : json.value(u"categories"_s).toArray())
        c.categories.append(v.toString());
    c.kecamatan = json.value(u"kecamatan"_s).toString();
    c.escalatedOnly = json.value(u"escalated"_s).toBool();
    c.pendingOnly = json.value(u"pending"_s).toBool();
    c.overdueOnly = json.value(u"overdue"_s).toBool();
    if (json.value(u"assigned_to_me"_s).toBool())
        c.assignedTo = me;
    c.text = json.value(u"text"_s).toString();
    c.oldestFirst = json.value(u"oldest_first"_s).toBool();
    return c;
}

QList<SavedFilters::Entry> SavedFilters::entries() const
{
    QList<Entry> out;
    const QJsonArray array = QJsonDocument::fromJson(m_settings.value(m_key).toByteArray()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name"_s).toString();
        if (!name.isEmpty())
            out.append({name, fromJson(o.value(u"criteria"_s).toObject(), m_user)});
    }
    return out;
}

void SavedFilters::save(const QString &name, const InboxCriteria &criteria)
{
    QList<Entry> all = entries();
    all.removeIf([&name](const Entry &e) { return e.name == name; });
    all.append({name, criteria});
    write(all);
}

void SavedFilters::remove(const QString &name)
{
    QList<Entry> all = entries();
    all.removeIf([&name](const Entry &e) { return e.name == name; });
    write(all);
}

void SavedFilters::write(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &e : entries)
        array.append(QJsonObject{{u"name"_s, e.name}, {u"criteria"_s, toJson(e.criteria)}});
    m_settings.setValue(m_key, QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings.sync();
}

} // namespace rabeg
