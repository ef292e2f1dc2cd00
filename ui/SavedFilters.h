#pragma once

#include "store/InboxCriteria.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QSettings;

namespace rabeg {

// An operator's named inbox filters ("PJU Kasemen belum diverifikasi"). They are preferences of a person, not
// data of the hub: kept in the user's settings, apart from the cache, so a fresh bootstrap never loses them.
class SavedFilters
{
public:
    struct Entry
    {
        QString name;
        InboxCriteria criteria;
    };

    SavedFilters(QSettings &settings, QString user);

    QList<Entry> entries() const;
    // Saves under `name`, replacing one of the same name.
    void save(const QString &name, const InboxCriteria &criteria);
    void remove(const QString &name);

    // The person these filters belong to: "assigned to me" in a saved filter means them (saved as a flag, not a
    // name, so it never lists someone else's complaints).
    const QString &user() const { return m_user; }

    static QJsonObject toJson(const InboxCriteria &criteria);
    // `me`: the user whose "assigned to me" a saved flag stands for (none: the flag is dropped).
    static InboxCriteria fromJson(const QJsonObject &json, const QString &me = {});

private:
    void write(const QList<Entry> &entries);

    QSettings &m_settings;
    QString m_user;
    QString m_key;
};

} // namespace rabeg
