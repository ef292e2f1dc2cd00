#include "NextDueRecompute.h"

#include "ComplaintRepository.h"
#include "deadline/WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qsizetype kBatch = 500; // histories read in one query

} // namespace

Result<qint64> rederiveNextDueAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    QSqlDatabase db = cache.database();
    if (!db.transaction())
        return sqlError(u"cannot begin deriving next due times"_s, db.lastError());
    const auto fail = [&db](const Error &error) -> Result<qint64> {
        db.rollback();
        return error;
    };
    qint64 derived = 0;
    if (!changedDays.isEmpty()) {
        QStringList ids;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT id FROM complaints WHERE next_due_at >= ?"_s);
            q.addBindValue(WorkingCalendar::startOfWibDay(changedDays.constFirst()).toMSecsSinceEpoch());
            if (!q.exec())
                return fail(sqlError(u"cannot find the next due times to derive"_s, q.lastError()));
            while (q.next())
                ids.append(q.value(0).toString());
        }
        ComplaintRepository repository(cache);
        for (qsizetype i = 0; i < ids.size(); i += kBatch) {
            if (Status status = repository.deriveNextDue(ids.mid(i, kBatch)))
                return fail(*status);
        }
        derived = ids.size();
    }
    if (Status status = cache.setMeta(u"deadline_policy"_s, cache.deadlinePolicy().fingerprint()))
        return fail(*status);
    if (!db.commit())
        return fail(sqlError(u"cannot commit the next due times"_s, db.lastError()));
    return derived;
}

} // namespace rabeg
