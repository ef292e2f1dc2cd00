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

    static QJsonObject toJson(const InboxCriteria &criteria);
    static InboxCriteria fromJson(const QJsonObject &json);

private:
    void write(const QList<Entry> &entries);

    QSettings &m_settings;
    QString m_key;
};

} // namespace rabeg
