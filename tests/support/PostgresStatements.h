#pragma once
// Runs SQL statements on a database of the tests' PostgreSQL cluster through a connection of its own, closed and
// removed afterwards; the first problem as a sentence, or an empty string. Shared by the hub tests that make and
// empty databases of their own (tests/scheduler, tests/reference_in_force).

#include "SqlHubStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rabeg::test {

inline QString runStatements(const QString &spec, const QStringList &statements, const QString &prefix)
{
    using namespace Qt::StringLiterals;
    static int counter = 0;
    const QString name = prefix + u"-statements-%1"_s.arg(++counter); // apart from the tests' own names
    QString problem;
    {
        QSqlDatabase db = SqlHubStore::addConnection(spec, name);
        if (!db.open()) {
            problem = u"cannot connect to "_s + spec + u": "_s + db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (problem.isEmpty() && !q.exec(sql))
                    problem = sql + u": "_s + q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace rabeg::test
