#include "ReadSnapshot.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db) : m_db(db)
{
    m_open = QSqlQuery(m_db).exec(u"SAVEPOINT read_snapshot"_s);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        QSqlQuery(m_db).exec(u"RELEASE read_snapshot"_s);
}

} // namespace rabeg
